"""HTML and front-matter helpers. Every printed character reaches a page escaped: bulletin
text is shown literally, never read as HTML, Markdown or template syntax."""

from __future__ import annotations

import difflib
import html
import re

import yaml

# libyaml's emitter is some twenty times faster than the pure-Python one, which dominated
# the build at archive scale; both write the same YAML.
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

# Python-Markdown leaves raw HTML blocks alone, but still reads backslash escapes and
# '{{'-like text nowhere else; entity-escaping these keeps them literal everywhere.
# One table, applied in one pass: escaping in two passes escaped the '#' and '&' of the
# first pass's entities again (an apostrophe showed as '&#x27;').
_ESCAPE = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord('"'): "&quot;", ord("'"): "&#39;",
           ord("`"): "&#96;", ord("*"): "&#42;", ord("_"): "&#95;", ord("["): "&#91;",
           ord("]"): "&#93;", ord("\\"): "&#92;", ord("{"): "&#123;", ord("}"): "&#125;",
           ord("|"): "&#124;", ord("#"): "&#35;", ord("~"): "&#126;", ord("$"): "&#36;"}


_SPECIAL = re.compile("[" + re.escape("".join(map(chr, _ESCAPE))) + "]")
_ENTITY = {chr(k): v for k, v in _ESCAPE.items()}


def esc(text: str | None) -> str:
    """Every character that HTML, Markdown or a template could read as syntax, as an entity.
    (A regular expression finds the few such characters at C speed; str.translate looked up
    every character of every text in a Python dict, a tenth of a large build.)"""
    return _SPECIAL.sub(lambda m: _ENTITY[m.group()], text or "")


def md_heading(text: str) -> str:
    """Text safe inside a Markdown heading line."""
    return esc(text).replace("\n", " ")


def front_matter(data: dict) -> str:
    """YAML front matter. `title` is HTML-escaped: Material writes it into <title>, the header
    and the search index without escaping, and a printed headline may hold markup; so is
    `description`, which Material writes into <meta name="description" content="…">."""
    if isinstance(data.get("title"), str):
        data = {**data, "title": html.escape(data["title"], quote=False)}
    if isinstance(data.get("description"), str):  # printed by Material into an attribute, unescaped
        data = {**data, "description": html.escape(data["description"], quote=True)}
    body = yaml.dump(data, Dumper=DUMPER, allow_unicode=True, sort_keys=False, default_flow_style=False, width=10_000)
    return f"---\n{body}---\n\n"


def correction_html(sic: str, corr: str) -> str:
    """The printed reading kept and struck through, the editor's reading beside it."""
    out = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, sic, corr, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(esc(sic[a1:a2]))
            continue
        if a2 > a1:
            out.append(f'<del class="gx-sic" title="原文如此">{esc(sic[a1:a2])}</del>')
        if b2 > b1:
            out.append(f'<ins class="gx-corr" title="编者更正">{esc(corr[b1:b2])}</ins>')
    return f'<span class="gx-correction">{"".join(out)}</span>'


def spans_html(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """Escape text, wrapping [start, end) ranges as open+inner+close; overlapping spans dropped.

    A span's open may be a full replacement when close is the marker "\\0" (then the
    printed characters are rendered by `open` itself)."""
    out, pos = [], 0
    for start, end, open_, close in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < pos or end > len(text) or start >= end:
            continue
        out.append(esc(text[pos:start]))
        if close == "\0":
            out.append(open_)
        else:
            out.append(open_ + esc(text[start:end]) + close)
        pos = end
    out.append(esc(text[pos:]))
    return "".join(out)

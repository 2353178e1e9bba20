"""A fast path for pages whose body is only raw HTML blocks and plain headings: the HTML,
table of contents and title Python-Markdown and MkDocs would make of them, without Markdown.

The build writes item, bulletin and entity pages as front matter, blocks of HTML and a few
`#` headings. Markdown (with md_in_html) stores such HTML blocks as they are and puts them back
unchanged, and makes each heading an <hN> with the toc extension's id. Finding that out the
slow way (Markdown's HTML block parser, then MkDocs' own scan of the same HTML for anchors) was
most of a page's render. This module answers for a page only when a cheap, conservative check
proves Markdown would give exactly that; anything it cannot vouch for returns None and the
page goes through Markdown.

What the check asks, and why (markdown/htmlparser.py, extensions/md_in_html.py and toc.py,
preprocessors.py and postprocessors.py of Markdown 3.x; mkdocs/structure/pages.py):
- no tab, carriage return, STX/ETX, NUL or line of blanks: Markdown's first preprocessor
  rewrites them; no ``` or ~~~: fenced code is taken out before the HTML blocks are;
- blocks are split at blank lines; a block is either a heading or raw HTML elements;
- a heading: one line, `#`×1–6, a space and text with nothing the inline patterns, attr_list
  or a closing `#` act on; its id is the toc extension's slugify and unique, as Markdown's;
- raw HTML: each element opens at a line start with a block-level tag (the postprocessor's test
  for unwrapping it from its <p>) and ends where Markdown's tag stack for it empties, at the
  block's end or at a line end followed by the next element's `<` (on the same line Markdown
  would put a newline between them);
- every `<` opens a plain tag (lower-case names, double-quoted values without < or >) and every
  `&` a reference closed by `;`: Python's HTML parser then cuts the text into the tokens we see
  and hands each back as written (a reference without its `;` comes back with one); no
  comments, declarations, processing instructions or `markdown` attributes (md_in_html);
- no element whose content a parser reads as raw text (script, style, textarea, title…).
Markdown's output is then the blocks joined by a blank line, with one newline after a heading.
tests/test_rawpage.py compares this with Markdown on every page of the samples and of a
synthetic archive, on hostile bodies that must be refused, and on random damage to real pages;
tests/test_render.py renders with it, byte for byte as `mkdocs build --strict`."""

from __future__ import annotations

import html
import re
from typing import Any, NamedTuple

# the block tags a raw block may open with: Markdown's block-level elements minus those with
# special handling (hr is an empty tag; pre, script, style, textarea and the like hold raw text)
TOP_TAGS = frozenset({"address", "article", "aside", "blockquote", "details", "div", "dl", "figure", "footer",
                      "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "main", "nav", "ol", "p", "section",
                      "table", "ul"})
# elements whose content an HTML parser reads as text, in any Python version
RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
                      "plaintext", "template", "math", "svg", "canvas"})
# the Markdown extensions whose effect on such a body is known (MkDocs adds the first three)
KNOWN_EXTENSIONS = frozenset({"toc", "tables", "fenced_code", "attr_list", "md_in_html"})

_ATTR = r' [a-z_:][-a-z0-9_:.]*(?:="[^"<>]*")?'
# a tag: end tag, name, attributes (with `/` if self-closing), and whether a newline and the next
# tag follow it (the lookahead leaves that tag to be found). With no < or > in a value, each
# match holds exactly one `<`: as many matches as `<` in a block means every `<` opens a tag.
_TAGS = re.compile(rf'<(/?)([a-z][a-z0-9]*)((?:{_ATTR})* ?/?)>(?=(\n<)?)')
_ATTRS = re.compile(r' ([a-z_:][-a-z0-9_:.]*)(?:=("[^"]*"))?')
# an `&` that is not a reference closed by `;` (in a value too, though a parser leaves those be)
_BAD_AMP = re.compile(r'&(?!(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);)')
# an ATX heading on a line of its own, of plain text: nothing the inline patterns (code,
# emphasis, links, raw HTML, references, escapes), attr_list's {…} or a closing # act on
_HEADING = re.compile(r'(#{1,6}) ([^\n\\`*_\[\]!<>&{}#]*)')
_RAW_TEXT = re.compile(rf'</?(?:{"|".join(sorted(RAW_TEXT))})[ />]')
_BLANK = re.compile(r'\n\n+')
_SPACES_LINE = re.compile(r'\n +\n')
# what Markdown's first preprocessors rewrite (tabs, carriage returns, STX/ETX, lines of blanks),
# fenced code and NUL: searched for one by one, which is several times faster than one regex
_UNSAFE = ("\t", "\r", "\x00", "\x02", "\x03", "```", "~~~")


class Converted(NamedTuple):
    """What MkDocs' Page.render keeps of Markdown's work on a page."""

    content: str
    toc_tokens: list[dict[str, Any]]
    title: str | None  # the first element's text if it is an h1 (MkDocs' title from the render)
    anchors: set[str | None]  # ids in the page, as MkDocs collects them for anchor validation


def usable(config: Any) -> bool:
    """Whether the configured Markdown is the one this fast path was proved for: only the
    extensions below, toc without permalinks or a slugify of its own."""
    names = config["markdown_extensions"]
    toc = (config["mdx_configs"] or {}).get("toc", {})
    return (all(isinstance(n, str) and n in KNOWN_EXTENSIONS for n in names)
            and set(toc) <= {"permalink"} and not toc.get("permalink"))


def convert(markdown: str) -> Converted | None:
    """What Markdown makes of this page's body, when the body is only raw HTML blocks and
    one-line headings of plain text; None when that is not certain."""
    from markdown.extensions.toc import nest_toc_tokens, slugify, unique

    body = markdown.strip("\n")
    if (not body or any(u in body for u in _UNSAFE) or ("\n " in body and _SPACES_LINE.search(body))
            or " markdown" in body or _RAW_TEXT.search(body)):
        return None  # " markdown": md_in_html's attribute (a text that says so goes through Markdown too)
    parts: list[str] = []
    tokens: list[dict[str, Any]] = []
    anchors: set[str | None] = set()
    used: set[str] = set()
    counters: dict[str, int] = {}
    title = None
    for k, block in enumerate(_BLANK.split(body)):  # blank lines, one or more, end a block
        if block[:1] == "#":
            m = _HEADING.fullmatch(block)
            if not m:
                return None
            level, text = len(m[1]), m[2].strip()
            if not text:
                return None
            name = " ".join(text.split())
            slug = unique(slugify(name, "-"), used, counters)
            parts.append(f'<h{level} id="{slug}">{text}</h{level}>\n')
            tokens.append({"level": level, "id": slug, "name": name, "html": text, "data-toc-label": ""})
            anchors.add(slug)
            if k == 0 and level == 1:
                title = name
        elif _raw_block(block, anchors):
            parts.append(block + "\n\n")  # Markdown keeps the blank line after a raw block
        else:
            return None
    return Converted("".join(parts).strip(), nest_toc_tokens(tokens), title, anchors)


def _raw_block(block: str, ids: set[str | None]) -> bool:
    """Whether Markdown takes this block as raw HTML elements it gives back as written: each
    element opens at a line start with a block-level tag and ends where Markdown's tag stack for
    it empties (every start tag but hr and `<x/>` pushed; an end tag pops back to its start, a
    stray one is ignored), at the block's end or at a line end followed by the next element's
    `<`. Collects the ids MkDocs finds in raw HTML (the id of any tag, the name of an a)."""
    if block[0] != "<" or block.find(">", block.rfind("<")) != len(block) - 1:
        return False  # text before the first tag or after the last
    tags = _TAGS.findall(block)
    if len(tags) != block.count("<") or ("&" in block and _BAD_AMP.search(block)):
        return False  # a `<` that opens no plain tag, or an `&` the parser would not give back as written
    stack: list[str] = []
    top, closed = True, False
    for end, name, attrs, newline in tags:
        if closed:
            return False  # a tag after the last element ended
        if end:
            if top or attrs:
                return False  # a stray end tag opening a line (Markdown's paragraph text), or one with attributes
            if name in stack:
                while stack.pop() != name:
                    pass
                if not stack:  # the element ends: the next starts on the next line, or none does
                    top, closed = bool(newline), not newline
            continue
        if top:  # an element of its own: Markdown unwraps it from its <p> if the name is block-level
            if name not in TOP_TAGS:
                return False
            top = False
        if attrs:
            if " id" in attrs or (name == "a" and " name" in attrs):
                for key, value in _ATTRS.findall(attrs):
                    if key == "id" or (key == "name" and name == "a"):  # a bare attribute's value is None
                        ids.add(html.unescape(value[1:-1]) if value else None)
            if attrs[-1] == "/":  # <x/>: nothing pushed; as an element of its own, not a raw block
                if not stack:
                    return False
                continue
        if name != "hr":
            stack.append(name)
    return not stack


def install() -> None:
    """MkDocs' Page.render takes the fast path for the pages it applies to and runs Markdown
    for the others; everything around it (plugin events, templates, link lookups) is unchanged.
    A page on the fast path has no Markdown links for MkDocs to check (it checks only links
    Markdown made, never those in raw HTML: edition.py check does), so no warning is lost."""
    import logging

    from mkdocs.structure.pages import Page
    from mkdocs.structure.toc import get_toc

    original = Page.render
    if getattr(original, "fast_path", False):
        return
    log = logging.getLogger("mkdocs.structure.pages")

    def render(self: Any, config: Any, files: Any) -> None:
        done = convert(self.markdown) if self.markdown is not None and usable(config) else None
        if done is None:
            return original(self, config, files)
        self.content = done.content
        self.toc = get_toc(done.toc_tokens)
        self._title_from_render = done.title
        self.present_anchor_ids = done.anchors
        if log.getEffectiveLevel() > logging.DEBUG:  # as MkDocs: kept only where anchors are validated
            self.links_to_anchors = {}
        return None

    render.fast_path = True  # type: ignore[attr-defined]
    render.original = original  # type: ignore[attr-defined]  # MkDocs' own, for the tests' comparison
    Page.render = render  # type: ignore[method-assign]

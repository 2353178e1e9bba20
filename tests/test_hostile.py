"""A hostile corpus: for each way bad input once broke the edition, fixed cases that prove it
no longer does. Every bad input ends in `error: FILE:LINE: …` (all of a run's errors
together, exit 1, nothing written), never a traceback, a hang or a silently skipped file."""

import html
import os
import re
import shutil
import subprocess
import sys

import pytest
from conftest import CONTENT, ROOT, jsonl
from pipeline.cli import build
from pipeline.model import EditionError
from pipeline.read import decode

SAMPLE = (CONTENT / "bulletins" / "002_429d68258cbd63be.txt").read_text(encoding="utf-8")
SAMPLE_B = (CONTENT / "bulletins" / "000_c5eed67edc9f56c4.txt").read_text(encoding="utf-8")


def content_with(tmp_path, files: dict[str, bytes | str], registers: dict[str, str] | None = None):
    content = tmp_path / "content"
    (content / "bulletins").mkdir(parents=True)
    shutil.copytree(CONTENT / "registers", content / "registers")
    for rel, data in files.items():
        path = content / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    for name, text in (registers or {}).items():
        (content / "registers" / name).write_text(text, encoding="utf-8")
    return content


def cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "build" / "edition.py"), *args], capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, "PYTHONHASHSEED": "0"})


def build_fails(content, docs, *messages: str) -> list[str]:
    """Build through the command line: exit 1, every message among the errors, no traceback,
    docs/ untouched. Returns the error lines."""
    docs.mkdir(exist_ok=True)
    (docs / "keep.md").write_text("previous build", encoding="utf-8")
    proc = cli("build", "--content", str(content), "--docs", str(docs), "--no-cache", "--jobs", "1")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    errors = [x for x in proc.stderr.splitlines() if x.startswith("error: ")]
    for m in messages:
        assert any(re.search(m, e) for e in errors), (m, proc.stderr)
    assert [p.name for p in docs.iterdir()] == ["keep.md"]
    return errors


# -- class 1: text is escaped once --------------------------------------------------------


def test_apostrophes_and_entities_are_escaped_exactly_once(tmp_path):
    from pipeline.render import render

    text = "# Xi'an 的 A&B #1 与 &amp; 标题\n\n本报讯 Xi'an 高新区 A&B #1 {x} 与 &amp; 会议召开。\n"
    content = content_with(tmp_path, {"bulletins/x.txt": text})
    build(content, tmp_path / "docs")
    proc = render(tmp_path / "docs", tmp_path / "site")
    assert proc.returncode == 0, proc.stderr
    page = next((tmp_path / "site" / "items").glob("*.html")).read_text(encoding="utf-8")
    body = page.split('class="gx-body"')[1].split("</div>")[0]
    shown = html.unescape(re.sub(r"<[^>]+>", "", body))
    assert "Xi'an 高新区 A&B #1 {x} 与 &amp; 会议召开。" in shown
    title = html.unescape(re.sub(r"<[^>]+>", "", page.split('<h1 id="title"')[1].split(">", 1)[1].split("</h1>")[0]))
    assert title == "Xi'an 的 A&B #1 与 &amp; 标题"
    cite = html.unescape(re.sub(r"<[^>]+>", "", page.split('id="cite-gbt"')[1].split("</span>")[0]))
    assert "Xi'an 的 A&B #1 与 &amp; 标题" in cite and "&#" not in cite


# -- class 2: no hang ------------------------------------------------------------------------


@pytest.mark.parametrize("correction, message", [
    ("sic: ''\n    corr: x", r"x.yaml:2: correction 1 needs text keys 'sic' \(not empty\)"),
    ("sic: '  '\n    corr: x", r"x.yaml:2: correction 1 needs text keys 'sic' \(not empty\)"),
    ("sic: 高新区\n    corr: 高新区", r"x.yaml:2: correction 1: 'corr' is the same as 'sic'"),
])
def test_empty_correction_is_an_error_not_a_hang(tmp_path, correction, message):
    content = content_with(tmp_path, {"bulletins/x.txt": SAMPLE, "bulletins/x.yaml": f"corrections:\n  - {correction}\n"})
    build_fails(content, tmp_path / "docs", message)


# -- class 3: errors, never tracebacks -------------------------------------------------------


def test_registered_person_who_is_also_the_reporter(tmp_path):
    content = content_with(tmp_path, {"bulletins/x.txt": "# 会议召开\n\n本报讯（记者 张三）高新区召开会议，张三出席。\n"},
                           {"people.yaml": "- id: zhang-san\n  name: 张三\n"})
    build(content, tmp_path / "docs")
    item = jsonl(tmp_path / "docs" / "data" / "articles.jsonl")[0]
    assert item["reporters"] == [{"name": "张三", "id": "zhang-san"}] and item["people"] == []


@pytest.mark.parametrize("lock, message", [
    ("{not json", r"ids.lock.json:1: not a valid id lock: "),
    ("[1, 2]", r"ids.lock.json:1: not a valid id lock: "),
    ('{"bulletins": {"x": 3}, "items": {}}', r"ids.lock.json: not a valid id lock: "),
    ('{"bulletins": {}, "items": {"a-01": "x"}}', r"ids.lock.json: not a valid id lock: "),
])
def test_corrupt_lock_is_an_error(tmp_path, lock, message):
    content = content_with(tmp_path, {"bulletins/x.txt": SAMPLE, "ids.lock.json": lock})
    build_fails(content, tmp_path / "docs", message)


def test_unreadable_files_are_errors(tmp_path):
    content = content_with(tmp_path, {"bulletins/x.txt": SAMPLE, "bulletins/y.txt": SAMPLE_B})
    os.symlink("loop.txt", content / "bulletins" / "loop.txt")  # a link to itself
    (content / "bulletins" / "dir.txt").mkdir()  # a folder named like a bulletin: read through
    (content / "bulletins" / "dir.txt" / "z.yaml").write_text("year: 2025\n", encoding="utf-8")
    build_fails(content, tmp_path / "docs", r"bulletins/loop.txt: cannot read: ",
                r"bulletins/dir.txt/z.yaml: sidecar without a bulletin")


def test_unwritable_docs_is_an_error(tmp_path):
    content = content_with(tmp_path, {"bulletins/x.txt": SAMPLE})
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    proc = cli("build", "--content", str(content), "--docs", str(tmp_path / "file" / "docs"), "--no-cache")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert re.search(r"error: .*file/docs: cannot write the site: ", proc.stderr), proc.stderr


# -- class 6: encodings ----------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["big5", "shift_jis", "euc_jp", "euc_kr"])
def test_other_encodings_are_refused_by_name_with_offset(codec):
    text = {"big5": "本報訊 臺灣高新區舉辦會議，會議要求各單位積極推進項目建設。",
            "shift_jis": "本日、東京の会議でハイテク区の企業が発表しました。",
            "euc_jp": "本日、東京の会議でハイテク区の企業が発表しました。",
            # Hangul decodes as common GB2312 characters: told apart by which ones
            "euc_kr": "대전 첨단산업단지에서 오늘 기업 설명회가 열렸습니다. 시장은 새로운 기술 기업을 "
                      "지원하겠다고 밝혔으며 주민들도 많이 참석했습니다. 행사는 오후에 끝났습니다."}[codec]
    with pytest.raises(EditionError, match=r"x.txt: not UTF-8, UTF-16 or GB18030.* at byte offset \d+"):
        decode(text.encode(codec), "x.txt")


def test_gb18030_that_is_also_valid_utf8_is_refused_not_misread():
    """业业 in GB18030 is D2 B5 D2 B5: valid UTF-8 for Cyrillic ҵҵ."""
    with pytest.raises(EditionError, match=r"x.txt: not certainly UTF-8: from byte offset 0 it reads as UTF-8 'ҵҵ"):
        decode("业业\n".encode("gb18030"), "x.txt")
    assert decode("Café 高新区\n".encode(), "x.txt") == "Café 高新区\n"  # Chinese in it: UTF-8 for sure
    assert decode(b"\xef\xbb\xbf" + "ҵҵ\n".encode(), "x.txt") == "ҵҵ\n"  # a BOM says so


def test_chinese_text_of_any_subject_is_not_taken_for_korean():
    """Whatever it is about, Chinese prose uses the late rows of GB2312's first level (上, 是,
    在, 中…); the check must not refuse a bulletin whose words happen to sort early."""
    for text in (SAMPLE, "高新区管委会举办科技创新大会，百余家企业参会。" * 5,
                 "八月初，阿里巴巴、百度、腾讯等公司的代表来到高科技园区参观访问，对园区的发展给予好评。" * 2):
        assert decode(text.encode("gb18030"), "x.txt") == text


def test_gb18030_with_a_few_rare_characters_is_accepted():
    text = SAMPLE + "\n人名：王堃、李喆、张𠀾。\n"
    assert decode(text.encode("gb18030"), "x.txt") == text


@pytest.mark.parametrize("data, message", [
    ("本报讯 2025".encode("utf-16-le"), r"control character U\+0000 at byte offset 7 \(UTF-16 without a byte-order mark\?\)"),
    ("本报讯\x01高新区".encode(), r"control character U\+0001 at byte offset 9"),
    (b"\xef\xbb\xbf" + "本\x7f".encode(), r"control character U\+007F at byte offset 6"),
    ("用户区".encode("gbk") + b"\xaa\xa1", r"private\) character at byte offset 6"),
])
def test_control_and_private_characters_are_refused(data, message):
    with pytest.raises(EditionError, match=message):
        decode(data, "x.txt")


def test_conservation_checker_does_not_share_the_readers_decoder(tmp_path):
    """The checker judges the bytes on its own: a Big5 file that a lax reader published as
    GB18030 mojibake fails it."""
    sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
    import check_conservation

    mojibake = SAMPLE.encode("big5", errors="ignore")
    assert check_conservation.decode(SAMPLE.encode("gb18030")) == SAMPLE
    with pytest.raises(ValueError, match="not GB18030"):
        check_conservation.decode(mojibake)


# -- class 7: nothing skipped silently -------------------------------------------------------


def test_every_bulletin_and_sidecar_is_found(tmp_path):
    content = content_with(tmp_path, {
        "bulletins/A.TXT": SAMPLE, "bulletins/A.YAML": "newspaper: 平顶山日报\n",
        "bulletins/2025/b.txt": SAMPLE_B, "bulletins/2025/b.yml": "newspaper: 焦作日报\n",
        "bulletins/.gitkeep": "",
    })
    s = build(content, tmp_path / "docs")
    assert s["bulletins"] == 2
    got = {b["file"]: b["newspaper"] for b in jsonl(tmp_path / "docs" / "data" / "bulletins.jsonl")}
    assert got == {"bulletins/A.TXT": "平顶山日报", "bulletins/2025/b.txt": "焦作日报"}


def test_stray_files_are_errors_all_together(tmp_path):
    content = content_with(tmp_path, {
        "bulletins/x.txt": SAMPLE, "bulletins/x.yaml": "year: 2023\n", "bulletins/x.yml": "year: 2023\n",
        "bulletins/orphan.yaml": "year: 2023\n", "bulletins/notes.docx": b"PK", "bulletins/y.txt": SAMPLE_B,
        "bulletins/y.yaml": "dat: 1\n",
    })
    errors = build_fails(content, tmp_path / "docs",
                         r"bulletins/x.txt: two sidecars for one bulletin: x.yaml, x.yml",
                         r"bulletins/orphan.yaml: sidecar without a bulletin: no orphan.txt beside it",
                         r"bulletins/notes.docx: neither a bulletin \(.txt\) nor a sidecar",
                         r"bulletins/y.yaml:1: unknown key 'dat'")
    assert len(errors) == 4


def test_stray_files_in_the_content_folder_are_errors(tmp_path):
    content = content_with(tmp_path, {"bulletins/x.txt": SAMPLE, "withdrawn.yml": "- id: x\n  reason: y\n", ".gitignore": ""})
    build_fails(content, tmp_path / "docs", r"error: withdrawn.yml: not part of an edition's content \(known: bulletins, ids.lock.json")


def test_two_files_with_one_text_are_an_error(tmp_path):
    content = content_with(tmp_path, {"bulletins/x.txt": SAMPLE, "bulletins/copy/x.txt": SAMPLE})
    build_fails(content, tmp_path / "docs", r"bulletins/(copy/)?x.txt: the same text as bulletins/(copy/)?x.txt: remove one of the two")


def test_two_bulletins_one_id_is_an_error(tmp_path):
    """Two files whose lock entries name one id would overwrite each other's pages."""
    lock = ('{"bulletins": {"pingdingshan-20230202": {"file": "bulletins/x.txt", "sha": ""}, '
            '"pingdingshan-20230202-b": {"file": "bulletins/x.txt", "sha": ""}}, "items": {}}')
    content = content_with(tmp_path, {"bulletins/x.txt": SAMPLE, "ids.lock.json": lock})
    build_fails(content, tmp_path / "docs", r"ids.lock.json: not a valid id lock: .*bulletins/x.txt.* two ids")


# -- class 8: editorial input validated, all errors together ----------------------------------


SIDECAR_ERRORS = [
    ("layout_lines: [9999]\n", r"x.yaml:1: layout_lines: line 9999 is beyond the end of the bulletin"),
    ("item_starts:\n  - 3\n  - 500\n", r"x.yaml:3: item_starts: line 500 is beyond the end"),
    ("layout_lines: [true]\n", r"x.yaml:1: layout_lines must be a list of line numbers, not True"),
    ("item_starts: [2]\n", r"x.yaml:1: item_starts: line 2 of the bulletin is blank"),
    ("year: 2023\nyear: 2024\n", r"x.yaml:2: duplicate key 'year' \(first given at line 1\)"),
    ("district: [pingdingshan]\n", r"x.yaml:1: unknown district \['pingdingshan'\]"),
    ("year: true\n", r"x.yaml:1: year True is not a four-digit year"),
    ("date: 20250101\n", r"x.yaml:1: date 20250101 is not an ISO date"),
    ("newspaper: \"日报\\nTY  - JOUR\"\n", r"x.yaml:1: newspaper must be one line of text"),
    ("page: [5]\n", r"x.yaml:1: page must be one line of text"),
    ("corrections:\n  - sic: 高新区\n    corr: 高新\n    nte: x\n", r"x.yaml:2: correction 1: unknown key 'nte'"),
    ("date: 2023-02-02\nyear: 2024\n", r"x.yaml:2: year 2024 contradicts date 2023-02-02"),
]


@pytest.mark.parametrize("sidecar, message", SIDECAR_ERRORS)
def test_sidecar_fields_are_checked_for_type_and_range(tmp_path, sidecar, message):
    content = content_with(tmp_path, {"bulletins/x.txt": SAMPLE, "bulletins/x.yaml": sidecar})
    build_fails(content, tmp_path / "docs", message)


REGISTER_ERRORS = [
    ("people.yaml", "- id: zhang-san\n  name: 张三\n  aliases: 推进会\n", r"people.yaml:3: aliases must be a list of names"),
    ("people.yaml", "- id: zhang-san\n  name: 张三\n  distrct: jiaozuo\n", r"people.yaml:3: unknown field 'distrct'"),
    ("people.yaml", "- id: zhang-san\n  name: 张三\n  name: 李四\n", r"people.yaml:3: duplicate key 'name'"),
    ("people.yaml", "- id: 12\n  name: 张三\n", r"people.yaml:1: id 12 must be lower-case ASCII"),
    ("places.yaml", "- id: x\n  name: [a]\n", r"places.yaml:2: name must be one line of text"),
    ("organizations.yaml", "- id: x\n  name: 某公司\n  wikidata: 42\n", r"organizations.yaml:3: wikidata 42 is not a Wikidata id"),
    ("peoples.yaml", "- id: x\n  name: 张三\n", r"registers/peoples.yaml: unknown register file"),
    ("people.yml", "- id: x\n  name: 张三\n", r"registers/people.yml: unknown register file"),
    ("people.yaml", "- id: x\n", r"people.yaml:1: person entry 1 needs a 'name'"),
]


@pytest.mark.parametrize("file, text, message", REGISTER_ERRORS)
def test_register_fields_and_files_are_checked(tmp_path, file, text, message):
    content = content_with(tmp_path, {"bulletins/x.txt": SAMPLE}, {file: text})
    build_fails(content, tmp_path / "docs", message)


def test_all_errors_of_a_run_are_reported_together(tmp_path):
    files = {"bulletins/x.txt": SAMPLE, "bulletins/y.txt": SAMPLE_B, "bulletins/z.txt": "本報訊 臺灣".encode("big5") * 20}
    files["bulletins/x.yaml"] = "layout_lines: [9999, true]\ndistrict: [pingdingshan]\n"
    files["bulletins/y.yaml"] = "year: 1800\nnote: [1]\n"
    content = content_with(tmp_path, files, {"people.yaml": REGISTER_ERRORS[0][1], "organizations.yaml": REGISTER_ERRORS[5][1]})
    errors = build_fails(content, tmp_path / "docs",
                         r"bulletins/x.yaml:1: layout_lines: line 9999", r"bulletins/x.yaml:1: layout_lines must be a list of line numbers, not True",
                         r"bulletins/x.yaml:2: unknown district", r"bulletins/y.yaml:1: year 1800",
                         r"bulletins/y.yaml:2: note must be text", r"bulletins/z.txt: not UTF-8",
                         r"registers/people.yaml:3: aliases", r"registers/organizations.yaml:3: wikidata")
    assert len(errors) == 8, errors
    assert errors == sorted(errors, key=lambda e: (e.split(":")[1], int(e.split(":")[2]) if e.split(":")[2].isdigit() else 0))


# -- Unicode that readers take for line ends or that reorders text ------------------------


def test_separators_bidi_and_astral_characters_survive_the_whole_build(tmp_path):
    from pipeline.render import render

    text = ("# 标题\u2028第二行\u202e倒序\u202c 𠀀𪚥 e\u0301\n\n"
            "本报讯 高新区\u2029会议\x0c召开，e\u0301 𠮷野家\u202e右到左\u202c。\r再一行\u2028续。\n")
    content = content_with(tmp_path, {"bulletins/x.txt": text})
    build(content, tmp_path / "docs")
    raw = (tmp_path / "docs" / "data" / "articles.jsonl").read_text(encoding="utf-8")
    assert len(raw.splitlines()) == 1  # U+2028/U+2029 are escaped: one record, one line
    item = jsonl(tmp_path / "docs" / "data" / "articles.jsonl")[0]
    assert "高新区\u2029会议\x0c召开，e\u0301 𠮷野家\u202e右到左\u202c。" in item["body"] and "\u202e倒序" in item["title"]
    proc = subprocess.run([sys.executable, str(ROOT / "tests" / "fixtures" / "check_conservation.py"), str(content),
                           str(tmp_path / "docs" / "data")], capture_output=True, text=True)
    assert "conservation: 1/1 bulletins exact" in proc.stdout, proc.stdout
    proc = render(tmp_path / "docs", tmp_path / "site")
    assert proc.returncode == 0, proc.stderr
    page = html.unescape(next((tmp_path / "site" / "items").glob("*.html")).read_text(encoding="utf-8"))
    assert "𠮷野家\u202e右到左\u202c" in page and "e\u0301" in page

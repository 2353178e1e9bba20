"""The editor's workbench: `show` (what the reader made of each line), item-level fixes in the
sidecar, headline corrections, the build summary and `review --file`."""

import shutil

from conftest import CONTENT
from pipeline.cli import main, show

# A new 郑州 bulletin as an editor gets it: a banner, a kicker over a title, an article with
# a byline after it, and a photo with its credit.
NEW = """郑州高新区专版

奋战二季度 确保“双过半”
高新区召开重点工作推进会

本报讯(记者 王伟 通讯员 李强)5月7日,郑州高新区召开二季度重点工作推进会,部署下步工作。会议要求,各部门要抓项目、抓招商、抓产业。

会议强调,要守牢安全底线,确保各项工作高效推进。


企业员工在生产线上忙碌。
本报记者 马雅宁 摄
"""


def content_with(tmp_path, text: str = NEW, sidecar: str | None = None, name: str = "zz.txt"):
    content = tmp_path / "content"
    (content / "bulletins").mkdir(parents=True)
    shutil.copytree(CONTENT / "registers", content / "registers")
    (content / "bulletins" / name).write_text(text, encoding="utf-8")
    if sidecar is not None:
        (content / "bulletins" / name).with_suffix(".yaml").write_text(sidecar, encoding="utf-8")
    return content


def roles_of(out: str) -> dict[int, tuple[str, str]]:
    """{line: (role, item label)} from `show`'s table."""
    got = {}
    for row in out.splitlines()[1:]:
        cells = [c.strip() for c in row.split("│")]
        if len(cells) == 3 and cells[0].isdigit():
            role_item = cells[1].split(None, 1) if not cells[1].startswith("section head") else ["section head", cells[1][12:]]
            got[int(cells[0])] = (role_item[0], role_item[1].strip() if len(role_item) > 1 else "")
    return got


def test_show_numbers_every_line_and_gives_its_role_and_item(tmp_path):
    content = content_with(tmp_path)
    out = show(content, tmp_path / "content" / "bulletins" / "zz.txt")
    roles = roles_of(out)
    assert roles[1][0] == "layout" and roles[1][1] == ""
    assert roles[3][0] == "kicker" and roles[4][0] == "title" and roles[3][1] == roles[4][1] and roles[4][1].startswith("#1 ")
    assert roles[6] == ("body", roles[4][1]) and roles[8] == ("body", roles[4][1])
    assert roles[11][0] == "body" and roles[11][1].startswith("#2 ") and roles[12][0] == "credit"
    assert "\x1b[" not in out  # no colour unless asked for
    # blank lines are numbered too, so a line number can be read off, not counted
    assert [int(r.split("│")[0]) for r in out.splitlines()[1:13]] == list(range(1, 13))
    assert "\x1b[" in show(content, content / "bulletins" / "zz.txt", colour=True)


def test_show_on_the_command_line_respects_no_color_and_reports_errors(tmp_path, capsys, monkeypatch):
    content = content_with(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    assert main(["show", "bulletins/zz.txt", "--content", str(content)]) == 0
    out = capsys.readouterr().out
    assert "高新区召开重点工作推进会" in out and "\x1b[" not in out
    assert main(["show", "bulletins/nope.txt", "--content", str(content)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: bulletins/nope.txt: ") and "Traceback" not in err


def test_show_every_sample_line_has_a_role(capsys):
    for path in sorted((CONTENT / "bulletins").glob("*.txt")):
        out = show(CONTENT, path)
        assert "did not place" not in out, (path.name, out[-300:])

"""The publish gate: a site with a broken internal link or anchor, or anything loaded from
another host, is refused; the command line fails bad input with file, line and status 1."""

import shutil
import subprocess
import sys

from conftest import CONTENT, ROOT
from pipeline.check import check_site


def page(body: str, head: str = "") -> str:
    return f"<!doctype html><html lang=zh><head>{head}</head><body>{body}</body></html>"


def test_check_finds_broken_links_anchors_and_foreign_loads(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text(page('<a href="a/x.html#p2">ok</a> <a id="top" href="#top">top</a>'), encoding="utf-8")
    (tmp_path / "a" / "x.html").write_text(page('<p id="p2">x</p><a href="https://example.org/">a link out is fine</a>'), encoding="utf-8")
    assert check_site(tmp_path) == []
    (tmp_path / "bad.html").write_text(page(
        '<a href="a/missing.html">x</a><a href="a/x.html#p9">y</a><img src="//cdn.example.com/i.png">',
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css"><script src="http://x.example/s.js"></script>'), encoding="utf-8")
    (tmp_path / "s.css").write_text("@import 'https://x.example/y.css'; body{background:url(//x.example/b.png)}", encoding="utf-8")
    problems = "\n".join(check_site(tmp_path))
    for expected in ("broken link a/missing.html", "no anchor #p9", "//cdn.example.com/i.png", "fonts.googleapis.com",
                     "http://x.example/s.js", "s.css: loads https://x.example/y.css", "//x.example/b.png"):
        assert expected in problems, expected


def test_command_line_reports_bad_input_with_file_line_and_status(tmp_path):
    content = shutil.copytree(CONTENT, tmp_path / "c")
    (content / "bulletins" / "002_429d68258cbd63be.yaml").write_text("newspaper: 平顶山日报\ndistrict: atlantis\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, str(ROOT / "build" / "edition.py"), "build", "--content", str(content),
                           "--docs", str(tmp_path / "d"), "--no-cache"], capture_output=True, text=True)
    assert proc.returncode == 1
    assert "error: bulletins/002_429d68258cbd63be.yaml:2: unknown district 'atlantis'" in proc.stderr
    assert not (tmp_path / "d").exists()


def test_a_site_without_its_front_page_fails_the_check(tmp_path):
    (tmp_path / "download").mkdir()
    (tmp_path / "download" / "x.zip").write_bytes(b"")
    problems = check_site(tmp_path)
    assert any(p.startswith("index.html: missing") for p in problems), problems

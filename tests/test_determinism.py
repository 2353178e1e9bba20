"""The same input gives byte-identical docs/ and site/, whatever the hash seed, folder order,
time zone or day of the build."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import CONTENT, ROOT, tree

# Imported first by the build's Python (PYTHONPATH): the clock reads another day.
FAKE_CLOCK = """
import datetime as _d, time as _t
_NOW = _d.datetime(2031, 6, 15, 23, 30, tzinfo=_d.timezone.utc)
class _Clock(_d.datetime):
    @classmethod
    def now(cls, tz=None):
        return _NOW.astimezone(tz) if tz else _NOW.replace(tzinfo=None)
    @classmethod
    def utcnow(cls):
        return _NOW.replace(tzinfo=None)
_d.datetime = _Clock
_t.time = lambda: _NOW.timestamp()
"""


def build_in(tmp: Path, seed: str, reverse: bool, env_extra: dict[str, str] | None = None) -> tuple[Path, Path]:
    content = tmp / "content_src"
    (content / "bulletins").mkdir(parents=True)
    shutil.copytree(CONTENT / "registers", content / "registers")
    files = sorted((CONTENT / "bulletins").iterdir(), reverse=reverse)
    for f in files:  # creation order decides directory order on most file systems
        shutil.copy(f, content / "bulletins" / f.name)
    shutil.copy(CONTENT / "ids.lock.json", content / "ids.lock.json")
    env = {**os.environ, "PYTHONHASHSEED": seed, "NO_MKDOCS_2_WARNING": "1", **(env_extra or {})}
    env.pop("SOURCE_DATE_EPOCH", None)
    code = (f"import sys; sys.path.insert(0, {str(ROOT / 'build')!r});"
            "from pathlib import Path; from pipeline.cli import build; from pipeline.render import render;"
            f"build(Path({str(content)!r}), Path({str(tmp / 'docs')!r}));"
            f"p = render(Path({str(tmp / 'docs')!r}), Path({str(tmp / 'site')!r}));"
            "from pipeline.pack import pack;"
            f"p.returncode or pack(Path({str(tmp / 'site')!r})); sys.exit(p.returncode)")
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=tmp)
    return tmp / "docs", tmp / "site"


def test_two_builds_are_byte_identical(tmp_path):
    docs_a, site_a = build_in(tmp_path / "a", "1", False)
    docs_b, site_b = build_in(tmp_path / "b", "4242", True)
    assert tree(docs_a) == tree(docs_b)
    a, b = tree(site_a), tree(site_b)
    assert a.keys() == b.keys()
    differ = sorted(k for k in a if a[k] != b[k])
    assert differ == [], differ
    assert "download/gaoxinqu-edition.tar.xz" in a  # the offline copy too


def test_builds_on_two_days_are_byte_identical(tmp_path):
    """Nothing stamps the day of the build: not the sitemap, its .gz, nor the zip holding them."""
    clock = tmp_path / "clock"
    clock.mkdir()
    (clock / "sitecustomize.py").write_text(FAKE_CLOCK, encoding="utf-8")
    env = {"PYTHONPATH": str(clock), "TZ": "Asia/Shanghai"}
    probe = subprocess.run([sys.executable, "-c", "import datetime; print(datetime.datetime.now().year)"],
                           env={**os.environ, **env}, capture_output=True, text=True, check=True)
    assert probe.stdout.strip() == "2031"  # the other day is really in effect
    _, site_a = build_in(tmp_path / "a", "0", False, {"TZ": "UTC"})
    _, site_b = build_in(tmp_path / "b", "0", False, env)
    a, b = tree(site_a), tree(site_b)
    differ = sorted(k for k in a if a[k] != b.get(k))
    assert differ == [], differ
    assert "<lastmod>2025-" in (site_a / "sitemap.xml").read_text(encoding="utf-8")  # the newest date printed

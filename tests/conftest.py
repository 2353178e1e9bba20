import hashlib
import json
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "build"))

from pipeline.cli import build  # noqa: E402
from pipeline.extract import extract  # noqa: E402
from pipeline.model import Bulletin  # noqa: E402
from pipeline.read import read_registers, split_lines  # noqa: E402
from pipeline.repair import repair  # noqa: E402
from pipeline.segment import segment  # noqa: E402

CONTENT = ROOT / "content_src"


@pytest.fixture(scope="session")
def registers():
    return read_registers(CONTENT)


def read_text(text: str, registers, meta: dict | None = None, file: str = "bulletins/t.txt", tagger: str = "patterns") -> Bulletin:
    """Run the text stages on a bulletin given as a string."""
    b = Bulletin(file=file, lines=split_lines(text), meta=meta or {}, sha=hashlib.sha256(text.encode("utf-8")).hexdigest())
    b.date = (meta or {}).get("date")
    return extract(repair(segment(b)), registers, tagger)


def jsonl(path: Path) -> list[dict]:
    """The records of a JSON Lines export file."""
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def tree(folder: Path) -> dict[str, str]:
    """{relative path: sha256} of every file under folder: two trees compare byte for byte."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def copy_content(dst: Path) -> Path:
    shutil.copytree(CONTENT, dst)
    return dst


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """The samples built once: (content dir, docs dir, summary)."""
    tmp = tmp_path_factory.mktemp("samples")
    content = copy_content(tmp / "content_src")
    docs = tmp / "docs"
    summary = build(content, docs)
    return content, docs, summary


@pytest.fixture(scope="session")
def sample_site(sample_build, tmp_path_factory):
    from pipeline.render import render

    _, docs, _ = sample_build
    site = tmp_path_factory.mktemp("site") / "site"
    proc = render(docs, site)
    assert proc.returncode == 0, proc.stderr
    from pipeline.pack import pack

    pack(site)
    return site, proc


def render_and_check(docs, site):
    """Render docs/ into site/, pack the offline copy and check every link of the result."""
    from pipeline.check import check_site
    from pipeline.pack import pack
    from pipeline.render import render

    proc = render(docs, site)
    assert proc.returncode == 0, proc.stderr
    pack(site)
    assert check_site(site, "/edition/") == []

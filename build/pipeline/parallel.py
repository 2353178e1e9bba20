"""Running the per-bulletin text stages fast: on several processes, and from a cache keyed
by the bulletin's bytes, its sidecar, the registers and the tool's own source."""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import os
import pickle
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from .extract import extract
from .model import Bulletin, EditionError, Registers
from .read import Source, read_bulletin
from .repair import repair
from .segment import segment

PIPELINE = Path(__file__).resolve().parent


# What comes after the cached reading (linking, pages, rendering, the command line): a
# change there must not throw away the reading of every bulletin, which at archive scale is
# the people model's minutes. tests/test_incremental.py checks that the text stages import
# none of these.
OUTPUT_SIDE = ("write/", "link.py", "cli.py", "check.py", "pack.py", "render.py", "renderer.py", "serve.py", "review.py")


@cache
def tool_version(reading_only: bool = False) -> str:
    """A hash of the pipeline's source and models (page keys: any change renders pages
    again); `reading_only`: of what the text stages run, which keys the cache of readings.
    Computed once per process."""
    h = hashlib.sha256()
    for path in sorted([*PIPELINE.rglob("*.py"), *PIPELINE.rglob("models/*"), *PIPELINE.rglob("data/*")]):
        rel = path.relative_to(PIPELINE).as_posix()
        if reading_only and rel.startswith(OUTPUT_SIDE):
            continue
        h.update(rel.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def registers_key(content: Path) -> str:
    h = hashlib.sha256(tool_version(reading_only=True).encode())
    for path in sorted((content / "registers").glob("*.yaml")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


class Cache:
    def __init__(self, folder: Path, salt: str):
        self.folder, self.salt = folder, salt

    def key(self, src: Source, rel: str) -> str | None:
        h = hashlib.sha256(self.salt.encode())
        h.update(rel.encode())
        try:
            h.update(src.path.read_bytes())
            h.update(b"\0sidecar\0")
            if src.sidecar:
                h.update(src.sidecar.read_bytes())
        except OSError:
            return None  # the reader reports it
        return h.hexdigest()

    def get(self, src: Source, rel: str) -> Bulletin | None:
        key = self.key(src, rel)
        f = self.folder / f"{key}.pickle"
        if key is None or not f.exists():
            return None
        try:
            return pickle.loads(f.read_bytes())
        except Exception:
            return None  # a damaged entry is read again

    def put(self, src: Source, rel: str, bulletin: Bulletin) -> None:
        key = self.key(src, rel)
        if key is None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            f = self.folder / f"{key}.pickle"
            tmp = f.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(pickle.dumps(bulletin, protocol=pickle.HIGHEST_PROTOCOL))
            tmp.replace(f)
        except OSError:
            pass  # a cache that cannot be written only costs time


class Stopwatch:
    """Seconds and peak memory per stage."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.peak: dict[str, int] = {}
        self.counts: dict[str, int] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        t = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] += time.perf_counter() - t
            self.peak[name] = max_rss()

    def add(self, times: dict[str, float]) -> None:
        for k, v in times.items():
            self.seconds[k] += v
            self.peak[k] = max_rss()

    def report(self) -> dict[str, tuple[float, int]]:
        return {k: (self.seconds[k], self.peak.get(k, 0)) for k in self.seconds}


def max_rss() -> int:
    """Peak resident memory in bytes of this process and its finished workers."""
    scale = 1 if sys.platform == "darwin" else 1024
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) * scale


def text_stages(src: Source, content: Path, registers: Registers, tagger: str = "patterns") -> tuple[Bulletin, dict[str, float]]:
    times = {}
    t = time.perf_counter()
    b = read_bulletin(src, content, registers)
    times["read"] = time.perf_counter() - t
    t = time.perf_counter()
    b = repair(segment(b))
    times["segment"] = time.perf_counter() - t
    t = time.perf_counter()
    b = extract(b, registers, tagger)
    times["extract"] = time.perf_counter() - t
    return b, times


_WORKER: dict = {}


def _init(content: Path, registers: Registers, tagger: str) -> None:
    _WORKER["content"], _WORKER["registers"], _WORKER["tagger"] = content, registers, tagger


def _stages(src: Source, content: Path, registers: Registers, tagger: str) -> tuple[Bulletin | EditionError, dict]:
    try:
        return text_stages(src, content, registers, tagger)
    except EditionError as e:  # returned, not raised: the run goes on and reports every error
        return e, {}


def _work(job: tuple[int, Source]) -> tuple[int, Bulletin | EditionError, dict[str, float]]:
    n, src = job
    b, times = _stages(src, _WORKER["content"], _WORKER["registers"], _WORKER["tagger"])
    return n, b, times


def run_text_stages(todo: list[tuple[int, Source]], content: Path, registers: Registers, jobs: int,
                    tagger: str = "patterns") -> Iterator[tuple[int, Bulletin | EditionError, dict]]:
    """Yield (index, bulletin or its errors, stage seconds), in one process or several."""
    if jobs <= 1 or len(todo) < 20:
        for n, src in todo:
            b, times = _stages(src, content, registers, tagger)
            yield n, b, times
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(jobs, initializer=_init, initargs=(content, registers, tagger)) as pool:
        yield from pool.imap(_work, todo, chunksize=8)

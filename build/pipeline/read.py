"""Read stage: bytes on disk to Lines, sidecars and registers. The only stage that opens input files."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from functools import cache
from pathlib import Path

import yaml

from .model import (
    Bulletin,
    Correction,
    District,
    EditionError,
    Line,
    RegisterEntry,
    Registers,
)

HEADING = re.compile(r"^[^\S\n]*(#+)[^\S\n]*")
SIDECAR_KEYS = {
    "date": "publication date, ISO (YYYY-MM-DD)",
    "year": "publication year, when the exact date is unknown",
    "district": "a district id from registers/districts.yaml",
    "newspaper": "the newspaper's name",
    "page": "page number or name in the print edition",
    "source": "where the text came from (URL, archive, scan)",
    "note": "free text for editors",
    "corrections": "list of {sic, corr, note}: printed reading and its correction",
    "layout_lines": "line numbers to treat as layout text (banners) whatever they look like",
    "item_starts": "line numbers where a new item starts whatever they look like",
    "inferred": "mapping of key (year, district) to the evidence in the text: the value was inferred, not printed",
}
INFERABLE = ("year", "district")  # the values the edition marks as inferred wherever it shows them


def decode(data: bytes, file: str) -> str:
    """Decode a delivery: UTF-8 (BOM or not), UTF-16 with BOM, or GB18030/GBK."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise EditionError(file, f"invalid UTF-16 at byte offset {e.start}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        utf8_error = e
    # Valid multi-byte UTF-8 before the bad byte means the file mixes encodings: refuse
    # rather than guess, since decoding the whole as GB18030 would garble the UTF-8 part.
    head = data[: utf8_error.start]
    if any(b >= 0x80 for b in head):
        raise EditionError(
            file,
            f"mixed encodings: UTF-8 text up to byte offset {utf8_error.start}, "
            "then bytes that are not UTF-8; re-save the file in one encoding (UTF-8)",
        )
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as e:
        raise EditionError(
            file, f"not UTF-8, UTF-16 or GB18030: undecodable byte at offset {e.start}"
        ) from None
    return text


def split_lines(text: str) -> list[Line]:
    """Non-empty lines with their heading markers and the blank gap before them."""
    out: list[Line] = []
    gap = 0
    for no, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        stripped = raw.strip()  # str.strip covers U+3000 full-width indents
        if not stripped:
            gap += 1
            continue
        m = HEADING.match(stripped)
        level = len(m.group(1)) if m else 0
        body = stripped[m.end():].strip() if m else stripped
        if body:
            out.append(Line(no=no, text=body, level=level, gap=gap))
            gap = 0
        else:
            gap += 1  # a line of bare '#' markers prints nothing
    return out


class _Loader(yaml.SafeLoader):
    """Safe YAML without implicit timestamps: dates stay text, validated with their line."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _node_lines(node: yaml.Node) -> dict[str, int]:
    if isinstance(node, yaml.MappingNode):
        return {k.value: k.start_mark.line + 1 for k, _ in node.value if isinstance(k, yaml.ScalarNode)}
    return {}


def load_yaml(path: Path, rel: str) -> tuple[object, yaml.Node | None]:
    try:
        text = decode(path.read_bytes(), rel)
        node = yaml.compose(text, Loader=_Loader)
        data = yaml.load(text, Loader=_Loader)  # a SafeLoader subclass: safe
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise EditionError(rel, f"malformed YAML: {getattr(e, 'problem', e)}", line) from None
    return data, node


def read_sidecar(path: Path, rel: str, registers: Registers, raw_text: str) -> dict:
    if not path.exists():
        return {}
    data, node = load_yaml(path, rel)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise EditionError(rel, "a sidecar must be a mapping of keys to values", 1)
    lines = _node_lines(node)
    meta: dict = {}
    for key, value in data.items():
        at = lines.get(str(key))
        if key not in SIDECAR_KEYS:
            known = ", ".join(sorted(SIDECAR_KEYS))
            raise EditionError(rel, f"unknown key {key!r} (known keys: {known})", at)
        if value is None:
            continue
        if key == "date":
            try:
                value = dt.date.fromisoformat(str(value)).isoformat()
            except ValueError:
                raise EditionError(rel, f"date {value!r} is not an ISO date (YYYY-MM-DD)", at) from None
        elif key == "year":
            if not isinstance(value, int) or not 1900 <= value <= 2200:
                raise EditionError(rel, f"year {value!r} is not a four-digit year", at)
        elif key == "district":
            if value not in registers.districts:
                known = ", ".join(sorted(registers.districts))
                raise EditionError(rel, f"unknown district {value!r} (registers know: {known})", at)
        elif key == "corrections":
            value = _corrections(value, rel, at, raw_text)
        elif key == "inferred":
            if not isinstance(value, dict) or not all(k in INFERABLE and k in data and isinstance(v, str) and v.strip()
                                                      for k, v in value.items()):
                raise EditionError(rel, f"inferred must map keys given in this sidecar ({', '.join(INFERABLE)}) "
                                        "to the evidence for them", at)
        elif key in ("layout_lines", "item_starts"):
            if not isinstance(value, list) or not all(isinstance(n, int) and n > 0 for n in value):
                raise EditionError(rel, f"{key} must be a list of line numbers", at)
        else:
            value = str(value)
        meta[key] = value
    return meta


def _corrections(value: object, rel: str, at: int | None, raw_text: str) -> list[Correction]:
    if not isinstance(value, list):
        raise EditionError(rel, "corrections must be a list of {sic, corr, note}", at)
    out = []
    for n, c in enumerate(value, 1):
        if not isinstance(c, dict) or not isinstance(c.get("sic"), str) or not isinstance(c.get("corr"), str):
            raise EditionError(rel, f"correction {n} needs text keys 'sic' and 'corr'", at)
        if c["sic"] not in raw_text:
            raise EditionError(rel, f"correction {n}: printed text {c['sic']!r} is not in the bulletin", at)
        out.append(Correction(sic=c["sic"], corr=c["corr"], note=str(c.get("note") or ""), source=rel))
    return out


def read_bulletin(path: Path, root: Path, registers: Registers) -> Bulletin:
    rel = path.relative_to(root).as_posix()
    data = path.read_bytes()
    text = decode(data, rel)
    sidecar = path.with_suffix(".yaml")
    meta = read_sidecar(sidecar, sidecar.relative_to(root).as_posix(), registers, text)
    b = Bulletin(file=rel, lines=split_lines(text), meta=meta, sha=hashlib.sha256(data).hexdigest())
    b.date = meta.get("date")
    return b


def _entries(data: object, rel: str, node: yaml.Node | None, kind: str) -> list[tuple[dict, int | None]]:
    if data is None:
        return []
    if not isinstance(data, list):
        raise EditionError(rel, "a register is a list of entries", 1)
    lines = [n.start_mark.line + 1 for n in node.value] if isinstance(node, yaml.SequenceNode) else []
    out = []
    for n, entry in enumerate(data):
        at = lines[n] if n < len(lines) else None
        if not isinstance(entry, dict) or not entry.get("id") or not entry.get("name"):
            raise EditionError(rel, f"{kind} entry {n + 1} needs an 'id' and a 'name'", at)
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", str(entry["id"])):
            raise EditionError(rel, f"id {entry['id']!r} must be lower-case ASCII letters, digits and '-'", at)
        out.append((entry, at))
    return out


NATIONAL = Path(__file__).resolve().parent / "data" / "national_zones.yaml"


@cache
def national_zones() -> tuple[District, ...]:
    """The high-tech zones the edition knows without an editor (data/national_zones.yaml), so a
    bulletin from a new city finds its district; an entry of registers/districts.yaml with the
    same id replaces the built-in one."""
    data = yaml.safe_load(NATIONAL.read_text(encoding="utf-8"))
    return tuple(District(id=e["id"], name=e["name"], city=e["city"], province=e["province"],
                          names=list(e["names"]), clues=list(e["clues"])) for e in data)


def read_registers(root: Path) -> Registers:
    reg = Registers()
    folder = root / "registers"
    path = folder / "districts.yaml"
    if not path.exists():
        raise EditionError("registers/districts.yaml", "missing: the edition needs a district register")
    seen: dict[str, tuple[str, int | None]] = {}

    def claim(id_: str, rel: str, at: int | None) -> None:
        if id_ in seen:
            first, first_at = seen[id_]
            raise EditionError(rel, f"duplicate id {id_!r} (first used at {first}:{first_at})", at)
        seen[id_] = (rel, at)

    data, node = load_yaml(path, "registers/districts.yaml")
    for e, at in _entries(data, "registers/districts.yaml", node, "district"):
        claim(e["id"], "registers/districts.yaml", at)
        reg.districts[e["id"]] = District(
            id=e["id"], name=e["name"], city=str(e.get("city") or ""), province=str(e.get("province") or ""),
            names=[str(x) for x in e.get("names") or []], clues=[str(x) for x in e.get("clues") or []],
        )
    for d in national_zones():
        reg.districts.setdefault(d.id, d)
    for kind, attr in (("person", "people"), ("organization", "organizations"), ("place", "places")):
        rel = f"registers/{attr}.yaml"
        if not (folder / f"{attr}.yaml").exists():
            continue
        data, node = load_yaml(folder / f"{attr}.yaml", rel)
        for e, at in _entries(data, rel, node, kind):
            claim(e["id"], rel, at)
            district = e.get("district")
            if district is not None and district not in reg.districts:
                raise EditionError(rel, f"{e['id']}: unknown district {district!r}", at)
            getattr(reg, attr)[e["id"]] = RegisterEntry(
                id=e["id"], name=str(e["name"]), type=kind, subtype=str(e.get("type") or ""),
                aliases=[str(a) for a in e.get("aliases") or []], district=district,
                wikidata=e.get("wikidata") or None, roles=[str(r) for r in e.get("roles") or []],
            )
    return reg


def bulletin_paths(root: Path) -> list[Path]:
    folder = root / "bulletins"
    if not folder.is_dir():
        raise EditionError(str(root), "no bulletins/ folder in the content folder")
    return sorted(folder.glob("*.txt"), key=lambda p: p.name)

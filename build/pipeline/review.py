"""`edition.py review`: names the bulletins print that no register holds, as an editor can act
on them: per bulletin, grouped by kind with counts and contexts, filtered so that most
proposals are names, with a hint where the same name is registered for another district, and
register entries ready to paste. It only reads: a register is the editor's to change."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import yaml

from .model import Bulletin, Item, Registers
from .text import slug

KIND_OF_TAG = {"PER": "person", "ORG": "organization", "LOC": "place"}
REGISTER_OF = {"person": "people.yaml", "organization": "organizations.yaml", "place": "places.yaml"}
# A proposal opening with one of these is a phrase the model cut out of a sentence (该局…,
# 锚定市委, 建城中村), not a name.
OPENERS = (*"该本其这那此各每锚建在对向把被将为与和及由从让使经据按以于", "全力", "努力", "推动", "助推", "列入")
# what a name never ends with: a group of people, a gathering, a campaign
NOT_A_NAME_END = ("团队", "观摩团", "组织", "服务队", "联谊会", "座谈会", "活动", "工作", "格局", "布局", "开局", "新局", "思路")
QUOTES = re.compile(r"[“”\"'「」『』《》（）()【】]")
# a proper noun short of these suffixes is more often a fragment of a phrase (市文明, 尼龙织)
ORG_ENDS = ("公司", "集团", "局", "委", "委会", "厅", "院", "校", "学", "中心", "银行", "办", "会", "部", "所", "站",
            "协会", "商会", "支部", "党委", "工委", "政协", "人大", "科技", "工厂", "医院", "大学")
# two names the model ran together over a verb (区工信局联合区税务局, 人社局会同科技局)
JOINED = re.compile(r"联合|会同|召开|一家|组织(?!部)|共建")
PLACE_ENDS = ("省", "市", "区", "县", "镇", "乡", "村", "街道", "社区", "路", "大道", "街", "桥", "园", "港", "湾", "山",
              "河", "湖", "城", "岛", "广场")


@dataclass
class Proposal:
    kind: str  # person | organization | place
    name: str
    district: str | None
    contexts: list[str] = field(default_factory=list)  # FILE:LINE: …context…
    hint: str = ""  # the same name registered for another district


def looks_like_name(kind: str, name: str) -> bool:
    """The filter on what the suffixes or a model propose: most of what passes is a name."""
    if len(name) < 2 or QUOTES.search(name) or name.startswith(OPENERS) or name.endswith(NOT_A_NAME_END):
        return False
    if kind == "organization":
        return (name.endswith(ORG_ENDS) or len(name) <= 4) and not JOINED.search(name)
    if kind == "place":
        return name.endswith(PLACE_ENDS) or 2 <= len(name) <= 3
    return True


def _context(it: Item, start: int, name: str) -> str:
    return it.body[max(0, start - 20): start + len(name) + 20].replace("\n", " ")


def proposals(bulletins: list[Bulletin], registers: Registers, spans: Callable[[str], list[tuple[int, int, str]]] | None,
              suffixes: Callable[[str], list[tuple[int, str, str]]] | None = None) -> list[Proposal]:
    """Names no register holds for the bulletin's district, from the people the reader found,
    the byline names, and either a model's spans or the printed suffixes (`suffixes` yields
    (start, kind, name))."""
    entries = [e for reg in (registers.people, registers.organizations, registers.places) for e in reg.values()]
    found: dict[tuple[str, str, str | None], Proposal] = {}
    seen: set[tuple[str, str, str, int, int]] = set()

    def note(kind: str, name: str, start: int, it: Item, b: Bulletin, filtered: bool = True) -> None:
        district = b.district.value
        same = [e for e in entries if name in (e.name, *e.aliases)]
        here = [e for e in same if e.district in (None, district)]
        if here or (kind != "person" and any(name in f for e in entries if e.district in (None, district)
                                             for f in (e.name, *e.aliases))):
            return  # registered (an organisation or place inside a registered name too)
        if filtered and not same and not looks_like_name(kind, name):
            return
        if (kind, name, b.file, it.first_line, start) in seen:
            return
        seen.add((kind, name, b.file, it.first_line, start))
        p = found.setdefault((kind, name, district), Proposal(kind, name, district))
        p.contexts.append(f"{b.file}:{it.first_line}: …{_context(it, start, name)}…")
        if same and not p.hint:
            p.hint = "; ".join(f"registers/{REGISTER_OF[e.type]} has {e.name} ({e.id}) for {e.district or 'no district'}"
                               for e in same) + f": the same one? give it an alias or district {district}, or a new entry"

    for b in bulletins:
        for it in b.items:
            bylined = set(it.byline_names())
            for p in it.people:
                note("person", p.name, p.mentions[0][0] if p.mentions else 0, it, b, filtered=False)
            for name in bylined:  # a reporter registered for another district got a page of its own
                if any(name in (e.name, *e.aliases) for e in registers.people.values()):
                    k = it.body.find(name)
                    note("person", name, max(k, 0), it, b, filtered=False)
            if spans is not None:
                for a, e, t in spans(it.body):
                    name = it.body[a:e].strip()
                    if name and name not in bylined and KIND_OF_TAG[t] != "person":
                        note(KIND_OF_TAG[t], name, a, it, b)
            if suffixes is not None:
                for a, kind, name in suffixes(it.body):
                    note(kind, name, a, it, b)
    # a proposal that is the start of a longer one of the same kind is a fragment of it
    names = {(p.kind, p.name) for p in found.values()}
    return [p for p in found.values()
            if not any(k == p.kind and n != p.name and n.startswith(p.name) for k, n in names)]


ORDER = {"person": 0, "organization": 1, "place": 2}
TITLE = {"person": "people", "organization": "organizations", "place": "places"}


def entry_id(p: Proposal) -> str:
    return f"{slug(p.name)}-{p.district or 'unknown'}" if p.kind == "person" else f"{p.district or 'x'}-{slug(p.name)}"


def report(props: list[Proposal], files: list[str], contexts: int = 2) -> str:
    """Grouped by kind (most mentioned first), with contexts and hints, then the YAML entries."""
    out = [f"review of {len(files)} bulletin{'s' if len(files) != 1 else ''}: "
           f"{len(props)} names no register holds"]
    for kind in ORDER:
        group = sorted((p for p in props if p.kind == kind), key=lambda p: (-len(p.contexts), p.name))
        if not group:
            continue
        out.append(f"\n{TITLE[kind]} ({len(group)}) -> registers/{REGISTER_OF[kind]}")
        for p in group:
            out.append(f"  {len(p.contexts):3d}x  {p.name}  [{p.district or '?'}]")
            out += [f"          {c}" for c in p.contexts[:contexts]]
            if p.hint:
                out.append(f"          hint: {p.hint}")
    for kind in ORDER:
        group = sorted((p for p in props if p.kind == kind and not p.hint), key=lambda p: p.name)
        if group:
            out.append(f"\n# ready to paste into registers/{REGISTER_OF[kind]} (check each name first):")
            entries = [{"id": entry_id(p), "name": p.name, **({"district": p.district} if p.district else {})}
                       for p in group]
            out.append(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False).rstrip())
    return "\n".join(out)

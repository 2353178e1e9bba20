"""Synthetic archive: N bulletins recombined from the items of content_src, with new dates,
new names and fresh layout damage (other column breaks, banners, heading styles, byline
placement), so that the reader, the entity pages and the site grow as a real archive would."""

from __future__ import annotations

import random
import re
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "build"))

from pipeline.cli import read_all
from pipeline.model import Item

GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国志新海波"
BANNERS = ["拼抢一季度", "奋战二季度 确保“双过半”", "优化营商环境", "项目建设年", "创先争优", "实现", "开门红", "凝心聚力 再创佳绩"]


def pool(content: Path) -> list[tuple[str, Item]]:
    _, bulletins = read_all(content)
    return [(b.district.value or "jiaozuo", it) for b in bulletins for it in b.items if it.body]


def rename(text: str, names: list[str], rng: random.Random) -> str:
    for n in names:
        new = n[0] + "".join(rng.choice(GIVEN) for _ in n[1:])
        text = text.replace(n, new)
    return text


def redate(text: str, month: int, rng: random.Random) -> str:
    return re.sub(r"(\d{1,2})月(\d{1,2})日", lambda _: f"{month}月{rng.randint(1, 28)}日", text)


def break_columns(para: str, rng: random.Random) -> str:
    if len(para) > 60 and rng.random() < 0.4:
        k = rng.randint(10, len(para) - 10)
        return para[:k] + "\n\n" + para[k:]
    return para


def render_item(it: Item, rng: random.Random, month: int) -> str:
    names = [p.name for p in it.people]
    paras = [rename(redate(p.text, month, rng), names, rng) for p in it.paragraphs]
    head = []
    style = rng.choice(["#", "##", "", ""])
    if it.kind == "photo":
        if it.title:
            head.append(f"{style} {it.title}".strip())
        body = "\n\n".join(break_columns(p, rng) for p in paras)
        credit = it.byline or f"本报记者 {rng.choice('王李张刘')}{rng.choice(GIVEN)}{rng.choice(GIVEN)} 摄"
        return "\n\n\n\n" + "\n\n".join(head) + ("\n\n" if head else "") + body + "\n\n" + credit + "\n"
    if it.kicker:
        head.append(it.kicker)
    head.append(f"{style} {it.title}".strip() if it.title else "")
    if it.subtitle:
        head.append(it.subtitle)
    out = "\n\n".join(h for h in head if h) + "\n\n" + "\n\n".join(break_columns(p, rng) for p in paras)
    if it.byline:
        out += "\n\n" + it.byline
    return out + "\n"


def generate(content: Path, out: Path, n: int, seed: int = 7) -> Path:
    """Write n bulletins (and sidecars, registers) under out/; return the content folder."""
    rng = random.Random(seed)
    items = pool(content)
    if out.exists():
        shutil.rmtree(out)
    (out / "bulletins").mkdir(parents=True)
    shutil.copytree(content / "registers", out / "registers")
    for k in range(n):
        district = rng.choice(["jiaozuo", "pingdingshan", "zhengzhou"])
        local = [it for d, it in items if d == district] or [it for _, it in items]
        year, month = 2015 + k % 11, 1 + (k * 7) % 12
        chosen = rng.sample(local, min(len(local), rng.randint(5, 10)))
        parts = []
        for j, it in enumerate(chosen):
            if j and rng.random() < 0.15:
                parts.append("\n\n".join(rng.sample(BANNERS, rng.randint(1, 3))) + "\n\n\n")
            parts.append(render_item(it, rng, month))
        name = f"{k:05d}_synthetic"
        (out / "bulletins" / f"{name}.txt").write_text("\n\n".join(parts), encoding="utf-8")
        day = rng.randint(1, 28)
        (out / "bulletins" / f"{name}.yaml").write_text(
            f"date: {year}-{month:02d}-{day:02d}\ndistrict: {district}\nnewspaper: 测试日报\n", encoding="utf-8")
    return out

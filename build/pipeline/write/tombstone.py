"""Tombstones: the page left at the URL of a bulletin or item that is gone from the edition,
like a library's withdrawn-record: what was there, when and why it went, how to cite it, and
where to go on. A published URL never turns into a 404."""

from __future__ import annotations

from ..link import Withdrawn
from .html import esc, front_matter
from .item_page import date_zh


def citation(w: Withdrawn, district_names: dict[str, str], site_url: str) -> str:
    """GB/T 7714 style, with the withdrawal noted: the record of what was cited."""
    folder = "items" if w.kind == "item" else "bulletins"
    district = district_names.get(w.bulletin.split("-")[0], "")
    title = w.title or (f"{w.opening[:24]}…" if w.opening else w.id)
    source = f"{district}公报（{w.bulletin}）" if w.kind == "item" else f"{district}公报"
    return (f"{title}[N/OL]. {source}, {w.date or '日期不详'}（{w.withdrawn}撤下）. "
            f"{site_url}{folder}/{w.id}.html")


def tombstone_page(w: Withdrawn, district_names: dict[str, str], site_url: str) -> str:
    kind_zh = "本文" if w.kind == "item" else "本期公报"
    heading = f"已撤下：{w.title}" if w.title else f"已撤下：{w.id}"
    fm = {"title": heading, "id": w.id, "withdrawn": w.withdrawn, "reason": w.reason,
          "hide": ["toc"], "search": {"exclude": True}}
    rows = []
    if w.title:
        rows.append(f"<dt>标题</dt><dd>{esc(w.title)}</dd>")
    if w.opening:
        rows.append(f"<dt>开头</dt><dd>{esc(w.opening)}……</dd>")
    rows.append(f"<dt>日期</dt><dd>{esc(date_zh(w.date))}</dd>")
    if w.kind == "item":
        rows.append(f'<dt>所属公报</dt><dd><a href="../bulletins/{w.bulletin}.html">{esc(w.bulletin)}</a></dd>')
    rows.append(f"<dt>原件</dt><dd><code>{esc(w.file)}</code></dd>")
    rows.append(f"<dt>撤下日期</dt><dd>{esc(date_zh(w.withdrawn))}</dd>")
    rows.append(f"<dt>原因</dt><dd>{esc(w.reason)}</dd>")
    out = [front_matter(fm), f'<h1 id="title">{esc(heading)}</h1>\n\n',
           f'<p class="gx-note gx-withdrawn">{kind_zh}已于{esc(date_zh(w.withdrawn))}从本版撤下。'
           "此页保留原链接，记录撤下之前此处的内容。</p>\n\n",
           f'<dl class="gx-facts">{"".join(rows)}</dl>\n\n']
    if w.items:
        lis = "".join(f'<li><a href="../items/{iid}.html">{esc(title or iid)}</a></li>' for iid, title in w.items)
        out.append(f'<aside class="gx-box"><h2>原有文章</h2><ul>{lis}</ul></aside>\n\n')
    out.append(f'<aside class="gx-box gx-cite" id="cite"><h2>引用</h2><p>{esc(citation(w, district_names, site_url))}</p></aside>\n\n')
    onward = (f'<a href="../bulletins/{w.bulletin}.html">本期公报</a> · ' if w.kind == "item" else "")
    out.append(f'<nav class="gx-box gx-itemnav" aria-label="继续阅读"><p>继续阅读：{onward}'
               '<a href="../bulletins/index.html">全部公报</a> · <a href="../index.html">首页</a></p></nav>\n')
    return "".join(out)

"""The cite box of every item page against citeproc-js (the CSL processor Zotero and Mendeley
use) with the official styles in tests/fixtures/csl/: how many agree exactly, and how many
after the differences the edition keeps on purpose (the tests say why for each):
the correspondents named, [出版者不详] / [出版日期不详] for facts nobody recorded, GB/T 7714's
bracketed estimated year, Chicago's quotation marks.

    npm install --prefix /tmp/cpjs citeproc
    python bench/citeproc_js.py --site site --node-modules /tmp/cpjs/node_modules

citeproc-js is not a dependency of the edition (the tests use citeproc-py)."""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "build"))
from pipeline.write import cite  # noqa: E402

CSL = ROOT / "tests" / "fixtures" / "csl"
STYLES = {"gbt-ol": "china-national-standard-gb-t-7714-2015-numeric", "apa": "apa", "chicago": "chicago-notes-bibliography"}
TODAY = "2026-01-01"
RENDER = r"""
const CSL = require("citeproc"), fs = require("fs");
const [style, locdir, itemsFile] = process.argv.slice(2);
const items = JSON.parse(fs.readFileSync(itemsFile, "utf8"));
const byId = Object.fromEntries(items.map(i => [i.id, i]));
const sys = {retrieveLocale: l => { try { return fs.readFileSync(`${locdir}/locales-${l}.xml`, "utf8"); }
                                    catch (e) { return fs.readFileSync(`${locdir}/locales-en-US.xml`, "utf8"); } },
             retrieveItem: id => byId[id]};
const out = {};
for (const it of items) {
  const engine = new CSL.Engine(sys, fs.readFileSync(style, "utf8"));
  engine.setOutputFormat("text");
  engine.updateItems([it.id]);
  out[it.id] = engine.makeBibliography()[1][0].trim();
}
console.log(JSON.stringify(out));
"""


def cite_box(page: str) -> dict[str, str]:
    return {k: html.unescape(re.sub(r'<span class="gx-access"[^>]*>[^<]*</span>', TODAY, v))
            for k, v in re.findall(r'<span class="gx-cite-text" id="cite-([\w-]+)">(.*?)</span> <button', page)}


def csl_item(page: str) -> dict:
    href = re.search(r'data-format="csl" download="[^"]*" href="([^"]*)"', page).group(1)
    return json.loads(cite.with_access(unquote(html.unescape(href).split(",", 1)[1]), "csl", TODAY))[0]


def kept_differences(key: str, box: str, d: dict) -> str:
    """The box with the edition's deliberate additions taken out (tests/test_citations.py)."""
    if key == "gbt-ol":
        if d.get("contributor"):
            box = box.replace(f"{', '.join(x['literal'] for x in d['contributor'])}, 通讯员. ", "")
        box = box.replace(f"{cite.NO_PAPER}, ", "").replace(cite.NO_DATE_GBT, "")
        if d["issued"].get("circa"):
            year = d["issued"]["date-parts"][0][0]
            box = box.replace(f"[{year}]", str(year))
        return box
    if key == "apa":
        return re.sub(r" \[通讯员 [^\]]*\]", "", box).replace(f" {cite.NO_PAPER}.", "").replace("”.", ".”")
    return re.sub(r" With [^.]*\.", "", box).replace(f" {cite.NO_PAPER},", "").translate(str.maketrans("", "", "“”‘’"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--site", type=Path, default=Path("site"))
    ap.add_argument("--node-modules", type=Path, required=True, help="a node_modules folder holding citeproc")
    args = ap.parse_args(argv)
    pages = {p.stem: p.read_text(encoding="utf-8") for p in sorted((args.site / "items").glob("*.html"))
             if 'id="cite-gbt-ol"' in p.read_text(encoding="utf-8")}
    items = {k: csl_item(p) for k, p in pages.items()}
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "render.js").write_text(RENDER, encoding="utf-8")
        (Path(tmp) / "items.json").write_text(json.dumps(list(items.values()), ensure_ascii=False), encoding="utf-8")
        env = {**os.environ, "NODE_PATH": str(args.node_modules.resolve())}
        rendered = {}
        for key, style in STYLES.items():
            proc = subprocess.run(["node", str(Path(tmp) / "render.js"), str(CSL / f"{style}.csl"), str(CSL), str(Path(tmp) / "items.json")],
                                  capture_output=True, text=True, env=env, check=True)
            rendered[key] = json.loads(proc.stdout)
    print("| style | items | exact | after the kept differences |\n|---|---|---|---|")
    status = 0
    for key, style in STYLES.items():
        exact = after = 0
        for iid, page in pages.items():
            box, got = cite_box(page)[key], re.sub(r"^\[1\]\s*", "", rendered[key][iid])
            exact += box == got
            if key == "chicago":
                got = got.translate(str.maketrans("", "", "“”‘’"))
            if kept_differences(key, box, items[iid]) == got:
                after += 1
            else:
                status = 1
                print(f"{iid} {key}:\n  box       {box}\n  citeproc  {got}", file=sys.stderr)
        print(f"| {style} | {len(pages)} | {exact} | {after} |")
    return status


if __name__ == "__main__":
    sys.exit(main())

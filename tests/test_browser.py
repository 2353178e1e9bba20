"""The reader's edition in a real browser (Debian's chromium driven by Playwright), served on
a local port and opened from disk: click-through, search, no request to another host,
accessibility (axe-core), phone width, print and dark mode. Screenshots go to
tests/screenshots/ for a person to look at."""

import functools
import http.server
import re
import shutil
import tarfile
import threading
from pathlib import Path

import pytest
from conftest import ROOT

sync_api = pytest.importorskip("playwright.sync_api")
# Debian's chromium here; GitHub's Ubuntu runners have Google Chrome instead (also Chromium, also driven by Playwright)
CHROMIUM = shutil.which("chromium") or shutil.which("google-chrome") or "/usr/bin/chromium"
SHOTS = ROOT / "tests" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def offline_copy(sample_site, tmp_path_factory):
    """The downloadable archive, unpacked as a reader would."""
    site, _ = sample_site
    folder = tmp_path_factory.mktemp("offline")
    with tarfile.open(site / "download" / "gaoxinqu-edition.tar.xz") as tar:
        tar.extractall(folder, filter="data")
    return folder / "gaoxinqu-edition"


@pytest.fixture(scope="module")
def server(sample_site):
    site, _ = sample_site
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is not installed: apt-get install chromium (make test does it as root)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def guarded(browser, **kw):
    """A page that records every request to a non-local address and blocks it."""
    ctx = browser.new_context(**kw)
    foreign = []

    def route(r):
        url = r.request.url
        if url.startswith(("file://", "data:", "blob:")) or re.match(r"https?://127\.0\.0\.1[:/]", url):
            r.continue_()
        else:
            foreign.append(url)
            r.abort()

    ctx.route("**/*", route)
    page = ctx.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    return ctx, page, foreign, errors


@pytest.mark.parametrize("where", ["http", "file"])
def test_click_through_and_search(browser, server, offline_copy, where):
    base = server if where == "http" else offline_copy.resolve().as_uri() + "/"
    SHOTS.mkdir(exist_ok=True)
    ctx, page, foreign, errors = guarded(browser, viewport={"width": 1280, "height": 900})
    page.goto(base + "index.html")
    assert page.locator("html").get_attribute("lang") == "zh"
    page.screenshot(path=SHOTS / f"{where}-1-home.png", full_page=True)
    page.click("text=平顶山高新区")
    page.wait_for_load_state()
    assert page.url.endswith("districts/pingdingshan.html")
    page.screenshot(path=SHOTS / f"{where}-2-district.png", full_page=True)
    page.locator("article a[href*='bulletins/']").first.click()
    page.wait_for_load_state()
    assert "/bulletins/" in page.url
    page.screenshot(path=SHOTS / f"{where}-3-bulletin.png", full_page=True)
    page.locator(".gx-toc a[href*='items/']").first.click()
    page.wait_for_load_state()
    assert "/items/" in page.url
    assert page.locator("#p1 .gx-anchor").count() == 1
    page.focus("#p1 .gx-anchor")
    page.keyboard.press("Enter")  # cite this paragraph, from disk as online
    assert page.locator("#p1 + .gx-pcite a").get_attribute("href").endswith("#p1")
    page.screenshot(path=SHOTS / f"{where}-4-item.png", full_page=True)
    page.locator("a.gx-entity").first.click()
    page.wait_for_load_state()
    # a name with a page of its own, or one met once: its entry on the district's register
    assert re.search(r"/(people|organizations|places)/|/districts/[a-z]+/names\.html#", page.url)
    page.screenshot(path=SHOTS / f"{where}-5-entity.png", full_page=True)
    # search from the header box, then the full results page with a filter
    page.fill("form.gx-search input", "尼龙城")
    page.wait_for_selector(".gx-search-results:not([hidden]) .gx-hit")
    assert "尼龙城" in page.inner_text(".gx-search-results mark")
    page.screenshot(path=SHOTS / f"{where}-6-search.png")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/items/"))
    page.goto(base + "search.html?q=" + "高新区")
    page.wait_for_selector(".gx-search-list li")
    assert re.search(r"精确匹配 \d+ 篇", page.inner_text(".gx-search-status"))
    page.select_option("select[name=district]", label="郑州高新区")
    page.wait_for_function("document.querySelector('.gx-search-status').textContent.includes('精确匹配 5 篇')")
    assert foreign == [], foreign
    assert errors == [], errors
    ctx.close()


def test_no_serious_accessibility_violations(browser, server):
    axe = (Path(pytest.importorskip("axe_playwright_python").__file__).parent / "axe.min.js").read_text(encoding="utf-8")
    pages = ["index.html", "items/pingdingshan-20230202-04.html", "people/lvpei-jiaozuo.html", "districts/jiaozuo.html",
             "bulletins/jiaozuo-20250222.html", "search.html?q=吕沛", "data.html", "people/fukaiming-jiaozuo.html",
             "search.html?q=高新区&district=pingdingshan&sort=date", "dates/2024.html"]
    # the parts a script or a click opens: the hits chart, cite this paragraph, the bulletin's provenance
    opened = {"search.html?q=高新区&district=pingdingshan&sort=date": ".gx-chart svg",
              "items/pingdingshan-20230202-04.html": "#p1 .gx-anchor", "bulletins/jiaozuo-20250222.html": "details.gx-provenance summary"}
    for scheme in ("light", "dark"):
        ctx, page, _, _ = guarded(browser, color_scheme=scheme)
        for rel in pages:
            page.goto(server + rel)
            # axe reads colours as they are at that instant: a tab bar still fading out after the
            # jump to #p1 measured half-transparent now and then. Judge the settled page.
            page.add_style_tag(content="*, *::before, *::after { transition: none !important; animation: none !important; }")
            if rel in opened and rel.startswith("search"):
                page.wait_for_selector(opened[rel])
            elif rel in opened:  # by keyboard: on a desktop the ¶ shows on hover or focus
                page.focus(opened[rel])
                page.keyboard.press("Enter")
                assert page.locator(".gx-pcite, details.gx-provenance[open]").count() == 1, rel
            page.add_script_tag(content=axe)
            result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
            bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]
                   if v["impact"] in ("serious", "critical")]
            assert bad == [], f"{rel} ({scheme}): {bad}"
        ctx.close()


def test_phone_width_print_and_dark_mode(browser, server):
    SHOTS.mkdir(exist_ok=True)
    ctx, page, foreign, _ = guarded(browser, viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    page.goto(server + "items/jiaozuo-20250222-01.html")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways at phone width ({width}px)"
    page.screenshot(path=SHOTS / "phone-item.png", full_page=True)
    page.emulate_media(media="print")
    assert page.locator(".md-header").is_hidden() and page.locator(".gx-cite").is_visible()
    ctx.close()
    ctx, page, _, _ = guarded(browser, color_scheme="dark", viewport={"width": 1280, "height": 900})
    page.goto(server + "items/jiaozuo-20250222-01.html")
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    page.screenshot(path=SHOTS / "dark-item.png")
    page.goto(server + "bulletins/jiaozuo-20250510.html")
    page.screenshot(path=SHOTS / "dark-bulletin.png", full_page=True)
    page.goto(server + "search.html?q=高新区&sort=date")
    page.wait_for_selector(".gx-chart svg rect.gx-bar")
    bar = page.locator(".gx-chart rect.gx-bar").first.evaluate("r => getComputedStyle(r).fill")
    assert bar == "rgb(255, 158, 148)"  # the dark scheme's link colour, not the light red on a dark ground
    page.screenshot(path=SHOTS / "dark-search-chart.png", full_page=True)
    ctx.close()
    assert foreign == []


def test_downloads_gain_the_readers_access_date_in_the_browser(browser, server, sample_site):
    """The page's script makes each download from the facts in the head exactly as cite.py
    makes it from the same facts, with today's date as the access date (cite.with_access in
    the tests), on every sample item; the result parses (rispy, bibtexparser, JSON)."""
    import datetime as dt
    import json
    from urllib.parse import unquote

    import bibtexparser
    import rispy
    from pipeline.write import cite
    from test_citations import downloads

    site, _ = sample_site
    ctx, page, foreign, errors = guarded(browser)
    today = None
    for path in sorted((site / "items").glob("*.html")):
        rel = f"items/{path.name}"
        page.goto(server + rel)
        today = page.evaluate("(() => { const d = new Date(); const t = n => (n < 10 ? '0' : '') + n;"
                              " return d.getFullYear() + '-' + t(d.getMonth() + 1) + '-' + t(d.getDate()); })()")
        assert page.inner_text("#cite-gbt-ol").count(f"[{today}]") == 1
        built = downloads(path.read_text(encoding="utf-8"))
        for fmt in ("ris", "bib", "csl"):
            link = page.locator(f"a.gx-dl[data-format={fmt}]")
            assert link.get_attribute("download").startswith(path.stem + ".")
            live = unquote(link.get_attribute("href").split(",", 1)[1])
            assert live == cite.with_access(built[fmt], fmt, today), (rel, fmt)
    assert dt.date.fromisoformat(today)
    ris = unquote(page.get_attribute("a.gx-dl[data-format=ris]", "href").split(",", 1)[1])
    assert rispy.loads(ris)[0]["access_date"] == today.replace("-", "/")
    bib = unquote(page.get_attribute("a.gx-dl[data-format=bib]", "href").split(",", 1)[1])
    assert bibtexparser.parse_string(bib).entries[0]["urldate"] == today
    csl = json.loads(unquote(page.get_attribute("a.gx-dl[data-format=csl]", "href").split(",", 1)[1]))
    assert csl[0]["accessed"] == {"date-parts": [[int(x) for x in today.split("-")]]}
    assert foreign == [] and errors == []
    ctx.close()


def test_bulletin_page_reads_like_a_contents_page(browser, server):
    """Masthead first, then each item as its headline group with byline and opening sentence;
    photos marked; layout text quiet; provenance folded at the end. On a phone the first
    headline is on the first screen; inferred years are a mark with one legend."""
    SHOTS.mkdir(exist_ok=True)
    ctx, page, foreign, errors = guarded(browser, viewport={"width": 390, "height": 844}, device_scale_factor=2,
                                         is_mobile=True, has_touch=True)
    page.goto(server + "bulletins/jiaozuo-20250510.html")
    assert page.inner_text(".gx-masthead h1") == "焦作高新区公报"
    assert page.evaluate("getComputedStyle(document.querySelector('.gx-masthead h1')).fontWeight") == "700"
    issue = page.inner_text(".gx-issue")
    assert "报纸名称未有记录" in issue and "出版日期不详" in issue and "版次不详" in issue
    first = page.locator(".gx-toc .gx-entry h2").first.bounding_box()
    assert first["y"] + first["height"] < 844, "the first headline is below the phone's first screen"
    entries = page.locator(".gx-toc .gx-entry")
    assert entries.count() == 5
    assert page.locator(".gx-entry.gx-photo .gx-photo-mark").count() == 1
    assert page.locator(".gx-entry.gx-article .gx-photo-mark").count() == 0
    assert "记者 付凯明" in entries.first.inner_text() and entries.first.locator(".gx-lead").inner_text().startswith("本报讯")
    prov = page.locator("details.gx-provenance")
    assert prov.get_attribute("open") is None and not page.locator(".gx-facts").is_visible()
    assert page.evaluate("[...document.querySelectorAll('article > *')].pop().matches('.gx-legend')")
    text = page.inner_text("article")
    assert "年份为推断" not in text and "bulletins/001" not in text.split("来源与推断依据")[0]
    assert page.locator(".gx-legend").count() == 1 and page.locator("sup.gx-inf").count() == 3
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=SHOTS / "phone-bulletin.png", full_page=True)
    toc = page.locator(".gx-masthead").bounding_box()
    assert abs(first["x"] - toc["x"]) < 2, "entries are not indented on a phone"
    page.emulate_media(media="print")
    assert page.locator(".gx-provenance").is_hidden() and page.locator(".md-header").is_hidden()
    assert "/bulletins/jiaozuo-20250510.html" in page.inner_text(".gx-masthead .gx-permalink")
    page.screenshot(path=SHOTS / "print-bulletin.png", full_page=True)
    ctx.close()
    ctx, page, _, _ = guarded(browser, viewport={"width": 1280, "height": 900})
    page.goto(server + "bulletins/pingdingshan-20240323.html")
    assert page.locator(".gx-toc .gx-fragment").count() >= 1
    frag = page.locator(".gx-toc .gx-fragment").first
    assert frag.evaluate("e => parseFloat(getComputedStyle(e).fontSize)") < page.locator(".gx-entry h2").first.evaluate(
        "e => parseFloat(getComputedStyle(e).fontSize)")
    page.locator("details.gx-provenance summary").click()
    assert page.locator(".gx-facts").is_visible() and "推断" in page.inner_text(".gx-facts")
    page.screenshot(path=SHOTS / "desktop-bulletin.png", full_page=True)
    ctx.close()
    assert foreign == [] and errors == []


@pytest.mark.parametrize("where", ["http", "file"])
def test_home_page_tells_a_newcomer_what_where_and_what_for(browser, server, offline_copy, where):
    """What the edition holds (papers, districts, span, counts), where to start (latest
    bulletins, a search box in the page, by date and person) and what it promises; no lone
    sidebar link and no list repeating the tabs; the box searches online and offline."""
    base = server if where == "http" else offline_copy.resolve().as_uri() + "/"
    ctx, page, foreign, errors = guarded(browser, viewport={"width": 1280, "height": 900})
    page.goto(base + "index.html")
    holdings = page.inner_text(".gx-holdings")
    for fact in ("5 期", "31 篇文章、6 幅图片", "报纸名称未有记录的 5 期", "3 个高新区", "2017年11月30日至2025年5月10日"):
        assert fact in holdings, fact
    assert page.locator(".gx-start a[href*='bulletins/']").count() >= 5
    assert page.locator(".gx-start a[href*='dates/']").count() >= 4 and page.locator(".gx-start a[href*='people/']").count() >= 5
    promises = page.inner_text(".gx-promises")
    assert "原文如实" in promises and "链接永久" in promises and "离线可读" in promises
    assert not page.locator(".md-sidebar--primary").is_visible()
    assert page.locator("article a[href='search.html']").count() == 0  # the tabs are not listed again
    assert page.evaluate("getComputedStyle(document.querySelector('article h1')).fontWeight") == "700"
    page.fill("#gx-home-q", "吕沛")
    page.press("#gx-home-q", "Enter")
    page.wait_for_url(re.compile(r"search\.html\?q="))
    page.wait_for_selector(".gx-search-list li")
    assert "吕沛" in page.inner_text(".gx-search-list")
    for rel in ("bulletins/index.html", "people/lvpei-jiaozuo.html", "dates/index.html", "districts/jiaozuo.html"):
        page.goto(base + rel)  # one heading weight everywhere, not Material's light 300
        weights = page.eval_on_selector_all("article h1, article h2, article h3", "hs => hs.map(h => getComputedStyle(h).fontWeight)")
        assert weights and set(weights) == {"700"}, (rel, weights)
    if where == "http":
        page.goto(base + "people/lvpei-jiaozuo.html")
        page.screenshot(path=SHOTS / "desktop-person.png", full_page=True)
        page.goto(base + "index.html")
        page.screenshot(path=SHOTS / "desktop-home.png", full_page=True)
    ctx.close()
    ctx, page, _, _ = guarded(browser, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page.goto(base + "index.html")
    box = page.locator("#gx-home-q").bounding_box()
    assert box["y"] + box["height"] < 844 and page.evaluate("document.documentElement.scrollWidth") <= 390
    if where == "http":
        page.screenshot(path=SHOTS / "phone-home.png", full_page=True)
    ctx.close()
    assert foreign == [] and errors == []


@pytest.mark.parametrize("where", ["http", "file"])
def test_search_filters_are_ids_in_the_url_with_dates_sort_and_a_chart(browser, server, offline_copy, where):
    """?district=pingdingshan&year=2024&kind=… by id, a date range, sort by date, and hits
    per month as an inline SVG drawn from the index: online and from the unpacked zip."""
    base = server if where == "http" else offline_copy.resolve().as_uri() + "/"
    ctx, page, foreign, errors = guarded(browser, viewport={"width": 1280, "height": 900})

    def count(url: str) -> int:
        page.goto(base + url)
        page.wait_for_function("/精确匹配 \\d+ 篇/.test(document.querySelector('.gx-search-status').textContent)")
        return int(re.search(r"精确匹配 (\d+) 篇", page.inner_text(".gx-search-status")).group(1))

    everything = count("search.html?q=高新区")
    assert page.locator(".gx-chart svg rect.gx-bar").count() >= 12  # 2017-11 … 2025-05, one bar per month
    assert page.locator(".gx-chart svg").bounding_box()["width"] >= 500  # readable, not shrunk to Material's figure
    bars = page.eval_on_selector_all(".gx-chart rect.gx-bar", "rs => rs.map(r => +r.dataset.count)")
    dated = page.evaluate("gxSearch.meta().then(m => m)")  # the index is loaded: count the dated hits ourselves
    assert dated["district_ids"] == ["jiaozuo", "pingdingshan", "zhengzhou"]
    assert 0 < sum(bars) <= everything
    if where == "http":
        page.screenshot(path=SHOTS / "desktop-search-chart.png", full_page=True)
    tallest = max(range(len(bars)), key=lambda i: bars[i])
    month = page.locator(".gx-chart rect.gx-bar").nth(tallest).get_attribute("data-month")
    page.locator(".gx-chart rect.gx-bar").nth(tallest).click()  # a bar narrows the search to its month
    page.wait_for_url(re.compile(rf"from={month[:4]}-{month[4:]}&to={month[:4]}-{month[4:]}"))
    page.wait_for_function(f"document.querySelector('.gx-search-status').textContent.includes('精确匹配 {bars[tallest]} 篇')")
    ping = count("search.html?q=高新区&district=pingdingshan")
    assert page.input_value("select[name=district]") == "pingdingshan"
    texts = page.eval_on_selector_all(".gx-search-list .gx-hit-meta", "es => es.map(e => e.textContent)")
    assert 0 < ping < everything and all("平顶山高新区" in t for t in texts)
    y2024 = count("search.html?q=高新区&district=pingdingshan&year=2024")
    assert 0 < y2024 < ping and all(t.startswith("2024") for t in page.eval_on_selector_all(".gx-hit-meta", "es => es.map(e => e.textContent)"))
    photos = count("search.html?q=高新区&kind=photo")
    assert 0 < photos < everything and all("图片" in t for t in page.eval_on_selector_all(".gx-hit-meta", "es => es.map(e => e.textContent)"))
    exact_dates = "es => es.filter(e => !e.textContent.includes('部分匹配')).map(e => e.textContent.split(' · ')[0])"
    ranged = count("search.html?q=高新区&from=2023-01&to=2024-12&sort=date")
    dates = page.eval_on_selector_all(".gx-hit-meta", exact_dates)
    assert 0 < ranged < everything and all("2023-01-01" <= d <= "2024-12-31" for d in dates)
    assert dates == sorted(dates, reverse=True)
    count("search.html?q=高新区&sort=date-asc")
    dates = [d for d in page.eval_on_selector_all(".gx-hit-meta", exact_dates) if d[0].isdigit()]
    assert dates == sorted(dates) and dates[0].startswith("2017")
    # choosing a filter writes its id into the address
    page.select_option("select[name=kind]", "photo")
    page.wait_for_url(re.compile(r"kind=photo"))
    assert "sort=date-asc" in page.url
    assert foreign == [] and errors == []
    ctx.close()


# Targets smaller than 24 x 24 CSS px that fail WCAG 2.2's spacing exception (2.5.8): a 24 px
# circle on each one's centre overlaps another target. Sizes depend on the fonts a machine has
# (this one may have no Chinese font at all), so the rule is applied as written.
TOO_SMALL = """() => {
  const links = [...document.querySelectorAll('article a, .md-header a, .md-tabs a, .md-footer a, button')]
    .filter(a => a.getClientRects().length && getComputedStyle(a).visibility !== 'hidden');
  const rects = links.map(a => a.getBoundingClientRect());
  const near = (r, o) => { const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
    const dx = Math.max(o.left - cx, 0, cx - o.right), dy = Math.max(o.top - cy, 0, cy - o.bottom); return Math.hypot(dx, dy) < 12; };
  return links.map((a, i) => [a, rects[i]]).filter(([a, r]) => (r.width < 24 || r.height < 24)
      && (r.height < 24 || rects.some((o, j) => j !== links.indexOf(a) && near(r, o))))
    .map(([a, r]) => [a.className, a.textContent.trim().slice(0, 12), Math.round(r.width), Math.round(r.height)]);
}"""


def test_item_page_details_on_a_phone_and_in_print(browser, server):
    """¶ shown without hover and opening 'cite this paragraph' (#pN); tap targets of 24 px
    without changing the line height; print keeps headline, text, permalink and citation, drops
    the screen-only boxes, prints links as text, and a one-caption photo on one page."""
    SHOTS.mkdir(exist_ok=True)
    ctx, page, foreign, errors = guarded(browser, viewport={"width": 390, "height": 844}, device_scale_factor=2,
                                         is_mobile=True, has_touch=True)
    page.goto(server + "items/jiaozuo-20250222-01.html")
    assert page.locator("#p2 .gx-anchor").evaluate("a => getComputedStyle(a).opacity") == "1"
    line = page.locator("#p1").evaluate("p => getComputedStyle(p).lineHeight")
    page.locator("#p2 .gx-anchor").tap()
    box = page.locator("#p2 + .gx-pcite")
    assert box.is_visible()
    assert box.locator("a").get_attribute("href").endswith("/items/jiaozuo-20250222-01.html#p2")
    cited = box.locator(".gx-pcite-text").inner_text()
    whole = page.inner_text("#cite-gbt-ol")
    assert cited == whole.replace("jiaozuo-20250222-01.html", "jiaozuo-20250222-01.html#p2") and "[N/OL]" in cited
    assert page.url.endswith("#p2")
    small = page.evaluate(TOO_SMALL)
    assert small == [], small
    assert page.locator("#p1").evaluate("p => getComputedStyle(p).lineHeight") == line
    page.screenshot(path=SHOTS / "phone-item-cite-paragraph.png", full_page=True)
    page.locator("#p2 .gx-anchor").tap()
    assert page.locator(".gx-pcite").count() == 0  # a second tap closes it
    ctx.close()
    ctx, page, _, _ = guarded(browser, viewport={"width": 1280, "height": 900})
    page.goto(server + "items/jiaozuo-20250222-01.html")
    assert page.locator("#p2 .gx-anchor").evaluate("a => getComputedStyle(a).opacity") == "0"  # on hover or focus on a desktop
    assert page.locator(".gx-permalink").is_hidden()
    page.emulate_media(media="print")
    for hidden in (".gx-entities", ".gx-related", ".gx-itemnav", ".md-header", ".md-footer", ".gx-cite .gx-copy"):
        assert page.locator(hidden).first.is_hidden(), hidden
    assert page.locator(".gx-permalink").is_visible() and "/items/jiaozuo-20250222-01.html" in page.inner_text(".gx-permalink")
    assert page.locator("#cite-gbt").is_visible()
    colours = page.eval_on_selector_all(".gx-body a.gx-entity", "as => as.map(a => [getComputedStyle(a).color, "
                                        "getComputedStyle(a).textDecorationLine, getComputedStyle(a.parentElement).color])")
    assert colours and all(c == parent and deco == "none" for c, deco, parent in colours)
    page.screenshot(path=SHOTS / "print-item.png", full_page=True)
    page.goto(server + "items/jiaozuo-20250222-05.html")  # a photo: one caption
    assert page.locator("h1").first.inner_text().startswith("〔图片〕") or page.locator(".gx-kind").inner_text() == "图片"
    pdf = page.pdf(format="A4")
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1, "a one-caption photo prints on one page"
    ctx.close()
    assert foreign == [] and errors == []

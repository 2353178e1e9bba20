// Loaded first in <body> on every page: the colour scheme at once (before the page is
// drawn), then the header's scheme button, and on item pages the cite box: today's date as
// the access date, copy buttons, and the BibTeX, RIS and CSL-JSON downloads made from the
// citation meta tags in the head (as cite.py makes them from the same facts).
(function () {
  "use strict";
  // ---- colour scheme: the reader's choice, else the system's; kept per site ----
  var root = document.currentScript ? document.currentScript.src.replace(/assets\/edition\.js(\?.*)?$/, "") : "";
  var KEY = root + "#gx-palette";
  var dark = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  function stored() { try { return localStorage.getItem(KEY); } catch (e) { return null; } }
  function label(button) {
    var next = document.body.getAttribute("data-md-color-scheme") === "slate" ? "切换到日间模式" : "切换到夜间模式";
    button.setAttribute("aria-label", next); button.setAttribute("title", next);
  }
  function apply(scheme) {
    document.body.setAttribute("data-md-color-scheme", scheme);
    document.querySelectorAll(".gx-palette").forEach(label);
  }
  apply(stored() || (dark && dark.matches ? "slate" : "default"));
  if (dark && dark.addEventListener) dark.addEventListener("change", function (e) { if (!stored()) apply(e.matches ? "slate" : "default"); });
  function palette(button) {
    label(button);
    button.addEventListener("click", function () {
      var next = document.body.getAttribute("data-md-color-scheme") === "slate" ? "default" : "slate";
      try { localStorage.setItem(KEY, next); } catch (e) { /* the choice lasts this page only */ }
      apply(next);
    });
  }
  function today() {
    var d = new Date();
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate());
  }
  function copy(text, button) {
    function done() { var old = button.textContent; button.textContent = "已复制"; setTimeout(function () { button.textContent = old; }, 1500); }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallback(text); done(); });
    } else { fallback(text); done(); }
  }
  function fallback(text) {
    var t = document.createElement("textarea");
    t.value = text; t.setAttribute("readonly", ""); t.style.position = "fixed"; t.style.opacity = "0";
    document.body.appendChild(t); t.select();
    try { document.execCommand("copy"); } catch (e) { /* the text stays selectable on the page */ }
    document.body.removeChild(t);
  }
  // ---- downloads: cite.py's csl_json, bibtex and ris, from the facts in the head ----
  function oneLine(t) { return (t || "").replace(/[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+/g, " ").trim(); }
  function headFacts(box) {
    var meta = [].map.call(document.querySelectorAll("head meta[name]"), function (m) { return [m.getAttribute("name"), m.getAttribute("content")]; });
    function all(n) { return meta.filter(function (m) { return m[0] === n; }).map(function (m) { return m[1]; }); }
    function one(n) { return all(n)[0] || null; }
    var when = one("citation_publication_date") || "", canon = document.querySelector("link[rel=canonical]");
    var url = canon ? canon.getAttribute("href") : location.href.split("#")[0], desc = document.querySelector("meta[name=description]");
    return {title: one("citation_title") || "", authors: all("DC.creator"), contributors: all("so.contributor"),
            newspaper: one("DC.source"), page: one("citation_firstpage"), date: when.length > 4 ? when.replace(/\//g, "-") : null,
            year: when.slice(0, 4) || null, circa: box.hasAttribute("data-circa"), url: url,
            id: url.split("/").pop().replace(/\.html$/, ""),
            abstract: box.hasAttribute("data-no-abstract") || !desc ? "" : desc.getAttribute("content")};
  }
  function parts(iso) { return iso.split("-").map(Number); }
  function notes(f) {
    var n = [];
    if (f.contributors.length) n.push("通讯员: " + f.contributors.join(", "));
    if (!f.newspaper) n.push("报纸名称不详");
    if (f.circa) n.push("出版年据正文推断");
    return n;
  }
  function csl(f, stamp) {
    var d = {id: f.id, type: "article-newspaper", title: f.title, URL: f.url, language: "zh-CN"};
    function lit(a) { return {literal: a}; }
    if (f.authors.length) d.author = f.authors.map(lit);
    if (f.contributors.length) d.contributor = f.contributors.map(lit);
    if (f.newspaper) d["container-title"] = f.newspaper;
    if (f.page) d.page = f.page;
    if (f.date) d.issued = {"date-parts": [parts(f.date)]};
    else if (f.year) { d.issued = {"date-parts": [[Number(f.year)]]}; if (f.circa) d.issued.circa = true; }
    if (f.abstract) d.abstract = f.abstract;
    d.accessed = {"date-parts": [parts(stamp)]};
    return JSON.stringify([d], null, 1) + "\n";
  }
  var TEX = {"\\": "\\textbackslash{}", "&": "\\&", "%": "\\%", "$": "\\$", "#": "\\#", "_": "\\_",
             "~": "\\textasciitilde{}", "^": "\\textasciicircum{}"};
  function tex(t) {  // LaTeX specials escaped; a brace escaped where it has a partner, else spelt out
    var out = [], open = [];
    for (var ch of oneLine(t)) {
      if (ch === "{") { open.push(out.length); out.push("\\textbraceleft{}"); }
      else if (ch === "}" && open.length) { out[open.pop()] = "\\{"; out.push("\\}"); }
      else if (ch === "}") out.push("\\textbraceright{}");
      else out.push(TEX[ch] || ch);
    }
    return out.join("");
  }
  function bibName(n) { return /[\s,]|(?<![\p{L}\p{N}_])and(?![\p{L}\p{N}_])/u.test(n) ? "{" + tex(n) + "}" : tex(n); }
  function bibtex(f, stamp) {
    var fields = [["title", tex(f.title)]];
    if (f.authors.length) fields.push(["author", f.authors.map(bibName).join(" and ")]);
    if (f.newspaper) fields.push(["journal", tex(f.newspaper)], ["entrysubtype", "newspaper"]);
    if (f.date) fields.push(["year", f.date.slice(0, 4)], ["date", f.date]);
    else if (f.year) { fields.push(["year", f.year]); if (f.circa) fields.push(["date", f.year + "~"]); }
    if (f.page) fields.push(["pages", tex(f.page)]);
    fields.push(["url", tex(f.url)], ["language", "chinese"]);
    var n = notes(f);
    if (n.length) fields.push(["note", tex(n.join("; "))]);
    if (f.abstract) fields.push(["abstract", tex(f.abstract)]);
    fields.push(["urldate", stamp]);
    var body = fields.map(function (x) { return "  " + x[0] + " = {" + x[1] + "}"; }).join(",\n");
    return "@" + (f.newspaper ? "article" : "misc") + "{" + f.id + ",\n" + body + "\n}\n";
  }
  function ris(f, stamp) {
    var lines = ["TY  - NEWS", "TI  - " + f.title];
    f.authors.forEach(function (a) { lines.push("AU  - " + a); });
    f.contributors.forEach(function (a) { lines.push("A2  - " + a); });
    if (f.newspaper) lines.push("T2  - " + f.newspaper);
    if (f.date) lines.push("PY  - " + f.date.slice(0, 4), "DA  - " + f.date.replace(/-/g, "/"));
    else if (f.year) lines.push("PY  - " + f.year);
    if (f.page) lines.push("SP  - " + f.page);
    if (f.abstract) lines.push("AB  - " + f.abstract);
    notes(f).forEach(function (x) { lines.push("N1  - " + x); });
    lines.push("UR  - " + f.url, "LA  - zh", "ID  - " + f.id, "Y2  - " + stamp.replace(/-/g, "/"), "ER  - ");
    return lines.map(function (x) { return x.length > 6 ? x.slice(0, 6) + oneLine(x.slice(6)) : x; }).join("\n") + "\n";
  }
  var FILES = [["bib", "BibTeX", ".bib", "application/x-bibtex", bibtex],
               ["ris", "RIS", ".ris", "application/x-research-info-systems", ris],
               ["csl", "CSL-JSON", ".json", "application/vnd.citationstyles.csl+json", csl]];
  function downloads(box, stamp) {
    var where = box.querySelector(".gx-dls"), f = headFacts(box);
    if (!where || !where.lastElementChild) return;
    FILES.forEach(function (x) {
      var a = document.createElement("a");
      a.className = "gx-dl"; a.setAttribute("data-format", x[0]); a.setAttribute("download", f.id + x[2]);
      a.href = "data:" + x[3] + ";charset=utf-8," + encodeURIComponent(x[4](f, stamp));
      a.textContent = x[1];
      where.insertBefore(a, where.lastElementChild);
      where.insertBefore(document.createTextNode(" · "), where.lastElementChild);
    });
  }
  // "Cite this paragraph": the ¶ of a paragraph opens, under it, its permanent link (#pN) and
  // the online citation of the item with that link, with a copy button.
  function citeParagraph(anchor) {
    var para = anchor.parentElement, open = para.nextElementSibling;
    if (open && open.classList.contains("gx-pcite")) { open.remove(); return; }
    var canon = document.querySelector("link[rel=canonical]"), whole = document.getElementById("cite-gbt-ol");
    var page = canon ? canon.href.split("#")[0] : location.href.split("#")[0];
    var link = page + "#" + para.id;
    var text = whole ? whole.textContent.replace(page, link) : link;
    var n = para.id.slice(1), box = document.createElement("div");
    box.className = "gx-pcite";
    box.setAttribute("role", "region");
    box.setAttribute("aria-label", "引用第" + n + "段");
    box.innerHTML = '<p>第' + n + '段永久链接：<a></a></p><p><span class="gx-pcite-text"></span><button type="button" class="gx-copy md-button">复制引文</button></p>';
    var a = box.querySelector("a");
    a.href = link; a.textContent = link;
    box.querySelector(".gx-pcite-text").textContent = text;
    box.querySelector("button").addEventListener("click", function (e) { copy(text, e.currentTarget); });
    para.insertAdjacentElement("afterend", box);
  }
  // "Back to top" (Material's navigation.top, whose script the lean frame no longer loads):
  // shown while the reader scrolls up, far from the top; Material's stylesheet draws it.
  function backToTop() {
    var main = document.querySelector(".md-main");
    if (!main) return;
    var top = document.createElement("button"), last = window.scrollY;
    top.type = "button"; top.className = "md-top md-icon"; top.hidden = true;
    top.innerHTML = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M13 20h-2V8l-5.5 5.5-1.42-1.42L12 4.16l7.92 7.92-1.42 1.42L13 8z"/></svg>回到页面顶部';
    top.addEventListener("click", function () { top.hidden = true; top.blur(); window.scrollTo({top: 0}); });
    main.appendChild(top);
    window.addEventListener("scroll", function () {
      var y = window.scrollY;
      top.hidden = !(y < last && y > 400);
      last = y;
    }, {passive: true});
  }
  function init() {
    var stamp = today();
    backToTop();
    document.querySelectorAll(".gx-anchor").forEach(function (a) {
      a.setAttribute("title", "本段链接与引用");
      a.addEventListener("click", function () { citeParagraph(a); });
    });
    document.querySelectorAll(".gx-access").forEach(function (el) { el.textContent = stamp; });
    var bar = document.querySelector(".md-header__inner");
    if (bar) {  // the scheme button: only the script can switch, so only the script adds it
      var button = document.createElement("button");
      button.type = "button"; button.className = "md-header__button md-icon gx-palette";
      bar.insertBefore(button, bar.querySelector(".gx-search"));
      palette(button);
    }
    var box = document.getElementById("cite");
    if (box) try { downloads(box, stamp); } catch (e) { /* the page keeps its other downloads */ }
    document.querySelectorAll(".gx-cite-text[id]").forEach(function (span) {
      var b = document.createElement("button");
      b.type = "button"; b.className = "gx-copy md-button"; b.setAttribute("data-copy", span.id); b.textContent = "复制";
      span.insertAdjacentElement("afterend", b);
      span.insertAdjacentText("afterend", " ");
    });
    document.querySelectorAll("button.gx-copy").forEach(function (b) {
      b.addEventListener("click", function () {
        var el = document.getElementById(b.getAttribute("data-copy"));
        if (el) copy(el.textContent, b);
      });
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();

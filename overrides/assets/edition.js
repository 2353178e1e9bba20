// Cite box: today's date as the access date of an online citation, and copy buttons.
(function () {
  "use strict";
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
  // The downloads carry the access date too: the build cannot know it, so each file gains
  // it here, in the form its format prescribes (as cite.with_access does in the tests).
  function withAccess(text, format, stamp) {
    if (format === "ris") return text.replace("\nER  - ", "\nY2  - " + stamp.replace(/-/g, "/") + "\nER  - ");
    if (format === "bib") {
      var end = text.replace(/\s+$/, "").lastIndexOf("\n}");
      return text.slice(0, end) + ",\n  urldate = {" + stamp + "}\n}\n";
    }
    var data = JSON.parse(text);
    data.forEach(function (d) { d.accessed = {"date-parts": [stamp.split("-").map(Number)]}; });
    return JSON.stringify(data, null, 1) + "\n";
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
  function init() {
    var stamp = today();
    document.querySelectorAll(".gx-anchor").forEach(function (a) {
      a.setAttribute("title", "本段链接与引用");
      a.addEventListener("click", function () { citeParagraph(a); });
    });
    document.querySelectorAll(".gx-access").forEach(function (el) { el.textContent = stamp; });
    document.querySelectorAll("a.gx-dl[data-format]").forEach(function (a) {
      var href = a.getAttribute("href"), comma = href.indexOf(",");
      try {
        var text = withAccess(decodeURIComponent(href.slice(comma + 1)), a.getAttribute("data-format"), stamp);
        a.setAttribute("href", href.slice(0, comma + 1) + encodeURIComponent(text));
      } catch (e) { /* the file stays as built, without the access date */ }
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

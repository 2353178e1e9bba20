// Full-text search for Chinese: every item that contains the query string, found through a
// positional index of character pairs (see build/pipeline/write/search_index.py). Shards are
// loaded with <script> tags, so the search works from file:// as well as over HTTP.
(function () {
  "use strict";
  var SEP = "\u0001";
  var loaded = {}, waiting = {}, meta = null;
  // The site's root, from where this script is (assets/gxsearch.js): pages carry no config.
  var self = document.currentScript && document.currentScript.getAttribute("src");
  var base = self ? self.replace(/assets\/gxsearch\.js$/, "") : "";

  var api = window.gxSearch = {
    load: function (name, data) {
      loaded[name] = data;
      (waiting[name] || []).forEach(function (w) { w[0](data); });
      delete waiting[name];
    },
    search: search,
    normalize: normalize
  };

  function need(name, path) {
    return new Promise(function (resolve, reject) {
      if (name in loaded) return resolve(loaded[name]);
      var first = !waiting[name];
      (waiting[name] = waiting[name] || []).push([resolve, reject]);
      if (!first) return;
      var s = document.createElement("script");
      s.src = base + "gxsearch/" + path;
      s.async = true;
      // every caller waiting for the file hears of its failure, and a later call tries again
      s.onerror = function () {
        var ws = waiting[name] || [];
        delete waiting[name];
        s.remove();
        ws.forEach(function (w) { w[1](new Error("search index missing: " + path)); });
      };
      document.head.appendChild(s);
    });
  }

  // as the index: NFKC, lower case, no white space
  function normalize(text) { return text.normalize("NFKC").toLowerCase().replace(/\s+/g, ""); }

  function hash(key) {
    var h = 0;
    for (var ch of key) h = (h * 31 + ch.codePointAt(0)) >>> 0;
    return h;
  }

  function chars(s) { return Array.from(s); }

  // Postings (see enc in search_index.py): numbers with no separators, each ending in a
  // character of FINAL (59 values) after any of MORE (32), from printable ASCII without " \ <.
  var ALPHABET = "", VALUE = new Int8Array(128).fill(-1);
  for (var c = 0x21; c < 0x7f; c++) if ('"\\<'.indexOf(String.fromCharCode(c)) < 0) ALPHABET += String.fromCharCode(c);
  for (var v = 0; v < ALPHABET.length; v++) VALUE[ALPHABET.charCodeAt(v)] = v;

  // postings string -> Map(doc -> positions) for a pair, Map(doc -> [count, first position])
  // for a single character
  function docsOf(str, single) {
    var map = new Map();
    if (!str) return map;
    var at = 0, doc = 0, n = str.length;
    function num() {
      for (var acc = 0; ;) {
        var v = VALUE[str.charCodeAt(at++)];
        if (v < 32) acc = acc * 32 + v; else return acc * 59 + v - 32;
      }
    }
    while (at < n) {
      var h = num(), k = h % 2 ? num() + 2 : 1;
      doc += Math.floor(h / 2);
      if (single) { map.set(doc, [k, num()]); continue; }
      var pos = new Array(k), p = num();
      pos[0] = p;
      for (var j = 1; j < k; j++) { p += num() + 1; pos[j] = p; }
      map.set(doc, pos);
    }
    return map;
  }

  var metaLoad = null;  // one promise, however many searches wait
  function getMeta() {
    return metaLoad || (metaLoad = need("meta", "meta.js").then(function (m) { m.docs = []; m.unpacked = {}; meta = m; return m; },
                                                              function (e) { metaLoad = null; throw e; }));
  }

  // The rows of the given documents, in m.docs: only the chunks of meta (m/N.js) that hold
  // them are loaded, so a query pays for its hits' rows, not for the whole archive's.
  function rowsOf(docs, m) {
    var chunks = new Set();
    docs.forEach(function (d) { chunks.add(Math.floor(d / m.chunk)); });
    return Promise.all(Array.from(chunks).map(function (c) {
      return need("m" + c, "m/" + c + ".js").then(function (str) {
        if (!m.unpacked[c]) { rows(str, c * m.chunk, m.docs); m.unpacked[c] = true; }
      });
    }));
  }

  // a chunk of meta's rows, one string in the postings' numbers (see search_index.py), as
  // arrays from number `from` on: [district, year, kind, title end, entities end, date
  // YYYYMMDD or 0, sort date if any]; 0 for a number no item has
  function rows(str, from, out) {
    var at = 0, n = from, last = 0;
    function num() {
      for (var acc = 0; ;) {
        var v = VALUE[str.charCodeAt(at++)];
        if (v < 32) acc = acc * 32 + v; else return acc * 59 + v - 32;
      }
    }
    function ymd(days) {
      if (!days) return 0;
      var d = new Date(Date.UTC(1969, 11, 31) + days * 864e5);
      return d.getUTCFullYear() * 10000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
    }
    // a date is its change from the chunk's last date, zigzag, + 1 (0: no date)
    function date() {
      var z = num();
      if (!z) return 0;
      z -= 1;
      last += z % 2 ? -(z + 1) / 2 : z / 2;
      return ymd(last);
    }
    while (at < str.length) {
      var district = num();
      if (!district) { out[n++] = 0; continue; }
      var year = num(), kind = num(), head = num(), ents = head + num(), r = [district - 1, year, kind >> 1, head, ents, date()];
      if (kind & 1) r.push(date());
      out[n++] = r;
    }
  }

  function shardFor(key, m) { return hash(key) % m.shards; }

  // The postings of a key: in its shard, or, for a big key, in the file the shard names.
  function postingsOf(key, m) {
    var s = shardFor(key, m);
    return need("k" + s, "k/" + s + ".js").then(function (shard) {
      var v = shard[key];
      return typeof v === "number" ? need("k" + s + "-" + v, "k/" + s + "-" + v + ".js") : v;
    });
  }

  // The pairs that find q exactly, as [offset in q, pair]: every other pair, and the last,
  // cover every character; where each follows the one before at its offset, q is there.
  // Half the files of all the pairs.
  function cover(cs) {
    if (cs.length === 1) return [[0, cs[0]]];
    var out = [];
    for (var i = 0; i < cs.length - 1; i += 2) out.push([i, cs[i] + cs[i + 1]]);
    if (out[out.length - 1][0] !== cs.length - 2) out.push([cs.length - 2, cs[cs.length - 2] + cs[cs.length - 1]]);
    return out;
  }

  // The exact matches of q, ranked, and (for longer queries) items holding most of its pairs.
  function search(query) {
    var q = normalize(query);
    if (!q) return Promise.resolve({ query: q, exact: [], partial: [] });
    return getMeta().then(function (m) {
      var cs = chars(q), keys = cover(cs);
      return Promise.all(keys.map(function (k) { return postingsOf(k[1], m); })).then(function (got) {
        var lists = got.map(function (str) { return docsOf(str, cs.length === 1); });
        var found = match(cs.length, keys.map(function (k) { return k[0]; }), lists);
        // with 8 exact hits or fewer, the first results are known before their rows are (the
        // rows only order them): their records load meanwhile, not one step later
        if (found.exact.length <= 8) {
          found.exact.concat(found.partial).slice(0, 8).forEach(function (r) {
            var b = Math.floor(r.doc / m.block);
            need("t" + b, "t/" + b + ".js").catch(function () {});
          });
        }
        // the exact hits' rows rank them; the partial ones are shown in the header as they
        // come (most pairs, later numbers first), and the search page loads their rows itself
        return rowsOf(found.exact.map(function (r) { return r.doc; }), m).then(function () {
          return rank(q, found, m);
        });
      });
    });
  }

  // Where the pairs follow one another at their offsets: {exact: [{doc, count, first}],
  // partial: the 200 items holding most pairs without the whole (for 3 characters or more)}
  function match(n, offsets, lists) {
    var exact = [], partial = [];
    if (n === 1) {
      lists[0].forEach(function (p, doc) { exact.push({ doc: doc, count: p[0], first: p[1] }); });
      return { exact: exact, partial: partial };
    }
    var order = lists.map(function (l, i) { return i; }).sort(function (a, b) { return lists[a].size - lists[b].size; });
    var rarest = lists[order[0]], o0 = offsets[order[0]];
    rarest.forEach(function (pos, doc) {
      for (var j = 1; j < order.length; j++) if (!lists[order[j]].has(doc)) return;
      var sets = lists.map(function (l, i) { return i === order[0] ? null : new Set(l.get(doc)); });
      var count = 0, first = -1;
      pos.forEach(function (p) {
        var start = p - o0;
        for (var i = 0; i < lists.length; i++) if (i !== order[0] && !sets[i].has(start + offsets[i])) return;
        count++;
        if (first < 0) first = start;
      });
      if (count) exact.push({ doc: doc, count: count, first: first });
    });
    if (n >= 3) {
      var seen = new Set(exact.map(function (r) { return r.doc; })), hits = new Map();
      lists.forEach(function (l) { l.forEach(function (_, doc) { if (!seen.has(doc)) hits.set(doc, (hits.get(doc) || 0) + 1); }); });
      var half = Math.ceil(lists.length / 2);
      hits.forEach(function (h, doc) { if (h >= half) partial.push({ doc: doc, score: h, count: 0, first: -1, part: true }); });
      // the 200 kept before their dates are known: most pairs, then the later numbers
      partial.sort(function (a, b) { return b.score - a.score || b.doc - a.doc; });
      partial = partial.slice(0, 200);
    }
    return { exact: exact, partial: partial };
  }

  function rank(q, found, m) {
    var exact = found.exact.map(function (r) { return scored(r.doc, r.count, r.first, m); });
    exact.sort(function (a, b) { return b.score - a.score || newer(a, b, m); });
    return { query: q, exact: exact, partial: found.partial };
  }

  function scored(doc, count, first, m) {
    var d = m.docs[doc], where = first < d[3] ? "title" : first < d[4] ? "entity" : "body";
    var score = (where === "title" ? 1e6 : where === "entity" ? 5e5 : 0) + Math.min(count, 50) * 1000;
    return { doc: doc, score: score, count: count, first: first, where: where };
  }

  // Newest first, undated last. Document numbers follow the order ids were given (the id
  // lock's), not dates, so the date decides (an undated item's bulletin's date, docs[6], where
  // it has one); items of one day by number, the later first.
  function when(doc, m) { var d = m.docs[doc]; return d[6] || d[5]; }
  function newer(a, b, m) { return when(b.doc, m) - when(a.doc, m) || b.doc - a.doc; }

  // Display records for results (url, title, kicker, date, district, kind, text).
  function records(results, m) {
    var blocks = Array.from(new Set(results.map(function (r) { return Math.floor(r.doc / m.block); })));
    return Promise.all(blocks.map(function (b) { return need("t" + b, "t/" + b + ".js"); })).then(function () {
      return results.map(function (r) {
        var rec = loaded["t" + Math.floor(r.doc / m.block)][r.doc % m.block];
        return { r: r, url: rec[0], title: rec[1], kicker: rec[2], date: rec[3], district: rec[4], kind: rec[5], text: rec[6] };
      });
    });
  }
  api.records = function (results) { return getMeta().then(function (m) { return records(results, m); }); };
  api.meta = getMeta;
  api.base = base;

  function esc(s) { return s.replace(/[&<>"']/g, function (c) { return "&#" + c.charCodeAt(0) + ";"; }); }

  // Highlight q in text (compared after normalization); a window around the first match.
  function snippet(text, q, width) {
    var norm = "", map = [], i = 0;
    for (var ch of text) {
      if (!/\s/.test(ch)) { var n = ch.normalize("NFKC").toLowerCase(); for (var k = 0; k < n.length; k++) map.push(i); norm += n; }
      i += ch.length;
    }
    var at = norm.indexOf(q);
    if (at < 0) return esc(text.slice(0, width)) + (text.length > width ? "…" : "");
    var s = map[at], e = map[at + q.length - 1] + 1;
    var from = Math.max(0, s - Math.floor(width / 3)), to = Math.min(text.length, from + width);
    var out = (from ? "…" : "") + esc(text.slice(from, s)) + "<mark>" + esc(text.slice(s, e)) + "</mark>" + esc(text.slice(e, to)) + (to < text.length ? "…" : "");
    return out.replace(/\n/g, " ");
  }
  api.snippet = snippet;

  function item(rec, q, option) {
    var kind = rec.kind === "photo" ? "图片" : "文章";
    var title = rec.title ? esc(rec.title) : "〔" + kind + "〕";
    var head = rec.title ? snippet(rec.title, q, 80) : title;
    var meta = [rec.date || "日期不详", rec.district, kind].filter(Boolean).join(" · ");
    return '<a class="gx-hit"' + (option ? ' role="option"' : "") + ' href="' + esc(base + rec.url) + '">' +
      '<span class="gx-hit-title">' + head + "</span>" +
      '<span class="gx-hit-meta">' + esc(meta) + (rec.r.part ? " · 部分匹配" : "") + "</span>" +
      '<span class="gx-hit-snippet">' + snippet(rec.text, q, 90) + "</span></a>";
  }
  api.item = item;

  // The header box: results as you type, arrows to move, Enter to open, Esc to close, / to focus.
  function header() {
    var form = document.querySelector("form.gx-search");
    if (!form) return;
    // The results list and the combobox roles are added here: without this script the box
    // cannot suggest anything, and the page need not carry them (issue 15, lean pages).
    var input = form.querySelector("input"), panel = form.querySelector(".gx-search-results");
    if (!panel) {
      panel = document.createElement("div");
      panel.className = "gx-search-results"; panel.id = "gx-search-results"; panel.hidden = true;
      panel.setAttribute("role", "listbox"); panel.setAttribute("aria-label", "搜索结果");
      form.appendChild(panel);
    }
    input.setAttribute("autocomplete", "off"); input.setAttribute("role", "combobox");
    input.setAttribute("aria-expanded", "false"); input.setAttribute("aria-controls", panel.id);
    var active = -1, timer = null, seq = 0;
    function close() { panel.hidden = true; active = -1; input.setAttribute("aria-expanded", "false"); }
    function move(d) {
      var hits = panel.querySelectorAll(".gx-hit");
      if (!hits.length) return;
      if (active >= 0) hits[active].classList.remove("gx-active");
      active = (active + d + hits.length) % hits.length;
      hits[active].classList.add("gx-active");
      hits[active].scrollIntoView({ block: "nearest" });
    }
    function run() {
      var q = input.value, mine = ++seq;
      if (!normalize(q)) return close();
      search(q).then(function (res) {
        var top = res.exact.slice(0, 8);
        if (top.length < 8) top = top.concat(res.partial.slice(0, 8 - top.length));
        return records(top, meta).then(function (recs) {
          if (mine !== seq) return;
          var more = base + "search.html?q=" + encodeURIComponent(q);
          panel.innerHTML = (recs.length ? recs.map(function (r) { return item(r, res.query, true); }).join("") : '<p class="gx-none">没有找到包含“' + esc(q) + '”的文章</p>') +
            '<a class="gx-more" href="' + esc(more) + '">全部结果（精确匹配 ' + res.exact.length + " 篇）→</a>";
          panel.hidden = false; active = -1; input.setAttribute("aria-expanded", "true");
          document.dispatchEvent(new CustomEvent("gxsearch:results", { detail: { query: q, count: res.exact.length } }));
        });
      }).catch(function (e) { panel.innerHTML = '<p class="gx-none">' + esc(String(e.message || e)) + "</p>"; panel.hidden = false; });
    }
    // meta is needed by any query: its loading starts with the first key, not after the pause
    function warm() { getMeta().catch(function () {}); }
    // and so are the postings of what is typed: they load during the pause (the pairs of a
    // string being typed are mostly the pairs of the one searched)
    function prefetch() {
      var cs = chars(normalize(input.value));
      if (!cs.length) return;
      getMeta().then(function (m) { cover(cs).forEach(function (k) { postingsOf(k[1], m).catch(function () {}); }); }).catch(function () {});
    }
    input.addEventListener("input", function () { prefetch(); clearTimeout(timer); timer = setTimeout(run, 60); });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown") { e.preventDefault(); move(1); }
      else if (e.key === "ArrowUp") { e.preventDefault(); move(-1); }
      else if (e.key === "Escape") { close(); input.blur(); }
      else if (e.key === "Enter" && active >= 0) { e.preventDefault(); panel.querySelectorAll(".gx-hit")[active].click(); }
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      if (normalize(input.value)) location.href = base + "search.html?q=" + encodeURIComponent(input.value);
    });
    document.addEventListener("keydown", function (e) {
      var t = e.target;
      if ((e.key === "/" || e.key === "s") && !(t && (t.isContentEditable || /INPUT|TEXTAREA|SELECT/.test(t.tagName)))) { e.preventDefault(); input.focus(); input.select(); }
    });
    document.addEventListener("click", function (e) { if (!form.contains(e.target)) close(); });
    input.addEventListener("focus", function () { warm(); if (panel.innerHTML && normalize(input.value)) panel.hidden = false; });
  }

  // The search page: all results, 50 at a time. Filters are ids in the URL, so a saved
  // address keeps its meaning when the edition grows: ?district=pingdingshan&year=2024
  // &kind=photo&from=2023-01&to=2024-12&sort=date. Above the list, hits per month as a chart.
  var FILTERS = ["district", "year", "kind", "from", "to", "sort"];

  // "2024-03" or "2024-03-05" or "2024" -> YYYYMMDD bound (low or high end); NaN if unreadable
  function bound(v, high) {
    var m = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec(v || "");
    if (!m) return NaN;
    var mo = m[2] ? +m[2] : (high ? 12 : 1), d = m[3] ? +m[3] : (high ? 31 : 1);
    return +m[1] * 10000 + mo * 100 + d;
  }

  // Hits per month from the first to the last month with a hit, as an inline SVG (no library,
  // nothing loaded: works offline). Returns "" when no hit has a date.
  function chart(results, m) {
    var counts = new Map(), undated = 0;
    results.forEach(function (r) {
      var d = m.docs[r.doc][5];
      if (!d) { undated++; return; }
      var k = Math.floor(d / 100);
      counts.set(k, (counts.get(k) || 0) + 1);
    });
    if (!counts.size) return "";
    var keys = Array.from(counts.keys()).sort(), first = keys[0], last = keys[keys.length - 1], months = [];
    for (var k = first; k <= last; k = (k % 100 === 12 ? (Math.floor(k / 100) + 1) * 100 + 1 : k + 1)) months.push(k);
    var max = Math.max.apply(null, Array.from(counts.values()));
    var W = 640, H = 140, pad = 24, bw = (W - 2 * pad) / months.length;
    function label(k) { return Math.floor(k / 100) + "年" + (k % 100) + "月"; }
    var bars = months.map(function (k, i) {
      var n = counts.get(k) || 0, h = n ? Math.max(2, (H - 2 * pad) * n / max) : 0;
      return '<rect class="gx-bar" data-month="' + k + '" data-count="' + n + '" x="' + (pad + i * bw + bw * 0.1).toFixed(1) + '" y="' + (H - pad - h).toFixed(1) +
        '" width="' + Math.max(1, bw * 0.8).toFixed(1) + '" height="' + h.toFixed(1) + '"><title>' + label(k) + "：" + n + " 篇</title></rect>";
    }).join("");
    var summary = months.filter(function (k) { return counts.get(k); }).map(function (k) { return label(k) + " " + counts.get(k) + " 篇"; }).join("，");
    return '<svg viewBox="0 0 ' + W + " " + H + '" role="img" aria-label="每月命中篇数：' + esc(summary) + (undated ? "；日期不详 " + undated + " 篇" : "") + '">' +
      '<line class="gx-axis" x1="' + pad + '" y1="' + (H - pad) + '" x2="' + (W - pad) + '" y2="' + (H - pad) + '"/>' + bars +
      '<text x="' + pad + '" y="' + (H - 6) + '">' + label(first) + "</text>" +
      '<text x="' + (W - pad) + '" y="' + (H - 6) + '" text-anchor="end">' + label(last) + "</text>" +
      '<text x="' + pad + '" y="' + (pad - 8) + '">最多 ' + max + " 篇/月</text></svg>" +
      (undated ? '<p class="gx-meta">另有日期不详 ' + undated + " 篇</p>" : "");
  }
  api.chart = chart;

  function page() {
    var root = document.getElementById("gx-search-page");
    if (!root) return;
    var params = new URLSearchParams(location.search);
    var form = root.querySelector("form"), input = form.querySelector("input[name=q]");
    var out = root.querySelector(".gx-search-list"), status = root.querySelector(".gx-search-status");
    var fig = root.querySelector(".gx-chart");
    function field(n) { return form.querySelector("[name=" + n + "]"); }
    input.value = params.get("q") || "";
    getMeta().then(function (m) {
      function fill(name, values, labels) {
        var sel = field(name);
        values.forEach(function (v, i) { var o = document.createElement("option"); o.value = v; o.textContent = labels[i]; sel.appendChild(o); });
      }
      fill("district", m.district_ids, m.districts);
      fill("year", m.years.map(function (y) { return y || "unknown"; }), m.years.map(function (y) { return y || "年份不详"; }));
      FILTERS.forEach(function (n) { if (params.get(n) !== null) field(n).value = params.get(n); });
      var shown = 0, all = [];
      function more() {
        var slice = all.slice(shown, shown + 50);
        records(slice, m).then(function (recs) {
          out.insertAdjacentHTML("beforeend", recs.map(function (r) { return "<li>" + item(r, normalize(input.value)) + "</li>"; }).join(""));
          shown += slice.length;
          root.querySelector(".gx-search-more").hidden = shown >= all.length;
        });
      }
      function run() {
        var q = input.value;
        out.innerHTML = ""; shown = 0; fig.hidden = true;
        if (!normalize(q)) { status.textContent = "请输入要查找的字词。"; return; }
        var di = m.district_ids.indexOf(field("district").value), yv = field("year").value;
        var yi = m.years.indexOf(yv === "unknown" ? "" : yv), ki = m.kinds.indexOf(field("kind").value);
        var lo = bound(field("from").value, false), hi = bound(field("to").value, true), sort = field("sort").value;
        var t0 = performance.now();
        search(q).then(function (res) {
          return rowsOf(res.partial.map(function (r) { return r.doc; }), m).then(function () { return res; });
        }).then(function (res) {
          res.partial.sort(function (a, b) { return b.score - a.score || newer(a, b, m); });
          function keep(r) {
            var d = m.docs[r.doc];
            return (!field("district").value || d[0] === di) && (!yv || d[1] === yi) && (!field("kind").value || d[2] === ki) &&
              (isNaN(lo) || d[5] >= lo) && (isNaN(hi) || (d[5] && d[5] <= hi));
          }
          var exact = res.exact.filter(keep), partial = res.partial.filter(keep);
          // by date, undated last either way; items of one day in the order of their numbers
          var by = { "date": function (a, b) { return newer(a, b, m); },
                     "date-asc": function (a, b) { return (m.docs[a.doc][5] || 1e9) - (m.docs[b.doc][5] || 1e9) || a.doc - b.doc; } }[sort];
          if (by) { exact.sort(by); partial.sort(by); }
          all = exact.concat(partial);
          status.textContent = "“" + q + "”：精确匹配 " + exact.length + " 篇" + (partial.length ? "，部分匹配 " + partial.length + " 篇" : "") + "（" + Math.round(performance.now() - t0) + " 毫秒）";
          var svg = chart(exact, m);
          fig.querySelector(".gx-chart-svg").innerHTML = svg;
          fig.hidden = !svg;
          // a bar narrows the search to its month
          fig.querySelectorAll("rect.gx-bar").forEach(function (r) {
            var k = r.getAttribute("data-month"), month = k.slice(0, 4) + "-" + k.slice(4);
            r.addEventListener("click", function () { field("from").value = month; field("to").value = month; form.requestSubmit(); });
          });
          more();
        });
      }
      form.addEventListener("submit", function (e) {
        e.preventDefault();
        var p = new URLSearchParams();
        p.set("q", input.value);
        FILTERS.forEach(function (n) { var v = field(n).value; if (v !== "") p.set(n, v); });
        history.replaceState(null, "", "?" + p.toString());
        run();
      });
      form.querySelectorAll("select, input[type=month]").forEach(function (s) { s.addEventListener("change", function () { form.requestSubmit(); }); });
      root.querySelector(".gx-search-more").addEventListener("click", more);
      run();
    });
  }

  function init() { header(); page(); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();

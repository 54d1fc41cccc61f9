/* kg: what the static viewer (viewer.js) and the live explorer (explorer.js) share. Defines
 * window.kgCommon. Text from articles and users only ever reaches the page through
 * textContent or text nodes (never innerHTML), and links are made only from http(s) URLs. */
window.kgCommon = (function () {
  "use strict";

  // ------------------------------------------------------------------ DOM helpers (text only)
  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === undefined || v === null) return;
      if (k === "text") node.textContent = v;
      else if (k === "class") node.className = v;
      else if (k === "onclick") node.addEventListener("click", v);
      else node.setAttribute(k, v);
    });
    for (var a = 2; a < arguments.length; a++) {
      var c = arguments[a];
      if (c === null || c === undefined) continue;
      node.append(c);  // strings become text nodes
    }
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  var SAFE_URL = /^https?:\/\/[^\s"'<>\\]+$/i;
  function link(url, text) {
    if (!url || !SAFE_URL.test(url)) return document.createTextNode(text);
    return el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: text });
  }
  function fmtConf(c, ui) { return (c === null || c === undefined) ? "?" : Number(c).toFixed(2).replace(".", ui.decimal); }
  function statusBadge(st, statuses) {
    var asserting = st === "asserted" || st === "reported" || st === "presupposed";
    return el("span", { "class": "kg-badge" + (asserting ? "" : " kg-unasserted"), text: statuses[st] || st });
  }
  function dl(rows) {
    var list = el("dl");
    rows.forEach(function (r) { if (r[1] !== null && r[1] !== undefined && r[1] !== "") list.append(el("dt", { text: r[0] }), el("dd", null, r[1])); });
    return list;
  }

  // ------------------------------------------------------------------ legend swatches
  var SHAPES = {
    dot: function (c) { return ["circle", { cx: 7, cy: 7, r: 6, fill: c }]; },
    square: function (c) { return ["rect", { x: 1.5, y: 1.5, width: 11, height: 11, fill: c }]; },
    box: function (c) { return ["rect", { x: 0.5, y: 3, width: 13, height: 8, rx: 2, fill: c }]; },
    document: function (c) { return ["polygon", { points: "2.5,0.5 8.5,0.5 11.5,3.5 11.5,13.5 2.5,13.5", fill: c }]; },
    triangle: function (c) { return ["polygon", { points: "7,1 13.5,13 0.5,13", fill: c }]; },
    diamond: function (c) { return ["polygon", { points: "7,0.5 13.5,7 7,13.5 0.5,7", fill: c }]; },
    hexagon: function (c) { return ["polygon", { points: "3.5,1 10.5,1 14,7 10.5,13 3.5,13 0,7", fill: c }]; },
    star: function (c) { return ["polygon", { points: "7,0.5 8.8,5 13.5,5.2 9.8,8.2 11.1,13 7,10.3 2.9,13 4.2,8.2 0.5,5.2 5.2,5", fill: c }]; },
  };
  var SVG = "http://www.w3.org/2000/svg";
  function svgEl(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { if (k === "text") node.textContent = attrs[k]; else node.setAttribute(k, attrs[k]); });
    return node;
  }
  function swatch(shape, color) {
    var svg = svgEl("svg", { viewBox: "0 0 14 14", "class": "kg-swatch", "aria-hidden": "true" });
    var spec = (SHAPES[shape] || SHAPES.dot)(color);
    var s = svgEl(spec[0], spec[1]);
    s.setAttribute("stroke", "#2b2b2b"); s.setAttribute("stroke-width", "0.6");
    svg.appendChild(s);
    return svg;
  }

  // ------------------------------------------------------------------ article nodes: a page with a folded corner
  function documentRenderer(p) {
    var s = p.style.size || 12, w = s * 1.5, h = s * 1.9, x0 = p.x - w / 2, y0 = p.y - h / 2, fold = w * 0.32;
    return {
      drawNode: function () {
        var ctx = p.ctx;
        ctx.beginPath();
        ctx.moveTo(x0, y0); ctx.lineTo(x0 + w - fold, y0); ctx.lineTo(x0 + w, y0 + fold);
        ctx.lineTo(x0 + w, y0 + h); ctx.lineTo(x0, y0 + h); ctx.closePath();
        ctx.fillStyle = p.style.color; ctx.fill();
        ctx.lineWidth = p.state.selected ? 3 : (p.style.borderWidth || 1);
        ctx.strokeStyle = p.style.borderColor; ctx.stroke();
        ctx.beginPath();
        ctx.moveTo(x0 + w - fold, y0); ctx.lineTo(x0 + w - fold, y0 + fold); ctx.lineTo(x0 + w, y0 + fold);
        ctx.strokeStyle = "rgba(255,255,255,0.8)"; ctx.lineWidth = 1; ctx.stroke();
        for (var k = 1; k <= 3; k++) {  // lines of text
          var ly = y0 + h * (0.25 + 0.2 * k);
          ctx.beginPath(); ctx.moveTo(x0 + w * 0.2, ly); ctx.lineTo(x0 + w * 0.8, ly); ctx.stroke();
        }
      },
      nodeDimensions: { width: w, height: h },
    };
  }
  /** vis-network options ready to use: classes drawn as documents get their renderer. */
  function prepareOptions(options, classes) {
    classes.forEach(function (c) {
      if (c.shape === "document" && options.groups && options.groups[c.id]) options.groups[c.id].ctxRenderer = documentRenderer;
    });
    return options;
  }

  // ------------------------------------------------------------------ labels
  // vis-network draws no node label (its threshold is never reached): this layer draws them
  // after each frame, in screen pixels, the most important first. Labels marked "always" (the
  // best-connected nodes) are drawn at every zoom, at least MIN_PX high; the others only where
  // they overlap no label already drawn, so more appear as one zooms in. When src.veil() lists
  // nodes (a highlighted neighbourhood), src.underlay(ctx) veils the drawing and those nodes
  // are labelled again on top.
  var FACE = "system-ui, -apple-system, Segoe UI, Roboto, sans-serif";
  var MIN_PX = 12, MAX_PX = 26, PAD = 3, CELL = 64, MAX_LABELS = 400;
  function labelLayer(network, src) {
    var measure = document.createElement("canvas").getContext("2d");
    var widths = new Map(), last = [], cost = 0;
    // Text widths at 10 px, measured once a label is drawn; until then estimated from its length
    // (measuring every label of a large graph on the first frame would take longer than drawing it).
    function width10(text, bold, exact) {
      var key = (bold ? "b" : "n") + text, w = widths.get(key);
      if (w === undefined && !exact) return text.length * (bold ? 6.8 : 6.2);  // generous: exact ones are narrower
      if (w === undefined) { measure.font = (bold ? "600 " : "") + "10px " + FACE; w = measure.measureText(text).width; widths.set(key, w); }
      return w;
    }
    network.on("afterDrawing", function (ctx) {
      var started = performance.now();
      var body = network.body, view = body.view, scale = view.scale, tr = view.translation;
      var ratio = (network.canvas && network.canvas.pixelRatio) || window.devicePixelRatio || 1;
      var W = ctx.canvas.width / ratio, H = ctx.canvas.height / ratio;
      var drawn = [];
      // One pass: label the nodes of ids in order, where there is room (always(i, id): wherever);
      // a node labelled in an earlier pass (in before) keeps that label's place and look.
      function pass(ids, always, before) {
        var grid = new Map();
        function free(r) {
          for (var cx = Math.floor(r.x / CELL); cx <= Math.floor((r.x + r.w) / CELL); cx++)
            for (var cy = Math.floor(r.y / CELL); cy <= Math.floor((r.y + r.h) / CELL); cy++) {
              var list = grid.get(cx + "," + cy);
              if (list) for (var k = 0; k < list.length; k++) {
                var o = list[k];
                if (r.x < o.x + o.w + PAD && o.x < r.x + r.w + PAD && r.y < o.y + o.h + PAD && o.y < r.y + r.h + PAD) return false;
              }
            }
          return true;
        }
        function take(r) {
          for (var cx = Math.floor(r.x / CELL); cx <= Math.floor((r.x + r.w) / CELL); cx++)
            for (var cy = Math.floor(r.y / CELL); cy <= Math.floor((r.y + r.h) / CELL); cy++) {
              var key = cx + "," + cy, list = grid.get(key);
              if (!list) grid.set(key, list = []);
              list.push(r);
            }
        }
        var out = [];
        ctx.save();
        ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
        ctx.textAlign = "center"; ctx.textBaseline = "top"; ctx.lineJoin = "round";
        for (var i = 0; i < ids.length && out.length < MAX_LABELS; i++) {
          var id = ids[i], node = body.nodes[id];
          if (!node || node.options.hidden) continue;
          var text = src.label(id);
          if (!text) continue;
          var base = src.font(id), must = always(i, id), old = before && before.get(id);
          var px = Math.min(Math.max(base * scale, MIN_PX + (base - 14) * 0.4), MAX_PX);
          if (old) { must = old.always; px = old.px; }
          var sx = node.x * scale + tr.x, sy = node.y * scale + tr.y;
          var half = (node.shape && node.shape.height ? node.shape.height / 2 : (node.options.size || 10)) * scale;
          var bold = base >= 18;  // the hubs in bold
          var w = width10(text, bold) * px / 10, h = px * 1.15, gap = half + 2, r = null;
          if (sx + w / 2 + gap + w < 0 || sx - w - gap > W || sy + gap + h < 0 || sy - gap - h > H) continue;
          // below the node, else above, right or left of it; a label that must be drawn also tries
          // farther places, and goes below the node, on a white box, when none is free
          var spots = [[sx - w / 2, sy + gap], [sx - w / 2, sy - gap - h], [sx + gap + 2, sy - h / 2], [sx - gap - 2 - w, sy - h / 2]];
          var near = spots.length;
          if (must) {  // rings of places around the node, farther and farther, joined to it by a line
            for (var ring = 1; ring <= 6; ring++) {
              for (var a = 0; a < 8; a++) {
                var ang = Math.PI / 2 + a * Math.PI / 4, dist = gap + ring * (h + 6);
                spots.push([sx + Math.cos(ang) * dist * 2 - w / 2, sy + Math.sin(ang) * dist - h / 2]);
              }
            }
          }
          if (old) spots = [[old.x, old.y]];
          var far = false;
          for (var k = 0; k < spots.length && !r; k++) {
            var c = { x: spots[k][0], y: spots[k][1], w: w, h: h };
            if (free(c)) { r = c; far = k >= near && !old; }
          }
          var boxed = false;
          if (!r && (must || old)) { r = { x: spots[0][0], y: spots[0][1], w: w, h: h }; boxed = !old; }
          if (!r) continue;
          var exact = width10(text, bold, true) * px / 10;
          r.x += (w - exact) / 2; r.w = exact; w = exact;
          take(r);
          if (boxed) { ctx.fillStyle = "rgba(255,255,255,0.9)"; ctx.fillRect(r.x - 2, r.y - 1, r.w + 4, r.h + 1); }
          if (far) {
            ctx.beginPath(); ctx.moveTo(sx, sy);
            ctx.lineTo(Math.min(Math.max(sx, r.x), r.x + r.w), r.y + (sy < r.y ? 0 : r.h));
            ctx.strokeStyle = "rgba(31,35,40,0.55)"; ctx.lineWidth = 1; ctx.stroke();
          }
          ctx.font = (bold ? "600 " : "") + px + "px " + FACE;
          ctx.lineWidth = Math.max(2, px / 4); ctx.strokeStyle = "rgba(255,255,255,0.92)";
          ctx.strokeText(text, r.x + w / 2, r.y);
          ctx.fillStyle = "#1f2328";
          ctx.fillText(text, r.x + w / 2, r.y);
          out.push({ id: id, text: text, x: r.x, y: r.y, w: r.w, h: r.h, px: px, always: !!must });
        }
        ctx.restore();
        return out;
      }
      drawn = pass(src.order(), function (i, id) { return src.always(id); });
      var veiled = src.veil ? src.veil() : null;
      if (veiled) {  // the veil covers them; the neighbourhood it keeps is labelled on top, its centre first
        if (src.underlay) src.underlay(ctx);
        var before = new Map(drawn.map(function (d) { return [d.id, d]; }));
        drawn = pass(veiled, function (i) { return i === 0; }, before);
      }
      last = drawn;
      cost = performance.now() - started;
    });
    return { labels: function () { return last.slice(); }, cost: function () { return cost; } };
  }

  // ------------------------------------------------------------------ evidence
  function evidence(sentence, hl) {
    var q = el("blockquote"), pos = 0;
    (hl || []).forEach(function (h) {
      if (h[0] < pos) return;
      if (h[0] > pos) q.append(sentence.slice(pos, h[0]));
      q.append(el("mark", { "class": "kg-" + (h[2] === "s" ? "s" : "o"), text: sentence.slice(h[0], h[1]) }));
      pos = h[1];
    });
    q.append(sentence.slice(pos));
    return q;
  }
  /** One evidence list: items {sentence, h, st, c, rt, vb, sf, x, article: {title, url, site, published}}. */
  function evidenceList(items, ui, statuses) {
    var list = el("ol", { "class": "kg-evidence" });
    items.forEach(function (s) {
      var meta = el("div", { "class": "kg-meta" });
      var a = s.article;
      if (a) {
        meta.append(ui.article + ui.colon, link(a.url, a.title));
        if (a.site || a.published) meta.append(" (" + [a.site, a.published].filter(Boolean).join(", ") + ")");
        meta.append(el("br"));
      }
      meta.append(statusBadge(s.st, statuses), ui.confidence + " " + fmtConf(s.c, ui));
      [["rt", ui.round], ["vb", ui.basis], ["sf", ui.surface], ["x", ui.extractor]].forEach(function (p) {
        if (s[p[0]]) meta.append(" · " + p[1] + ui.colon + s[p[0]]);
      });
      list.append(el("li", null, evidence(s.sentence, s.h), meta));
    });
    return list;
  }

  // ------------------------------------------------------------------ timeline: funding rounds and valuations
  var FUNDING = "#3b6ea8", VALUATION = "#d97a00";
  function shortNumber(v, ui) {
    var units = ui.decimal === "," ? [[1e9, " Md"], [1e6, " M"], [1e3, " k"]] : [[1e9, "B"], [1e6, "M"], [1e3, "K"]];
    for (var k = 0; k < units.length; k++) if (v >= units[k][0]) return String(Math.round(v / units[k][0] * 10) / 10).replace(".", ui.decimal) + units[k][1];
    return String(v);
  }
  function parseDay(d) { var t = Date.parse(d + "T00:00:00Z"); return isNaN(t) ? null : t; }
  /** A small SVG chart of points {k: "f"|"v", d, v, cur, r, b, t, s, a} (graph/render/timeline.py). */
  function timeline(points, ui) {
    var box = el("div", { "class": "kg-timeline" });
    var dated = points.filter(function (p) { return p.d && parseDay(p.d) !== null && p.v > 0; });
    var undated = points.filter(function (p) { return dated.indexOf(p) < 0; });
    box.append(el("h2", { text: ui.timeline }));
    if (dated.length) {
      var W = 320, H = 170, L = 34, R = 8, T = 18, B = 26;
      var ts = dated.map(function (p) { return parseDay(p.d); });
      var t0 = Math.min.apply(null, ts), t1 = Math.max.apply(null, ts);
      var pad = Math.max((t1 - t0) * 0.08, 120 * 864e5);
      t0 -= pad; t1 += pad;
      var vs = dated.map(function (p) { return Math.log10(p.v); });
      var v0 = Math.min.apply(null, vs), v1 = Math.max.apply(null, vs);
      if (v1 - v0 < 1) { v0 -= 0.5; v1 += 0.5; } else { v0 -= 0.15; v1 += 0.25; }
      var X = function (t) { return L + (W - L - R) * (t - t0) / (t1 - t0); };
      var Y = function (v) { return T + (H - T - B) * (1 - (Math.log10(v) - v0) / (v1 - v0)); };
      var svg = svgEl("svg", { viewBox: "0 0 " + W + " " + H, width: "100%", role: "img", "class": "kg-chart",
        "aria-label": ui.timeline });
      svg.appendChild(svgEl("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: "#8c959f", "stroke-width": 1 }));
      var y0 = new Date(t0).getUTCFullYear(), y1 = new Date(t1).getUTCFullYear(), step = Math.max(1, Math.ceil((y1 - y0 + 1) / 6));
      var ticks = 0;
      for (var y = y0; y <= y1 + 1; y += step) {
        var tx = X(Date.UTC(y, 0, 1));
        if (tx < L || tx > W - R - 26) continue;  // room for the year's label
        ticks++;
        svg.appendChild(svgEl("line", { x1: tx, y1: T - 4, x2: tx, y2: H - B + 4, stroke: "#e1e5ea", "stroke-width": 1 }));
        svg.appendChild(svgEl("text", { x: tx + 2, y: H - B + 16, "font-size": 11, fill: "#57606a", text: String(y) }));
      }
      if (ticks < 2) {  // a short span: its first and last months too
        var first = dated[0].d.slice(0, 7), lastDay = dated[dated.length - 1].d.slice(0, 7);
        svg.appendChild(svgEl("text", { x: L, y: H - 2, "font-size": 10, fill: "#57606a", text: first }));
        if (lastDay !== first) svg.appendChild(svgEl("text", { x: W - R, y: H - 2, "text-anchor": "end", "font-size": 10, fill: "#57606a", text: lastDay }));
      }
      for (var e = Math.ceil(v0); e <= Math.floor(v1); e++) {  // 10^e on the amount axis: 10M, 100M, 1B...
        var ty = Y(Math.pow(10, e));
        svg.appendChild(svgEl("line", { x1: L, y1: ty, x2: W - R, y2: ty, stroke: "#eef1f4", "stroke-width": 1 }));
        svg.appendChild(svgEl("text", { x: L - 4, y: ty + 4, "text-anchor": "end", "font-size": 10, fill: "#57606a",
          text: shortNumber(Math.pow(10, e), ui) }));
      }
      var vals = dated.filter(function (p) { return p.k === "v"; });
      if (vals.length > 1) {
        svg.appendChild(svgEl("polyline", { points: vals.map(function (p) { return X(parseDay(p.d)) + "," + Y(p.v); }).join(" "),
          fill: "none", stroke: VALUATION, "stroke-width": 1.5, "stroke-dasharray": "4 3" }));
      }
      var labelled = dated.length <= 8;
      dated.forEach(function (p) {
        var x = X(parseDay(p.d)), yy = Y(p.v), g = svgEl("g", { "class": "kg-point kg-point-" + p.k });
        var what = p.k === "f" ? (p.r ? p.r + " — " : "") + ui.funding : ui.valuation + (p.b ? " (" + p.b + ")" : "");
        g.appendChild(svgEl("title", { text: what + ui.colon + p.t + " — " + p.d + (p.a ? " — " + p.a : "") }));
        if (p.k === "f") {
          g.appendChild(svgEl("line", { x1: x, y1: H - B, x2: x, y2: yy, stroke: FUNDING, "stroke-width": 2 }));
          g.appendChild(svgEl("circle", { cx: x, cy: yy, r: 4.5, fill: FUNDING }));
        } else {
          g.appendChild(svgEl("polygon", { points: [x, yy - 6, x + 6, yy, x, yy + 6, x - 6, yy].join(","), fill: VALUATION }));
        }
        if (labelled) {
          g.appendChild(svgEl("text", { x: Math.min(Math.max(x, L + 24), W - R - 24), y: yy - 8, "text-anchor": "middle",
            "font-size": 10.5, fill: "#1f2328", text: p.k === "f" && p.r ? p.r + " " + p.s : p.s }));
        }
        svg.appendChild(g);
      });
      box.append(svg);
      box.append(el("div", { "class": "kg-chart-legend" },
        el("span", { "class": "kg-key kg-key-f" }), " " + ui.funding + "  ",
        el("span", { "class": "kg-key kg-key-v" }), " " + ui.valuation + " · " + ui.not_converted));
    }
    if (undated.length) {
      var list = el("ul", { "class": "kg-facts" });
      undated.forEach(function (p) {
        list.append(el("li", null, (p.k === "f" ? (p.r ? p.r + " " : "") + ui.funding : ui.valuation) + ui.colon + p.t +
          (p.a ? " — " + p.a : "")));
      });
      box.append(el("div", { "class": "kg-muted", text: ui.undated }), list);
    }
    return box;
  }

  // ------------------------------------------------------------------ the search box
  // handlers: search(query, done) calls done(items) with items {label, sub, shape, color, ...}
  // (at once or later: an older answer than the last query is dropped); pick(item).
  function searchBox(input, results, ui, handlers) {
    var current = [], cursor = -1, seq = 0, SHOW = 50, total = 0;
    function hide() { results.hidden = true; cursor = -1; }
    function pick(item) { seq++; hide(); input.value = item.label; handlers.pick(item); }  // late answers dropped
    function render() {
      clear(results);
      if (!input.value.trim()) { hide(); return; }
      if (!current.length) results.append(el("li", { "class": "kg-more", text: ui.no_match }));
      current.slice(0, SHOW).forEach(function (item, k) {
        var li = el("li", { role: "option", "aria-selected": k === cursor ? "true" : "false", "data-node": String(item.key) },
          item.shape ? swatch(item.shape, item.color) : null, el("span", { text: item.label }),
          el("span", { "class": "kg-sub", text: item.sub || "" }));
        li.addEventListener("mousedown", function (ev) { ev.preventDefault(); pick(item); });
        results.append(li);
      });
      if (total > SHOW) results.append(el("li", { "class": "kg-more", text: total + " " + ui.matches + " — " + SHOW + " " + ui.shown }));
      results.hidden = false;
    }
    function run() {
      var mine = ++seq, q = input.value;
      if (!q.trim()) { current = []; render(); return; }
      handlers.search(q, function (items, count) {
        if (mine !== seq) return;  // a later query was typed meanwhile
        current = items; total = count === undefined ? items.length : count;
        cursor = current.length ? 0 : -1;
        render();
        if (handlers.shown) handlers.shown(q, items);
      });
    }
    input.addEventListener("input", run);
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
        if (!current.length) return;
        ev.preventDefault();
        var max = Math.min(current.length, SHOW) - 1;
        cursor = ev.key === "ArrowDown" ? Math.min(max, cursor + 1) : Math.max(0, cursor - 1);
        render();
        var sel = results.querySelector('[aria-selected="true"]');
        if (sel) sel.scrollIntoView({ block: "nearest" });
      } else if (ev.key === "Enter") {
        ev.preventDefault();
        if (current.length) pick(current[Math.max(cursor, 0)]);
      }
    });
    input.addEventListener("blur", function () { setTimeout(hide, 100); });
    input.addEventListener("focus", function () { if (input.value.trim()) run(); });
    return { hide: hide };
  }

  return {
    el: el, clear: clear, link: link, fmtConf: fmtConf, statusBadge: statusBadge, dl: dl, swatch: swatch,
    prepareOptions: prepareOptions, labelLayer: labelLayer, evidence: evidence, evidenceList: evidenceList,
    timeline: timeline, searchBox: searchBox, SAFE_URL: SAFE_URL,
  };
})();

/* kg viewer. Reads the graph from the JSON blocks of the page and drives vis-network.
 * Text from articles and users only ever reaches the page through textContent or text
 * nodes (never innerHTML), and links are made only from http(s) URLs. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var options = JSON.parse(document.getElementById("kg-options").textContent);
  var ui = data.ui;
  var N = data.nodes.length, M = data.edges.length;
  var info = data.info, facts = data.facts;

  // ------------------------------------------------------------------ model
  var nodeEdges = [];
  for (var i = 0; i < N; i++) nodeEdges.push([]);
  data.edges.forEach(function (e, j) {
    nodeEdges[e.from].push(j);
    if (e.to !== e.from) nodeEdges[e.to].push(j);
  });
  var focusSet = new Set(data.focus);
  var state = {
    types: new Set(data.classes.map(function (c) { return c.id; })),
    relations: new Set(data.relations.map(function (r, k) { return k; })),
    minConf: data.settings.minConfidence || 0,
    showUnasserted: !!data.settings.showUnasserted,
    hideIsolated: false,
    physics: !!data.settings.physics,
    center: null,        // {kind: "node"|"edge", id}
  };
  var nodeVisible = new Uint8Array(N), edgeVisible = new Uint8Array(M);

  function computeVisibility() {
    var typeOk = new Uint8Array(N);
    for (var i = 0; i < N; i++) typeOk[i] = state.types.has(info[i].t) ? 1 : 0;
    for (var j = 0; j < M; j++) {
      var e = data.edges[j], f = facts[j];
      edgeVisible[j] = (state.relations.has(f.r) && f.c >= state.minConf - 1e-9 &&
        (f.as === 1 || state.showUnasserted) && typeOk[e.from] && typeOk[e.to]) ? 1 : 0;
    }
    for (i = 0; i < N; i++) {
      var v = typeOk[i] === 1;
      if (v && !focusSet.has(i) && (info[i].k === "value" || state.hideIsolated)) {
        v = nodeEdges[i].some(function (k) { return edgeVisible[k] === 1; });
      }
      nodeVisible[i] = v ? 1 : 0;
    }
  }
  computeVisibility();

  var nodesDS = new vis.DataSet(data.nodes);
  var edgesDS = new vis.DataSet(data.edges);
  var nodesView = new vis.DataView(nodesDS, { filter: function (n) { return nodeVisible[n.id] === 1; } });
  var edgesView = new vis.DataView(edgesDS, { filter: function (e) { return edgeVisible[e.id] === 1; } });
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, options);

  var kg = window.kgViewer = {
    network: network, nodes: nodesDS, edges: edgesDS, nodesView: nodesView, edgesView: edgesView,
    data: data, ready: false, stable: false, readyAt: null, stableAt: null,
    counts: function () {
      return { nodes: N, edges: M, visibleNodes: nodesView.length, visibleEdges: edgesView.length,
        drawnNodes: network.body.nodeIndices.length, drawnEdges: network.body.edgeIndices.length };
    },
  };

  // ------------------------------------------------------------------ readiness (tests, benchmark)
  var drawn = false, settled = !state.physics;
  function markStable() {
    if (drawn && settled && !kg.stable) { kg.stable = true; kg.stableAt = performance.now(); document.body.setAttribute("data-stable", "1"); }
  }
  var SETTLE_MS = 1200;  // live physics that has not settled by then is stopped (it restarts on drag)
  network.once("afterDrawing", function () {
    drawn = true; kg.ready = true; kg.readyAt = performance.now();
    document.body.setAttribute("data-ready", "1");
    markStable();
    if (!settled) setTimeout(function () { if (!settled) { network.stopSimulation(); if (!touched && !data.focus.length) network.fit({ animation: false }); settled = true; markStable(); } }, SETTLE_MS);
    if (data.focus.length) selectNode(data.focus[0], { zoom: false });
  });
  var touched = false;  // once the user zooms or drags, the view is theirs
  network.on("dragStart", function () { touched = true; });
  network.on("zoom", function () { touched = true; });
  network.on("stabilized", function () {
    if (!settled && !touched && !data.focus.length) network.fit({ animation: false });
    settled = true; markStable();
  });
  network.fit({ animation: false });

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
  var SAFE_URL = /^https?:\/\/[^\s"'<>\\]+$/i;
  function link(url, text) {
    if (!url || !SAFE_URL.test(url)) return document.createTextNode(text);
    return el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: text });
  }
  function fmtConf(c) { return (c === null || c === undefined) ? "?" : Number(c).toFixed(2).replace(".", ui.decimal); }
  function nodeLink(i) {
    return el("button", { type: "button", "class": "kg-link", text: info[i].l,
      onclick: function () { selectNode(i, { zoom: true }); } });
  }
  function edgeLink(j, text) {
    return el("button", { type: "button", "class": "kg-link kg-rel", text: text,
      onclick: function () { selectEdge(j, { zoom: true }); } });
  }
  function statusBadge(st) {
    var asserting = st === "asserted" || st === "reported" || st === "presupposed";
    return el("span", { "class": "kg-badge" + (asserting ? "" : " kg-unasserted"), text: data.statuses[st] || st });
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  var SHAPES = {
    dot: function (c) { return ["circle", { cx: 7, cy: 7, r: 6, fill: c }]; },
    square: function (c) { return ["rect", { x: 1.5, y: 1.5, width: 11, height: 11, fill: c }]; },
    box: function (c) { return ["rect", { x: 0.5, y: 3, width: 13, height: 8, rx: 2, fill: c }]; },
    triangle: function (c) { return ["polygon", { points: "7,1 13.5,13 0.5,13", fill: c }]; },
    diamond: function (c) { return ["polygon", { points: "7,0.5 13.5,7 7,13.5 0.5,7", fill: c }]; },
    hexagon: function (c) { return ["polygon", { points: "3.5,1 10.5,1 14,7 10.5,13 3.5,13 0,7", fill: c }]; },
    star: function (c) { return ["polygon", { points: "7,0.5 8.8,5 13.5,5.2 9.8,8.2 11.1,13 7,10.3 2.9,13 4.2,8.2 0.5,5.2 5.2,5", fill: c }]; },
  };
  function swatch(shape, color) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 14 14"); svg.setAttribute("class", "kg-swatch"); svg.setAttribute("aria-hidden", "true");
    var spec = (SHAPES[shape] || SHAPES.dot)(color);
    var s = document.createElementNS(ns, spec[0]);
    Object.keys(spec[1]).forEach(function (k) { s.setAttribute(k, spec[1][k]); });
    s.setAttribute("stroke", "#2b2b2b"); s.setAttribute("stroke-width", "0.6");
    svg.appendChild(s);
    return svg;
  }

  // ------------------------------------------------------------------ filters and legend
  function buildFilter(listId, items, set, key, withSwatch) {
    var list = document.getElementById(listId);
    items.forEach(function (item, k) {
      var id = key(item, k);
      var box = el("input", { type: "checkbox", "data-id": String(id) });
      box.checked = set.has(id);
      box.addEventListener("change", function () {
        if (box.checked) set.add(id); else set.delete(id);
        refresh();
      });
      var label = el("label", null, box, withSwatch ? swatch(item.shape, item.color) : null,
        el("span", { text: item.label }), el("span", { "class": "kg-count", text: "(" + item.count + ")" }));
      var li = el("li", null, label);
      if (item.depth) li.style.paddingLeft = (item.depth * 14) + "px";
      list.appendChild(li);
    });
  }
  buildFilter("kg-types", data.classes, state.types, function (c) { return c.id; }, true);
  buildFilter("kg-relations", data.relations, state.relations, function (r, k) { return k; }, false);
  Array.prototype.forEach.call(document.querySelectorAll(".kg-allnone button"), function (b) {
    b.addEventListener("click", function () {
      var on = b.getAttribute("data-all") === "1";
      var target = b.getAttribute("data-target");
      var set = target === "kg-types" ? state.types : state.relations;
      Array.prototype.forEach.call(document.querySelectorAll("#" + target + " input"), function (box) {
        box.checked = on;
        var id = box.getAttribute("data-id");
        var key = target === "kg-types" ? id : Number(id);
        if (on) set.add(key); else set.delete(key);
      });
      refresh();
    });
  });

  var conf = document.getElementById("kg-min-conf"), confOut = document.getElementById("kg-min-conf-value");
  conf.value = String(state.minConf);
  confOut.textContent = fmtConf(state.minConf);
  var pending = false;
  conf.addEventListener("input", function () {
    state.minConf = Number(conf.value);
    confOut.textContent = fmtConf(state.minConf);
    if (!pending) { pending = true; requestAnimationFrame(function () { pending = false; refresh(); }); }
  });
  var unasserted = document.getElementById("kg-unasserted");
  unasserted.checked = state.showUnasserted;
  unasserted.addEventListener("change", function () { state.showUnasserted = unasserted.checked; refresh(); });
  var isolated = document.getElementById("kg-isolated");
  isolated.addEventListener("change", function () { state.hideIsolated = isolated.checked; refresh(); });

  var physicsBtn = document.getElementById("kg-physics");
  function showPhysics() {
    physicsBtn.setAttribute("aria-pressed", state.physics ? "true" : "false");
    physicsBtn.textContent = ui.physics + ui.colon + (state.physics ? ui.physics_on : ui.physics_off);
  }
  showPhysics();
  physicsBtn.addEventListener("click", function () {
    state.physics = !state.physics;
    if (state.physics) moved = true;
    network.setOptions({ physics: { enabled: state.physics } });
    showPhysics();
  });
  document.getElementById("kg-fit").addEventListener("click", function () {
    network.fit({ animation: data.settings.large ? false : { duration: 400 } });
  });
  document.getElementById("kg-clear").addEventListener("click", clearSelection);
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") { hideResults(); clearSelection(); } });

  var moved = state.physics;  // positions in the DataSet are stale once physics ran or a node was dragged
  network.on("dragEnd", function (p) { if (p.nodes.length) moved = true; });
  function storePositions() {
    // network.storePositions() fails on nodes hidden by the views; keep where visible ones are.
    if (!moved) return;
    moved = state.physics;
    var pos = network.getPositions(), updates = [];
    Object.keys(pos).forEach(function (id) {
      var n = nodesDS.get(Number(id)), x = Math.round(pos[id].x), y = Math.round(pos[id].y);
      if (n && (n.x !== x || n.y !== y)) updates.push({ id: n.id, x: x, y: y });
    });
    if (updates.length) nodesDS.update(updates);
  }
  function refresh() {
    storePositions();
    computeVisibility();
    nodesView.refresh();
    edgesView.refresh();
    updateCounts();
    if (state.center) applyHighlight();
  }
  function updateCounts() {
    var c = kg.counts();
    document.getElementById("kg-counts").textContent =
      c.visibleNodes + " " + ui.nodes + ", " + c.visibleEdges + " " + ui.edges + " " + ui.shown +
      " (" + ui.of + " " + N + " / " + M + ")";
  }
  updateCounts();

  // ------------------------------------------------------------------ highlight
  // The neighbourhood is highlighted by veiling the whole drawing after vis-network has drawn
  // it, then drawing the neighbourhood again on top: no data update, so it costs the same on
  // 20 nodes and on 5,000 (a DataSet update re-processes every node and edge).
  var veil = null;  // {nodes: [...], edges: [...]} when a neighbourhood is highlighted
  kg.highlighted = function () { return veil; };
  kg.veilFailed = false;
  network.on("afterDrawing", function (ctx) {
    if (!veil) return;
    try {
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.fillStyle = "rgba(255,255,255,0.72)";
      ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
      ctx.restore();
      var body = network.body, labels = [];
      veil.edges.forEach(function (j) { var e = body.edges[j]; if (e && e.connected) e.draw(ctx); });
      veil.edges.forEach(function (j) { var e = body.edges[j]; if (e && e.connected) e.drawArrows(ctx); });
      veil.nodes.forEach(function (i) {
        var n = body.nodes[i];
        if (!n) return;
        var r = n.draw(ctx);
        if (r && r.drawExternalLabel) labels.push(r.drawExternalLabel);
      });
      labels.forEach(function (f) { f(); });
    } catch (err) {  // vis-network's internals changed: keep the plain selection
      kg.veilFailed = true;
      veil = null;
    }
  });

  function applyHighlight() {
    if (!state.center) { veil = null; network.redraw(); return; }
    var keepNodes = new Set(), keepEdges = new Set();
    if (state.center.kind === "node") {
      keepNodes.add(state.center.id);
      nodeEdges[state.center.id].forEach(function (j) {
        if (!edgeVisible[j]) return;
        keepEdges.add(j); keepNodes.add(data.edges[j].from); keepNodes.add(data.edges[j].to);
      });
    } else {
      var e = data.edges[state.center.id];
      keepEdges.add(state.center.id); keepNodes.add(e.from); keepNodes.add(e.to);
    }
    veil = { nodes: Array.from(keepNodes).filter(function (i) { return nodeVisible[i]; }),
             edges: Array.from(keepEdges).filter(function (j) { return edgeVisible[j]; }) };
    network.redraw();
  }

  function clearSelection() {
    state.center = null;
    network.unselectAll();
    applyHighlight();
    var details = document.getElementById("kg-details");
    clear(details);
    details.appendChild(el("p", { "class": "kg-hint", text: ui.click_hint }));
  }

  // ------------------------------------------------------------------ selection and details
  function selectNode(i, opts) {
    state.center = { kind: "node", id: i };
    if (nodeVisible[i]) {
      network.selectNodes([i], false);
      if (opts && opts.zoom) network.focus(i, { scale: Math.max(network.getScale(), 0.9), animation: data.settings.large ? false : { duration: 400 } });
    } else {
      network.unselectAll();
    }
    applyHighlight();
    showNode(i);
  }
  function selectEdge(j, opts) {
    state.center = { kind: "edge", id: j };
    if (edgeVisible[j]) {
      network.setSelection({ nodes: [], edges: [j] }, { unselectAll: true, highlightEdges: false });
      if (opts && opts.zoom) {
        var e = data.edges[j];
        var p = network.getPositions([e.from, e.to]);
        if (p[e.from] && p[e.to]) network.moveTo({ position: { x: (p[e.from].x + p[e.to].x) / 2, y: (p[e.from].y + p[e.to].y) / 2 },
          animation: data.settings.large ? false : { duration: 400 } });
      }
    } else {
      network.unselectAll();
    }
    applyHighlight();
    showEdge(j);
  }
  kg.selectNode = selectNode;
  kg.selectEdge = selectEdge;

  network.on("click", function (p) {
    if (p.nodes.length) selectNode(p.nodes[0], { zoom: false });
    else if (p.edges.length) selectEdge(p.edges[0], { zoom: false });
    else clearSelection();
  });

  function details() {
    var d = document.getElementById("kg-details");
    clear(d);
    d.scrollTop = 0;
    return d;
  }
  function dl(rows) {
    var list = el("dl");
    rows.forEach(function (r) { if (r[1] !== null && r[1] !== undefined && r[1] !== "") list.append(el("dt", { text: r[0] }), el("dd", null, r[1])); });
    return list;
  }

  function showNode(i) {
    var it = info[i], d = details();
    d.setAttribute("data-kind", "node"); d.setAttribute("data-id", String(i));
    d.append(el("h3", { text: it.l }));
    d.append(el("div", { "class": "kg-type" }, it.tc.join(" ‹ ")));
    if (focusSet.has(i)) d.append(el("span", { "class": "kg-badge", text: ui.focus }));
    if (!nodeVisible[i]) d.append(el("p", { "class": "kg-muted", text: ui.hidden }));
    var rows = [];
    if (it.a && it.a.length) rows.push([ui.aliases, it.a.join(" · ")]);
    if (it.w) rows.push([ui.wikidata, link("https://www.wikidata.org/wiki/" + it.w, it.w)]);
    if (it.sa) it.sa.forEach(function (u) { rows.push([ui.same_as, link(u, u)]); });
    if (it.v !== undefined) rows.push([ui.value, it.v], [ui.currency, it.cur]);
    if (it.art !== undefined) {
      var a = data.articles[it.art];
      rows.push([ui.site, a.site], [ui.published, a.published], [ui.url, a.url ? link(a.url, a.url) : null], [ui.file, a.file]);
    }
    d.append(dl(rows));
    var edges = nodeEdges[i].slice().sort(function (x, y) {
      return (facts[y].as - facts[x].as) || data.relations[facts[x].r].label.localeCompare(data.relations[facts[y].r].label) ||
        info[other(x, i)].l.localeCompare(info[other(y, i)].l);
    });
    d.append(el("h2", { text: ui.facts + " (" + edges.length + ")" }));
    if (!edges.length) d.append(el("p", { "class": "kg-muted", text: ui.no_facts }));
    var list = el("ul", { "class": "kg-facts" });
    edges.forEach(function (j) {
      var e = data.edges[j], f = facts[j], out = e.from === i;
      var li = el("li", null, out ? "→ " : "← ", edgeLink(j, data.relations[f.r].label), ui.colon, nodeLink(out ? e.to : e.from),
        el("span", { "class": "kg-count", text: " · " + fmtConf(f.c) }));
      if (!f.as) li.prepend(statusBadge(f.s[0].st), " ");
      if (!edgeVisible[j]) li.append(el("span", { "class": "kg-muted", text: " (" + ui.hidden + ")" }));
      list.append(li);
    });
    d.append(list);
    if (it.m && it.m.length) {
      d.append(el("h2", { text: ui.mentioned_in + " (" + it.m.length + ")" }));
      var ml = el("ul", { "class": "kg-facts" });
      it.m.forEach(function (k) { var a = data.articles[k]; ml.append(el("li", null, link(a.url, a.title))); });
      d.append(ml);
    }
  }
  function other(j, i) { var e = data.edges[j]; return e.from === i ? e.to : e.from; }

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

  function showEdge(j) {
    var e = data.edges[j], f = facts[j], d = details();
    d.setAttribute("data-kind", "edge"); d.setAttribute("data-id", String(j));
    d.append(el("h3", null, nodeLink(e.from), el("span", { "class": "kg-rel", text: " → " + data.relations[f.r].label + " → " }), nodeLink(e.to)));
    var head = el("div");
    var seen = {};
    f.s.forEach(function (s) { if (!seen[s.st]) { seen[s.st] = 1; head.append(statusBadge(s.st)); } });
    head.append(el("span", { "class": "kg-count", text: ui.confidence + " " + fmtConf(f.c) }));
    d.append(head);
    if (!edgeVisible[j]) d.append(el("p", { "class": "kg-muted", text: ui.hidden }));
    d.append(el("h2", { text: ui.evidence + " (" + f.s.length + ")" }));
    var list = el("ol", { "class": "kg-evidence" });
    f.s.forEach(function (s) {
      var meta = el("div", { "class": "kg-meta" });
      if (s.a !== undefined) {
        var a = data.articles[s.a];
        meta.append(ui.article + ui.colon, link(a.url, a.title));
        if (a.site || a.published) meta.append(" (" + [a.site, a.published].filter(Boolean).join(", ") + ")");
        meta.append(el("br"));
      }
      meta.append(statusBadge(s.st), ui.confidence + " " + fmtConf(s.c));
      [["rt", ui.round], ["vb", ui.basis], ["sf", ui.surface], ["x", ui.extractor]].forEach(function (p) {
        if (s[p[0]]) meta.append(" · " + p[1] + ui.colon + s[p[0]]);
      });
      list.append(el("li", null, evidence(data.sentences[s.e], s.h), meta));
    });
    d.append(list);
  }

  // ------------------------------------------------------------------ search (every node)
  function norm(s) { return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  var searchKeys = info.map(function (it) { return [it.l].concat(it.a || []).map(norm); });
  var degree = nodeEdges.map(function (l) { return l.length; });
  function search(q) {
    q = norm(q.trim());
    if (!q) return [];
    var hits = [];
    for (var i = 0; i < N; i++) {
      var best = -1, keys = searchKeys[i];
      for (var k = 0; k < keys.length; k++) {
        var p = keys[k].indexOf(q);
        if (p < 0) continue;
        var rank = p === 0 ? (keys[k].length === q.length ? 0 : 1) : 2;
        if (best < 0 || rank < best) best = rank;
      }
      if (best >= 0) hits.push([best, info[i].k === "value" ? 1 : 0, -degree[i], info[i].l, i]);
    }
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0); });
    return hits.map(function (h) { return h[4]; });
  }
  kg.search = search;
  var input = document.getElementById("kg-search"), results = document.getElementById("kg-search-results");
  var current = [], cursor = -1, SHOW = 50;
  function hideResults() { results.hidden = true; cursor = -1; }
  function pick(i) { hideResults(); input.value = info[i].l; selectNode(i, { zoom: true }); }
  function renderResults() {
    clear(results);
    if (!input.value.trim()) { hideResults(); return; }
    if (!current.length) results.append(el("li", { "class": "kg-more", text: ui.no_match }));
    current.slice(0, SHOW).forEach(function (i, k) {
      var cls = data.classes.find(function (c) { return c.id === info[i].t; });
      var li = el("li", { role: "option", "aria-selected": k === cursor ? "true" : "false", "data-node": String(i) },
        cls ? swatch(cls.shape, cls.color) : null, el("span", { text: info[i].l }), el("span", { "class": "kg-sub", text: cls ? cls.label : "" }));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); pick(i); });
      results.append(li);
    });
    if (current.length > SHOW) results.append(el("li", { "class": "kg-more", text: current.length + " " + ui.matches + " — " + SHOW + " " + ui.shown }));
    results.hidden = false;
  }
  input.addEventListener("input", function () { current = search(input.value); cursor = current.length ? 0 : -1; renderResults(); });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      if (!current.length) return;
      ev.preventDefault();
      var max = Math.min(current.length, SHOW) - 1;
      cursor = ev.key === "ArrowDown" ? Math.min(max, cursor + 1) : Math.max(0, cursor - 1);
      renderResults();
      var sel = results.querySelector('[aria-selected="true"]');
      if (sel) sel.scrollIntoView({ block: "nearest" });
    } else if (ev.key === "Enter") {
      ev.preventDefault();
      if (current.length) pick(current[Math.max(cursor, 0)]);
    }
  });
  input.addEventListener("blur", function () { setTimeout(hideResults, 100); });
  input.addEventListener("focus", function () { if (input.value.trim()) { current = search(input.value); renderResults(); } });
})();

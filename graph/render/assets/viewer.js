/* kg viewer. Reads the graph from the JSON blocks of the page and drives vis-network; the
 * helpers it shares with the live explorer are in common.js (kgCommon), inlined before it.
 * Text from articles and users only ever reaches the page through textContent or text
 * nodes (never innerHTML), and links are made only from http(s) URLs. */
(function () {
  "use strict";
  var K = window.kgCommon, el = K.el, clear = K.clear, link = K.link, swatch = K.swatch;
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var options = K.prepareOptions(JSON.parse(document.getElementById("kg-options").textContent), data.classes);
  var ui = data.ui;
  var N = data.nodes.length, M = data.edges.length;
  var info = data.info, facts = data.facts;
  function fmtConf(c) { return K.fmtConf(c, ui); }
  function statusBadge(st) { return K.statusBadge(st, data.statuses); }

  // ------------------------------------------------------------------ model
  var nodeEdges = [];
  for (var i = 0; i < N; i++) nodeEdges.push([]);
  data.edges.forEach(function (e, j) {
    nodeEdges[e.from].push(j);
    if (e.to !== e.from) nodeEdges[e.to].push(j);
  });
  var degree = nodeEdges.map(function (l) { return l.length; });
  var focusSet = new Set(data.focus);
  var state = {
    types: new Set(data.classes.map(function (c) { return c.id; })),
    relations: new Set(data.relations.map(function (r, k) { return k; })),
    minConf: data.settings.minConfidence || 0,
    showUnasserted: !!data.settings.showUnasserted,
    hideIsolated: !!data.settings.hideIsolated,
    byCommunity: false,
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

  // ------------------------------------------------------------------ highlight veil
  var veil = null;  // {nodes: [...], edges: [...]} when a neighbourhood is highlighted
  kg.highlighted = function () { return veil; };
  kg.veilFailed = false;
  function drawVeil(ctx) {
    if (!veil) return;
    try {
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.fillStyle = "rgba(255,255,255,0.72)";
      ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
      ctx.restore();
      var body = network.body;
      veil.edges.forEach(function (j) { var e = body.edges[j]; if (e && e.connected) e.draw(ctx); });
      veil.edges.forEach(function (j) { var e = body.edges[j]; if (e && e.connected) e.drawArrows(ctx); });
      veil.nodes.forEach(function (i) { var n = body.nodes[i]; if (n) n.draw(ctx); });
    } catch (err) {  // vis-network's internals changed: keep the plain selection
      kg.veilFailed = true;
      veil = null;
    }
  }

  // ------------------------------------------------------------------ labels (common.js draws them)
  // The best-connected visible nodes first; the ALWAYS first of them, the focus and each
  // community's best-connected member are labelled at every zoom.
  var ALWAYS = 20, HUBS = 12;  // the coloured communities' hubs
  var labelOrder = [], alwaysSet = new Set();
  var hubs = new Set((data.communities || []).slice(0, HUBS).map(function (c) { return c.hub; }));
  function computeLabels() {
    var visible = [];
    for (var i = 0; i < N; i++) if (nodeVisible[i]) visible.push(i);
    visible.sort(function (a, b) { return (degree[b] - degree[a]) || (a - b); });
    alwaysSet = new Set(visible.slice(0, ALWAYS));
    visible.forEach(function (i) { if (focusSet.has(i) || hubs.has(i)) alwaysSet.add(i); });
    // the labels drawn at every zoom are placed first, the focus first of all
    labelOrder = visible.filter(function (i) { return alwaysSet.has(i); })
      .sort(function (a, b) { return (focusSet.has(b) - focusSet.has(a)) || (degree[b] - degree[a]) || (a - b); })
      .concat(visible.filter(function (i) { return !alwaysSet.has(i); }));
  }
  computeLabels();
  var labels = K.labelLayer(network, {
    order: function () { return labelOrder; },
    always: function (i) { return alwaysSet.has(i); },
    label: function (i) { return data.nodes[i].label; },
    font: function (i) { return (data.nodes[i].font && data.nodes[i].font.size) || 14; },
    veil: function () { return veil ? veil.nodes : null; },
    underlay: drawVeil,
  });
  kg.labels = labels.labels;
  kg.labelCost = labels.cost;  // ms the last frame's labels took

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
    if (!settled) setTimeout(function () { if (!settled) { network.stopSimulation(); if (!touched && !data.focus.length) fitAll(); settled = true; markStable(); } }, SETTLE_MS);
    if (data.focus.length) selectNode(data.focus[0], { zoom: false });
  });
  var touched = false;  // once the user zooms or drags, the view is theirs
  function fitAll(animation) {  // the whole graph, with a margin for the labels of the outer nodes
    network.fit({ animation: false });
    network.moveTo({ scale: network.getScale() * 0.9, animation: animation || false });
  }
  network.on("dragStart", function () { touched = true; });
  network.on("zoom", function () { touched = true; });
  network.on("stabilized", function () {
    if (!settled && !touched && !data.focus.length) fitAll();
    settled = true; markStable();
  });
  fitAll();

  // ------------------------------------------------------------------ DOM helpers
  function nodeLink(i) {
    return el("button", { type: "button", "class": "kg-link", text: info[i].l,
      onclick: function () { selectNode(i, { zoom: true }); } });
  }
  function edgeLink(j, text) {
    return el("button", { type: "button", "class": "kg-link kg-rel", text: text,
      onclick: function () { selectEdge(j, { zoom: true }); } });
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
  isolated.checked = !state.hideIsolated;
  isolated.addEventListener("change", function () { state.hideIsolated = !isolated.checked; refresh(); });

  // ------------------------------------------------------------------ communities
  var communityOf = {};
  (data.communities || []).forEach(function (c) { communityOf[c.id] = c; });
  var OTHER = "#c7ccd1";
  function nodeColor(i) {
    if (state.byCommunity) {
      var c = communityOf[info[i].cm], color = c ? c.color : OTHER;
      return { background: color, border: "#2b2b2b", highlight: { background: color, border: "#111111" },
        hover: { background: color, border: "#111111" } };
    }
    return options.groups[info[i].t].color;
  }
  var byCommunity = document.getElementById("kg-by-community");
  var communityList = document.getElementById("kg-communities");
  (data.communities || []).forEach(function (c) {
    var li = el("li", null, el("button", { type: "button", "class": "kg-link", "data-community": String(c.id),
      onclick: function () { selectNode(c.hub, { zoom: true }); } }, swatch("dot", c.color), " " + c.label),
      el("span", { "class": "kg-count", text: " (" + c.size + ")" }));
    communityList.appendChild(li);
  });
  // Colours are set on vis-network's drawn nodes, not in the DataSet: a DataSet update would
  // restart the physics and move a layout that has settled.
  function paintNodes() {
    var body = network.body;
    nodesView.getIds().forEach(function (i) {
      var n = body.nodes[i];
      if (n && typeof n.setOptions === "function") n.setOptions({ color: nodeColor(i) });
    });
    network.redraw();
  }
  byCommunity.addEventListener("change", function () {
    state.byCommunity = byCommunity.checked;
    paintNodes();
    communityList.hidden = !state.byCommunity;
  });
  communityList.hidden = true;
  kg.nodeColor = nodeColor;

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
    fitAll(data.settings.large ? false : { duration: 300 });
  });
  document.getElementById("kg-clear").addEventListener("click", clearSelection);

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
    if (state.byCommunity) paintNodes();  // nodes shown again are drawn anew, in their class colour
    computeLabels();
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
  // it, then drawing the neighbourhood again on top (drawVeil, called by the label layer
  // before it draws the neighbourhood's labels): no data update, so it costs the same on 20
  // nodes and on 5,000 (a DataSet update re-processes every node and edge).
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
    veil.nodes.sort(function (a, b) { return (b === state.center.id) - (a === state.center.id) || degree[b] - degree[a]; });
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
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") { search.hide(); clearSelection(); } });

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
    d.append(K.dl(rows));
    if (it.tl) d.append(K.timeline(it.tl, ui));
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
    d.append(K.evidenceList(f.s.map(function (s) {
      return { sentence: data.sentences[s.e], h: s.h, st: s.st, c: s.c, rt: s.rt, vb: s.vb, sf: s.sf, x: s.x,
        article: s.a !== undefined ? data.articles[s.a] : null };
    }), ui, data.statuses));
  }

  // ------------------------------------------------------------------ search (every node)
  function norm(s) { return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  var searchKeys = info.map(function (it) { return [it.l].concat(it.a || []).map(norm); });
  function searchNodes(q) {
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
  kg.search = searchNodes;
  var classOf = {};
  data.classes.forEach(function (c) { classOf[c.id] = c; });
  var search = K.searchBox(document.getElementById("kg-search"), document.getElementById("kg-search-results"), ui, {
    search: function (q, done) {
      done(searchNodes(q).map(function (i) {
        var c = classOf[info[i].t];
        return { key: i, label: info[i].l, sub: c ? c.label : "", shape: c && c.shape, color: c && c.color };
      }));
    },
    pick: function (item) { selectNode(item.key, { zoom: true }); },
  });
})();

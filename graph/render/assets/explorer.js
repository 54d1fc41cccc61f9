/* kg explorer: the live page of `kg serve`. It starts empty; a search (answered by the server)
 * puts a node and the first page of its facts on the canvas, a double-click draws the next
 * page of a node's neighbourhood, a click shows a node's details or a fact's evidence. All
 * data comes from kg serve's JSON API (api/...); the helpers it shares with the static viewer
 * are in common.js (kgCommon). Text from the store only ever reaches the page as text. */
(function () {
  "use strict";
  var K = window.kgCommon, el = K.el, clear = K.clear, link = K.link;
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var options = K.prepareOptions(JSON.parse(document.getElementById("kg-options").textContent), data.classes);
  var ui = data.ui, lang = data.lang;
  var classOf = {};
  data.classes.forEach(function (c) { classOf[c.id] = c; });
  var LIVE_PHYSICS = 400, SETTLE_MS = 1500, ALWAYS = 15;
  function fmtConf(c) { return K.fmtConf(c, ui); }
  function statusBadge(st) { return K.statusBadge(st, data.statuses); }

  // ------------------------------------------------------------------ requests
  var pending = 0;
  var status = document.getElementById("kg-status");
  function busy(delta) {
    pending += delta;
    if (pending > 0) document.body.setAttribute("data-busy", "1"); else document.body.removeAttribute("data-busy");
  }
  function api(path, params) {
    var query = Object.keys(params).map(function (k) { return encodeURIComponent(k) + "=" + encodeURIComponent(params[k]); });
    query.push("lang=" + encodeURIComponent(lang));
    busy(1);
    return fetch("api/" + path + "?" + query.join("&"), { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) throw new Error(body && body.error ? body.error : String(r.status));
          return body;
        });
      })
      .then(function (body) { busy(-1); status.textContent = ""; return body; },
        function (err) { busy(-1); status.textContent = ui.failed + ui.colon + err.message; throw err; });
  }
  var failures = [];  // what went wrong, for the tests (the status line tells the user)
  function quiet(promise) { return promise.catch(function (err) { failures.push(String(err && err.stack || err)); return null; }); }

  // ------------------------------------------------------------------ the graph on the canvas
  var state = { minConf: 0, showUnasserted: false, physics: true, center: null };
  var nodesDS = new vis.DataSet(), edgesDS = new vis.DataSet();
  var nodeItems = new Map();   // node id -> item (read here: DataSet.get copies the item, too slow per frame)
  var edgeItems = new Map();   // edge id -> item
  var nodeEdges = new Map();   // node id -> [edge items]
  var pages = new Map();       // node id -> {next, total}: what of its facts is drawn
  var anchors = new Set();     // nodes the user picked or expanded: shown whatever the filters
  function edgeVisible(e) { return (e.as === 1 || state.showUnasserted) && e.c >= state.minConf - 1e-9; }
  function nodeVisible(n) {
    if (anchors.has(n.id)) return true;
    var list = nodeEdges.get(n.id) || [];
    for (var k = 0; k < list.length; k++) if (edgeVisible(list[k])) return true;
    return false;
  }
  var nodesView = new vis.DataView(nodesDS, { filter: nodeVisible });
  var edgesView = new vis.DataView(edgesDS, { filter: edgeVisible });
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, options);

  var timings = { search: [], expand: [] };
  var kg = window.kgExplorer = {
    network: network, nodes: nodesDS, edges: edgesDS, nodesView: nodesView, edgesView: edgesView,
    data: data, timings: timings, ready: false, failures: failures,
    counts: function () {
      return { nodes: nodesDS.length, edges: edgesDS.length, visibleNodes: nodesView.length,
        visibleEdges: edgesView.length, drawnNodes: network.body.nodeIndices.length,
        drawnEdges: network.body.edgeIndices.length };
    },
  };
  network.once("afterDrawing", function () { kg.ready = true; document.body.setAttribute("data-ready", "1"); });
  setTimeout(function () { network.redraw(); }, 0);
  function drawn() {  // resolves once the canvas shows the last change: drawn, then painted (the next frame)
    return new Promise(function (resolve) {
      network.once("afterDrawing", function () { requestAnimationFrame(function () { setTimeout(resolve, 0); }); });
      network.redraw();
    });
  }
  kg.drawn = drawn;

  // labels: the most connected first; the ALWAYS first of them, the nodes picked or expanded and
  // the selected one at every zoom (common.js draws them)
  var labelOrder = null, alwaysSet = new Set();
  function labelsDirty() { labelOrder = null; }
  function computeLabels() {
    var weight = new Map();
    nodesView.forEach(function (n) { weight.set(n.id, n.n || 0); });
    labelOrder = Array.from(weight.keys());
    labelOrder.sort(function (a, b) {
      return (anchors.has(b) - anchors.has(a)) || (weight.get(b) - weight.get(a)) || (a < b ? -1 : 1);
    });
    alwaysSet = new Set(labelOrder.slice(0, ALWAYS));
    anchors.forEach(function (id) { alwaysSet.add(id); });
    labelOrder = labelOrder.filter(function (id) { return alwaysSet.has(id); })   // placed first
      .concat(labelOrder.filter(function (id) { return !alwaysSet.has(id); }));
  }
  var labels = K.labelLayer(network, {
    order: function () { if (!labelOrder) computeLabels(); return labelOrder; },
    always: function (id) { return alwaysSet.has(id) || (state.center && state.center.id === id); },
    label: function (id) { var n = nodeItems.get(id); return n ? n.label : ""; },
    font: function (id) { var n = nodeItems.get(id); return (n && n.font && n.font.size) || 14; },
  });
  kg.labels = labels.labels;

  var settleTimer = null, livePhysics = !!(options.physics && options.physics.enabled), bigCanvas = false;
  function settle() {  // live physics on small graphs, for a moment after each change
    var live = state.physics && nodesView.length <= LIVE_PHYSICS;
    if (live !== livePhysics) {  // setOptions costs a pass over every node and edge: only on a change
      livePhysics = live;
      network.setOptions({ physics: { enabled: live } });
    }
    var big = nodesView.length > LIVE_PHYSICS;
    if (big !== bigCanvas) {  // a big canvas hides its edges while dragged or zoomed, as the viewer does
      bigCanvas = big;
      network.setOptions({ interaction: { hideEdgesOnDrag: big, hideEdgesOnZoom: big } });
    }
    showPhysics();
    clearTimeout(settleTimer);
    if (live) {
      network.startSimulation();
      settleTimer = setTimeout(function () { network.stopSimulation(); }, SETTLE_MS);
    }
  }

  function addNode(node, at) {
    if (nodeItems.has(node.id)) return false;
    var item = Object.assign({}, node);
    if (at) { item.x = at.x; item.y = at.y; }
    nodeItems.set(item.id, item);
    nodesDS.add(item);
    if (!nodeEdges.has(node.id)) nodeEdges.set(node.id, []);
    return true;
  }
  function addEdge(edge) {
    if (edgeItems.has(edge.id)) return false;
    edgeItems.set(edge.id, edge);
    [edge.from, edge.to].forEach(function (id, k) {
      if (k === 1 && edge.to === edge.from) return;
      if (!nodeEdges.has(id)) nodeEdges.set(id, []);
      nodeEdges.get(id).push(edge);
    });
    return true;
  }
  function position(id) {
    var p = network.getPositions([id])[id];
    if (p) return p;
    var n = nodeItems.get(id);
    return n && n.x !== undefined ? { x: n.x, y: n.y } : network.getViewPosition();
  }
  // A page of a node's facts: the new nodes on a ring around it, farther for later pages.
  function addPage(id, res) {
    var centre = position(id), fresh = res.nodes.filter(function (n) { return !nodeItems.has(n.id); });
    var ring = 140 + 26 * Math.sqrt(fresh.length) + 70 * Math.floor(res.offset / data.page);
    var turn = 0.37 * Math.floor(res.offset / data.page);
    var items = fresh.map(function (n, k) {
      var a = turn + 2 * Math.PI * k / Math.max(fresh.length, 1);
      return Object.assign({}, n, { x: centre.x + ring * Math.cos(a), y: centre.y + ring * Math.sin(a) });
    });
    items.forEach(function (n) { nodeItems.set(n.id, n); if (!nodeEdges.has(n.id)) nodeEdges.set(n.id, []); });
    var edges = res.edges.filter(addEdge);
    nodesDS.add(items);
    edgesDS.add(edges);
    nodesView.refresh();  // nodes already drawn may now have a visible fact
    pages.set(id, { next: res.next, total: res.total });
    labelsDirty();
    afterChange();
  }
  var empty = document.getElementById("kg-empty");
  container.appendChild(empty);  // over the canvas (vis-network empties its container when it starts)
  // Relation names on the edges only while few facts are on the canvas: past that they are
  // unreadable clutter, and each is a text drawn on every frame.
  var EDGE_LABELS = 250, edgeLabelsOn = true;
  var edgeLabelMin = (options.edges && options.edges.scaling && options.edges.scaling.label &&
                      options.edges.scaling.label.drawThreshold) || 7;
  function edgeLabels() {
    var on = edgesView.length <= EDGE_LABELS;
    if (on === edgeLabelsOn) return;  // setOptions costs a pass over every edge: only on a change
    edgeLabelsOn = on;
    network.setOptions({ edges: { scaling: { label: { drawThreshold: on ? edgeLabelMin : 1e9 } } } });
  }
  kg.edgeLabels = function () { return edgeLabelsOn; };
  function afterChange() {
    edgeLabels();
    empty.hidden = nodesDS.length > 0;
    updateCounts();
    updateLegend();
    settle();
  }

  // ------------------------------------------------------------------ expanding and picking
  var expanding = new Map();
  function expand(id) {
    if (expanding.has(id)) return expanding.get(id);
    var n = nodeItems.get(id), page = pages.get(id);
    if (!n || n.kind === "value" || (page && page.next === null)) return Promise.resolve(null);
    var t0 = performance.now();
    anchors.add(id);
    var p = api("neighbours", { id: id, offset: page ? page.next : 0, limit: data.page }).then(function (res) {
      addPage(id, res);
      return drawn().then(function () {
        timings.expand.push({ id: id, ms: performance.now() - t0, nodes: res.nodes.length, edges: res.edges.length });
        if (state.center && state.center.kind === "node" && state.center.id === id) showNode(id);
        return res;
      });
    });
    expanding.set(id, p);
    var done = function () { expanding.delete(id); };
    p.then(done, done);
    return quiet(p);
  }
  kg.expand = expand;

  var nodeInfo = new Map();  // node id -> promise of /api/node
  function fetchNode(id) {
    if (!nodeInfo.has(id)) {
      var p = api("node", { id: id });
      nodeInfo.set(id, p);
      p.catch(function () { nodeInfo.delete(id); });
    }
    return nodeInfo.get(id);
  }
  // Put a node on the canvas (with the first page of its facts), select it and show it.
  function pick(id) {
    return quiet(fetchNode(id).then(function (info) {
      var at = nodesDS.length ? undefined : { x: 0, y: 0 };
      if (addNode(info.node, at || network.getViewPosition())) { labelsDirty(); afterChange(); }
      anchors.add(id);
      nodesView.refresh();
      var first = pages.has(id) ? Promise.resolve() : expand(id);
      return first.then(function () {
        selectNode(id);
        network.focus(id, { scale: Math.max(Math.min(network.getScale(), 1.0), 0.6), animation: false });
        return info;
      });
    }));
  }
  kg.pick = pick;

  network.on("doubleClick", function (p) { if (p.nodes.length) expand(p.nodes[0]); });
  network.on("click", function (p) {
    if (p.nodes.length) selectNode(p.nodes[0]);
    else if (p.edges.length) selectEdge(p.edges[0]);
    else clearSelection();
  });

  // ------------------------------------------------------------------ filters, legend, counts
  var conf = document.getElementById("kg-min-conf"), confOut = document.getElementById("kg-min-conf-value");
  confOut.textContent = fmtConf(0);
  var refreshing = false;
  function refresh() {
    nodesView.refresh(); edgesView.refresh(); nodesView.refresh();
    edgeLabels(); labelsDirty(); updateCounts(); updateLegend(); network.redraw();
  }
  conf.addEventListener("input", function () {
    state.minConf = Number(conf.value);
    confOut.textContent = fmtConf(state.minConf);
    if (!refreshing) { refreshing = true; requestAnimationFrame(function () { refreshing = false; refresh(); }); }
  });
  var unasserted = document.getElementById("kg-unasserted");
  unasserted.addEventListener("change", function () { state.showUnasserted = unasserted.checked; refresh(); });
  function updateCounts() {
    var c = kg.counts();
    document.getElementById("kg-counts").textContent =
      c.visibleNodes + " " + ui.nodes + ", " + c.visibleEdges + " " + ui.edges + " " + ui.shown + " · " +
      data.entities + " " + ui.nodes + " " + ui.of.trim() + " " + data.store;
  }
  var legendTimer = null;
  function updateLegend() {
    clearTimeout(legendTimer);
    legendTimer = setTimeout(function () {
      var counts = {};
      nodesView.forEach(function (n) { counts[n.group] = (counts[n.group] || 0) + 1; });
      var list = document.getElementById("kg-types");
      clear(list);
      data.classes.forEach(function (c) {
        if (!counts[c.id]) return;
        list.append(el("li", null, K.swatch(c.shape, c.color), el("span", { text: c.label }),
          el("span", { "class": "kg-count", text: "(" + counts[c.id] + ")" })));
      });
    }, 50);
  }
  updateCounts();

  var physicsBtn = document.getElementById("kg-physics");
  function showPhysics() {
    physicsBtn.setAttribute("aria-pressed", state.physics ? "true" : "false");
    physicsBtn.textContent = ui.physics + ui.colon + (state.physics ? ui.physics_on : ui.physics_off);
  }
  showPhysics();
  physicsBtn.addEventListener("click", function () { state.physics = !state.physics; settle(); });
  document.getElementById("kg-fit").addEventListener("click", function () {
    network.fit({ animation: false });
    network.moveTo({ scale: network.getScale() * 0.9 });
  });
  document.getElementById("kg-clear").addEventListener("click", function () {
    nodesDS.clear(); edgesDS.clear(); nodeItems.clear(); edgeItems.clear(); nodeEdges.clear(); pages.clear(); anchors.clear();
    clearSelection(); labelsDirty(); afterChange();
  });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") { search.hide(); clearSelection(); } });

  // ------------------------------------------------------------------ details
  function details() {
    var d = document.getElementById("kg-details");
    clear(d);
    d.scrollTop = 0;
    return d;
  }
  function nodeLabel(id) { var n = nodeItems.get(id); return n ? n.full || n.label : id; }
  function nodeLink(id) {
    return el("button", { type: "button", "class": "kg-link", text: nodeLabel(id),
      onclick: function () { selectNode(id, { zoom: true }); } });
  }
  function edgeLink(e) {
    return el("button", { type: "button", "class": "kg-link kg-rel", text: relLabel(e),
      onclick: function () { selectEdge(e.id, { zoom: true }); } });
  }
  var relLabels = {};
  data.relations.forEach(function (r) { relLabels[r.id] = r.label; });
  function relLabel(e) { return relLabels[e.rel] || e.rel; }
  function clearSelection() {
    state.center = null;
    network.unselectAll();
    var d = details();
    d.append(el("p", { "class": "kg-hint", text: nodesDS.length ? ui.expand : ui.start }));
  }

  var shown = 0;  // the panel's request number: an older answer is dropped
  function selectNode(id, opts) {
    state.center = { kind: "node", id: id };
    if (nodesView.get(id)) {
      network.selectNodes([id], false);
      if (opts && opts.zoom) network.focus(id, { scale: Math.max(network.getScale(), 0.8), animation: false });
    }
    return showNode(id);
  }
  function selectEdge(id, opts) {
    state.center = { kind: "edge", id: id };
    var e = edgeItems.get(id);
    if (edgesView.get(id)) {
      network.setSelection({ nodes: [], edges: [id] }, { unselectAll: true, highlightEdges: false });
      if (opts && opts.zoom && e) {
        var p = network.getPositions([e.from, e.to]);
        if (p[e.from] && p[e.to]) network.moveTo({ position: { x: (p[e.from].x + p[e.to].x) / 2, y: (p[e.from].y + p[e.to].y) / 2 } });
      }
    }
    return showEdge(id);
  }
  kg.selectNode = selectNode;
  kg.selectEdge = selectEdge;

  function factList(id) {
    var list = el("ul", { "class": "kg-facts" });
    var edges = (nodeEdges.get(id) || []).slice().sort(function (x, y) {
      return (y.as - x.as) || relLabel(x).localeCompare(relLabel(y)) ||
        nodeLabel(x.from === id ? x.to : x.from).localeCompare(nodeLabel(y.from === id ? y.to : y.from));
    });
    edges.forEach(function (e) {
      var out = e.from === id;
      var li = el("li", null, out ? "→ " : "← ", edgeLink(e), ui.colon, nodeLink(out ? e.to : e.from),
        el("span", { "class": "kg-count", text: " · " + fmtConf(e.c) }));
      if (!e.as) li.prepend(statusBadge(e.st[0]), " ");
      if (!edgeVisible(e)) li.append(el("span", { "class": "kg-muted", text: " (" + ui.hidden + ")" }));
      list.append(li);
    });
    return { list: list, count: edges.length };
  }
  function showNode(id) {
    var mine = ++shown, n = nodeItems.get(id);
    if (n && n.kind === "value") { renderNode(id, null); return Promise.resolve(); }
    return quiet(fetchNode(id).then(function (info) { if (mine === shown) renderNode(id, info); }));
  }
  function renderNode(id, info) {
    var d = details(), n = nodeItems.get(id) || (info && info.node) || { label: id, group: "Thing" };
    d.setAttribute("data-kind", "node"); d.setAttribute("data-id", id);
    d.append(el("h3", { text: (info && info.label) || n.full || n.label }));
    var cls = classOf[n.group];
    d.append(el("div", { "class": "kg-type" }, info && info.tc ? info.tc.join(" ‹ ") : (cls ? cls.label : "")));
    var rows = [];
    if (info) {
      if (info.aliases && info.aliases.length) rows.push([ui.aliases, info.aliases.join(" · ")]);
      if (info.wikidata) rows.push([ui.wikidata, link("https://www.wikidata.org/wiki/" + info.wikidata, info.wikidata)]);
      (info.same_as || []).forEach(function (u) { rows.push([ui.same_as, link(u, u)]); });
      if (info.kind === "article") {
        rows.push([ui.site, info.site], [ui.published, info.published], [ui.url, info.url ? link(info.url, info.url) : null], [ui.file, info.file]);
      }
    } else if (n.v !== undefined) {
      rows.push([ui.value, n.v], [ui.currency, n.cur]);
    }
    d.append(K.dl(rows));
    if (info && info.timeline && info.timeline.length) d.append(K.timeline(info.timeline, ui));
    var facts = factList(id), page = pages.get(id);
    var total = page ? page.total : (info && info.kind !== undefined ? null : facts.count);
    d.append(el("h2", { text: ui.facts + " (" + facts.count + (total !== null && total !== facts.count ? " " + ui.shown_of + " " + total : "") + ")" }));
    if (!facts.count) d.append(el("p", { "class": "kg-muted", text: ui.no_facts }));
    d.append(facts.list);
    if (n.kind !== "value" && (!page || page.next !== null)) {
      var more = el("button", { type: "button", id: "kg-more", text: ui.more + (page ? " (" + (page.total - page.next) + ")" : "") });
      more.addEventListener("click", function () { more.disabled = true; expand(id); });
      d.append(el("p", null, more, " ", el("span", { "class": "kg-muted", text: ui.expand })));
    }
    if (info && info.mentioned_in && info.mentioned_in.length) {
      d.append(el("h2", { text: ui.mentioned_in + " (" + info.articles + ")" }));
      var ml = el("ul", { "class": "kg-facts" });
      info.mentioned_in.forEach(function (a) {
        ml.append(el("li", null, link(a.url, a.title), a.published ? el("span", { "class": "kg-count", text: " · " + a.published }) : null));
      });
      d.append(ml);
    }
  }
  function showEdge(id) {
    var mine = ++shown, e = edgeItems.get(id);
    if (!e) return Promise.resolve();
    var d = details();
    d.setAttribute("data-kind", "edge"); d.setAttribute("data-id", id);
    d.append(el("h3", null, nodeLink(e.from), el("span", { "class": "kg-rel", text: " → " + relLabel(e) + " → " }), nodeLink(e.to)));
    var head = el("div");
    e.st.forEach(function (st) { head.append(statusBadge(st)); });
    head.append(el("span", { "class": "kg-count", text: ui.confidence + " " + fmtConf(e.c) }));
    d.append(head);
    if (!edgeVisible(e)) d.append(el("p", { "class": "kg-muted", text: ui.hidden }));
    var heading = el("h2", { text: ui.evidence + " (" + e.k + ")" });
    d.append(heading, el("p", { "class": "kg-muted kg-loading", text: ui.loading }));
    return quiet(api("evidence", { s: e.from, p: e.rel, o: e.o, a: e.as }).then(function (res) {
      if (mine !== shown) return;
      var loading = d.querySelector(".kg-loading");
      if (loading) loading.remove();
      heading.textContent = ui.evidence + " (" + (res.items.length < res.total ? res.items.length + " " + ui.shown_of + " " : "") + res.total + ")";
      d.append(K.evidenceList(res.items, ui, data.statuses));
    }));
  }

  // ------------------------------------------------------------------ search (on the server)
  var input = document.getElementById("kg-search"), typed = {};
  input.addEventListener("input", function () { typed[input.value] = performance.now(); });
  var search = K.searchBox(input, document.getElementById("kg-search-results"), ui, {
    search: function (q, done) {
      api("search", { q: q, limit: 20 }).then(function (res) {
        done(res.items.map(function (it) {
          var c = classOf[it.type];
          return { key: it.id, label: it.label, shape: c && c.shape, color: c && c.color,
            sub: it.typeLabel + (it.match === "fuzzy" ? " · " + ui.fuzzy : "") };
        }), res.total);
      }, function () { done([], 0); });
    },
    shown: function (q, items) {
      if (typed[q] !== undefined) timings.search.push({ q: q, ms: performance.now() - typed[q], items: items.length });
      typed = {};
    },
    pick: function (item) { pick(item.key); },
  });
})();

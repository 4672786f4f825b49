/**
 * The dashboard's inline browser script (plain ES2020, no imports): language switch, section navigation by
 * URL hash, and the network drawing. It uses `window.__verlichtViewer.createNetworkViewer` when the viewer
 * bundle is inlined, and otherwise draws the network itself on a 2D canvas (layered by kind), so a dashboard
 * always shows its network, even when the viewer bundle was not built. It reports its state on
 * `window.__dashboard` (used by the browser tests).
 */
export const CLIENT_SCRIPT = `
(function () {
  "use strict";
  var root = document.documentElement;
  var state = { ready: false, lang: root.getAttribute("data-lang") || "nl", network: { renderer: "none", nodes: 0, edges: 0 }, errors: [] };
  window.__dashboard = state;
  root.classList.add("js");
  var stored = null;
  try { stored = window.localStorage && localStorage.getItem("verlicht-lang"); } catch (e) { stored = null; }
  function setLang(lang) {
    state.lang = lang;
    root.setAttribute("data-lang", lang);
    root.setAttribute("lang", lang);
    try { localStorage.setItem("verlicht-lang", lang); } catch (e) { /* file:// may forbid storage */ }
    var buttons = document.querySelectorAll("[data-set-lang]");
    for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute("aria-pressed", String(buttons[i].getAttribute("data-set-lang") === lang));
    if (state.viewer && state.viewer.setLanguage) { try { state.viewer.setLanguage(lang); } catch (e) { /* optional */ } }
  }
  if (stored === "en" || stored === "nl") setLang(stored);
  document.addEventListener("click", function (event) {
    var t = event.target && event.target.closest ? event.target.closest("[data-set-lang]") : null;
    if (t) setLang(t.getAttribute("data-set-lang"));
    var g = event.target && event.target.closest ? event.target.closest("[data-group]") : null;
    if (g) setGroup(g.getAttribute("data-group"));
  });
  function setGroup(group) {
    var buttons = document.querySelectorAll("[data-group]");
    for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute("aria-pressed", String(buttons[i].getAttribute("data-group") === group));
    state.group = group || null;
    if (state.viewer && state.viewer.setFilter) {
      try { state.viewer.setFilter({ groups: group ? [group] : null }); } catch (e) { state.errors.push("filter: " + e.message); }
    }
  }

  var sections = Array.prototype.slice.call(document.querySelectorAll("main > section[id]"));
  function show() {
    var hash = decodeURIComponent(location.hash.replace(/^#/, "")) || "overzicht";
    var target = document.getElementById(hash);
    var section = target ? (target.closest("main > section[id]") || target) : null;
    if (!section || sections.indexOf(section) < 0) section = sections[0];
    sections.forEach(function (s) { s.hidden = s !== section; });
    var links = document.querySelectorAll("nav a[href^='#']");
    for (var i = 0; i < links.length; i++) links[i].setAttribute("aria-current", links[i].getAttribute("href") === "#" + section.id ? "page" : "false");
    if (section.id === "netwerk") drawNetwork();
    if (target && target !== section) target.scrollIntoView();
    else window.scrollTo(0, 0);
  }
  window.addEventListener("hashchange", show);

  function readNetwork() {
    var el = document.getElementById("network-data");
    if (!el) return null;
    try { return JSON.parse(el.textContent || "null"); } catch (e) { state.errors.push(String(e)); return null; }
  }

  function drawNetwork() {
    if (state.network.renderer !== "none") return;
    var container = document.getElementById("network");
    var network = readNetwork();
    if (!container || !network) return;
    state.network.nodes = network.nodes.length;
    state.network.edges = network.edges.length;
    var status = document.getElementById("network-status");
    var api = window.__verlichtViewer;
    if (api && typeof api.createNetworkViewer === "function") {
      try {
        state.viewer = api.createNetworkViewer(container, network, { language: state.lang });
        state.network.renderer = "viewer";
        var own = document.querySelector(".net-legend");
        if (own) own.hidden = true;
        return;
      } catch (e) {
        state.errors.push("viewer: " + (e && e.message ? e.message : String(e)));
        container.innerHTML = "";
      }
    }
    drawFallback(container, network);
    state.network.renderer = "canvas";
    var filter = document.querySelector(".group-filter");
    if (filter) filter.hidden = true;
    if (status) status.textContent = root.getAttribute("data-lang") === "en" ? "Simple drawing (the interactive viewer is not included in this build)." : "Eenvoudige tekening (de interactieve viewer zit niet in deze build).";
  }

  var KIND_ORDER = ["context", "intervention", "mechanism", "output", "outcome", "goal"];
  function drawFallback(container, network) {
    var colours = JSON.parse(document.getElementById("kind-colours").textContent);
    var canvas = document.createElement("canvas");
    var width = container.clientWidth || 900;
    var height = container.clientHeight || 560;
    var ratio = window.devicePixelRatio || 1;
    canvas.width = width * ratio;
    canvas.height = height * ratio;
    canvas.style.width = width + "px";
    canvas.style.height = height + "px";
    canvas.setAttribute("aria-label", "network");
    container.appendChild(canvas);
    var ctx = canvas.getContext("2d");
    ctx.scale(ratio, ratio);
    var columns = {};
    network.nodes.forEach(function (n) {
      var k = n.attributes.kind || "other";
      var c = KIND_ORDER.indexOf(k);
      if (c < 0) c = 2;
      (columns[c] = columns[c] || []).push(n);
    });
    var used = Object.keys(columns).map(Number).sort(function (a, b) { return a - b; });
    var pos = {};
    used.forEach(function (c, ci) {
      var list = columns[c];
      list.forEach(function (n, i) {
        pos[n.key] = { x: 70 + ci * ((width - 140) / Math.max(1, used.length - 1)), y: 30 + (i + 0.5) * ((height - 60) / list.length), node: n };
      });
    });
    network.edges.forEach(function (e) {
      var a = pos[e.source], b = pos[e.target];
      if (!a || !b) return;
      var v = e.attributes.valence;
      ctx.strokeStyle = v === 1 ? "#1a7f37" : v === -1 ? "#cf222e" : "#8c959f";
      ctx.lineWidth = Math.min(6, 1 + (e.attributes.support ? e.attributes.support.citations : 1) * 0.6);
      ctx.beginPath();
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
      ctx.stroke();
      var ang = Math.atan2(b.y - a.y, b.x - a.x);
      var tx = b.x - Math.cos(ang) * 9, ty = b.y - Math.sin(ang) * 9;
      ctx.fillStyle = ctx.strokeStyle;
      ctx.beginPath();
      ctx.moveTo(tx, ty);
      ctx.lineTo(tx - Math.cos(ang - 0.4) * 9, ty - Math.sin(ang - 0.4) * 9);
      ctx.lineTo(tx - Math.cos(ang + 0.4) * 9, ty - Math.sin(ang + 0.4) * 9);
      ctx.fill();
    });
    ctx.font = "12px system-ui, sans-serif";
    Object.keys(pos).forEach(function (key) {
      var p = pos[key];
      ctx.fillStyle = colours[p.node.attributes.kind] || "#57606a";
      ctx.beginPath();
      ctx.arc(p.x, p.y, 7, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = "#1f2328";
      ctx.fillText(p.node.attributes.label || key, p.x + 9, p.y - 8);
    });
    var panel = document.getElementById("network-panel");
    canvas.addEventListener("click", function (event) {
      var r = canvas.getBoundingClientRect();
      var x = event.clientX - r.left, y = event.clientY - r.top;
      var hit = null;
      Object.keys(pos).forEach(function (key) { var p = pos[key]; if ((p.x - x) * (p.x - x) + (p.y - y) * (p.y - y) < 100) hit = p; });
      if (!hit || !panel) return;
      var quotes = [];
      network.edges.forEach(function (e) {
        if (e.source !== hit.node.key && e.target !== hit.node.key) return;
        (e.attributes.citations || []).forEach(function (c) { quotes.push("“" + c.quote + "” (" + c.sourceId + (c.attributes && c.attributes.rol ? ", " + c.attributes.rol : "") + ")"); });
      });
      panel.hidden = false;
      panel.textContent = "";
      var h = document.createElement("h4");
      h.textContent = hit.node.attributes.label || hit.node.key;
      panel.appendChild(h);
      var ul = document.createElement("ul");
      quotes.slice(0, 12).forEach(function (q) { var li = document.createElement("li"); li.textContent = q; ul.appendChild(li); });
      panel.appendChild(ul);
    });
  }

  window.addEventListener("error", function (e) { state.errors.push(String(e.message)); });
  show();
  state.ready = true;
})();
`;

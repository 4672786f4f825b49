/**
 * The dashboard's inline browser script (plain ES2020, no imports): language switch, section navigation by
 * URL hash, and the network drawn by the inlined viewer (`window.__verlichtViewer.createNetworkViewer`) in the
 * chosen language. A dashboard without the viewer never draws a simplified network: it says so, in red, in the
 * network's place (the list of links below stays). It reports its state on `window.__dashboard` (used by the
 * browser tests).
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
    var title = document.querySelector("title");
    if (title && title.getAttribute("data-" + lang)) document.title = title.getAttribute("data-" + lang);
    var nav = document.querySelector("nav[data-label-" + lang + "]");
    if (nav) nav.setAttribute("aria-label", nav.getAttribute("data-label-" + lang));
    // The viewer's texts come from its own tables: draw it again in the new language (same seed, same layout).
    if (state.viewer) {
      try { state.viewer.destroy(); } catch (e) { state.errors.push("viewer: " + e.message); }
      state.viewer = null;
      state.network.renderer = "none";
      var section = document.getElementById("netwerk");
      if (section && !section.hidden) drawNetwork();
    }
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
    var api = window.__verlichtViewer;
    if (api && typeof api.createNetworkViewer === "function") {
      try {
        state.viewer = api.createNetworkViewer(container, network, { locale: state.lang === "en" ? "en" : "nl", filter: state.group ? { groups: [state.group] } : {} });
        state.network.renderer = "viewer";
        var own = document.querySelector(".net-legend");
        if (own) own.hidden = true;
        return;
      } catch (e) {
        state.errors.push("viewer: " + (e && e.message ? e.message : String(e)));
        container.innerHTML = "";
      }
    }
    // No viewer in this build: say so loudly instead of drawing a lesser network.
    state.network.renderer = "missing";
    container.classList.add("viewer-missing");
    var box = document.getElementById("viewer-missing");
    if (box) box.hidden = false;
    var filter = document.querySelector(".group-filter");
    if (filter) filter.hidden = true;
  }

  window.addEventListener("error", function (e) { state.errors.push(String(e.message)); });
  show();
  state.ready = true;
})();
`;

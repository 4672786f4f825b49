// The screening app's page: plain HTML, CSS and browser JavaScript served from this package (no CDN).

const TEXT = {
  en: {
    title: "Screening",
    name: "Your name",
    token: "Token from the lead",
    signIn: "Sign in",
    include: "Include",
    exclude: "Exclude",
    maybe: "Maybe",
    undo: "Undo my last vote",
    reason: "Exclusion reason",
    note: "Note",
    tags: "Tags (comma-separated)",
    progress: "Progress",
    stopping: "Stopping guide",
    conflicts: "Conflicts to resolve",
    done: "Nothing left to screen at this stage.",
    keys: "Keys: I include · E exclude · M maybe · U undo",
  },
  nl: {
    title: "Screenen",
    name: "Je naam",
    token: "Token van de projectleider",
    signIn: "Aanmelden",
    include: "Insluiten",
    exclude: "Uitsluiten",
    maybe: "Misschien",
    undo: "Mijn laatste stem ongedaan maken",
    reason: "Reden van uitsluiting",
    note: "Notitie",
    tags: "Labels (met komma's)",
    progress: "Voortgang",
    stopping: "Wanneer stoppen",
    conflicts: "Conflicten om op te lossen",
    done: "Niets meer te screenen in deze fase.",
    keys: "Toetsen: I insluiten · E uitsluiten · M misschien · U ongedaan maken",
  },
} as const;

/** The page for a language. */
export function appHtml(lang: "nl" | "en"): string {
  const t = TEXT[lang];
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>VERLICHT · ${t.title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/app.css"></head>
<body data-lang="${lang}">
<header><h1>VERLICHT · ${t.title}</h1><span id="who"></span><nav id="stages"></nav></header>
<section id="signin">
  <form id="signin-form">
    <label>${t.name} <input id="name" autocomplete="username" required></label>
    <label>${t.token} <input id="token" type="password" autocomplete="current-password" required></label>
    <button type="submit">${t.signIn}</button>
    <p id="signin-error" role="alert"></p>
  </form>
</section>
<main id="app" hidden>
  <article id="record" aria-live="polite">
    <h2 id="rec-title"></h2>
    <p id="rec-meta"></p>
    <p id="rec-abstract"></p>
    <p id="rec-keywords"></p>
    <p id="rec-done" hidden>${t.done}</p>
  </article>
  <form id="vote-form">
    <label id="reason-row" hidden>${t.reason} <select id="reason"><option value=""></option></select></label>
    <label>${t.note} <textarea id="note" rows="2"></textarea></label>
    <label>${t.tags} <input id="tags"></label>
    <div class="buttons">
      <button type="button" id="btn-include" class="include">${t.include} (I)</button>
      <button type="button" id="btn-exclude" class="exclude">${t.exclude} (E)</button>
      <button type="button" id="btn-maybe">${t.maybe} (M)</button>
      <button type="button" id="btn-undo">${t.undo} (U)</button>
    </div>
    <p class="hint">${t.keys}</p>
    <p id="vote-error" role="alert"></p>
  </form>
  <aside>
    <h3>${t.progress}</h3><table id="progress"></table>
    <h3>${t.stopping}</h3><div id="stopping"></div>
    <section id="conflicts-box" hidden><h3>${t.conflicts}</h3><ul id="conflicts"></ul></section>
  </aside>
</main>
<script src="/app.js"></script>
</body></html>`;
}

/** The app's styles. */
export const APP_CSS = `
[hidden] { display: none !important; }
button:disabled { opacity: .4; cursor: not-allowed; }
body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #fafaf7; }
header { display: flex; gap: 1rem; align-items: baseline; padding: .5rem 1rem; background: #243b53; color: #fff; }
header h1 { font-size: 1.1rem; margin: 0; }
nav button { margin-right: .3rem; }
nav button[aria-pressed="true"] { font-weight: bold; }
#signin { max-width: 24rem; margin: 3rem auto; }
#signin label, #vote-form label { display: block; margin: .5rem 0; }
input, textarea, select { width: 100%; box-sizing: border-box; font: inherit; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(14rem, 1fr); gap: 1rem 2rem; padding: 1rem; }
#record, #vote-form { grid-column: 1; }
aside { grid-column: 2; grid-row: 1 / span 2; font-size: .9rem; }
#rec-title { font-size: 1.3rem; }
#rec-meta { color: #555; }
mark.inc { background: #c8f0c8; }
mark.exc { background: #f6c6c6; }
.buttons button { font-size: 1rem; padding: .5rem 1rem; margin: .2rem .3rem .2rem 0; }
button.include { background: #2f7d32; color: #fff; }
button.exclude { background: #b3261e; color: #fff; }
[role="alert"] { color: #b3261e; }
.hint { color: #666; font-size: .85rem; }
table td { padding: 0 .5rem 0 0; }
.caveat { color: #666; font-size: .8rem; }
`;

/** The app's browser script. */
export const APP_JS = `(() => {
  const lang = document.body.dataset.lang;
  const T = lang === "nl"
    ? { since: (n, p) => n + " gescreend sinds je laatste insluiting (" + p + " van alle records)", est: (x) => "geschat nog " + x + " relevante records te gaan", method: "Methode: insluitingsfrequentie van je laatste 50 stemmen × records die overblijven.", caveat: "Let op: de volgorde zet waarschijnlijke insluitingen vooraan, dus de frequentie verderop is meestal lager; lees dit als een ruwe bovengrens, geen garantie. Stop volgens de regel in je protocol.", need: "kies een reden", resolveIn: "insluiten", resolveEx: "uitsluiten" }
    : { since: (n, p) => n + " screened since your last include (" + p + " of all records)", est: (x) => "an estimated " + x + " relevant records still to come", method: "Method: inclusion rate of your last 50 votes × records left.", caveat: "Caveat: the order puts likely includes first, so the rate further on is usually lower; read this as a rough upper estimate, not a guarantee. Stop by the rule in your protocol.", need: "choose a reason", resolveIn: "include", resolveEx: "exclude" };
  let state = null;
  let stage = null;
  let terms = { include: [], exclude: [] };
  const $ = (id) => document.getElementById(id);

  async function api(path, payload) {
    const url = path + (stage ? (path.includes("?") ? "&" : "?") + "stage=" + encodeURIComponent(stage) : "");
    const res = await fetch(url, payload === undefined ? {} : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload) });
    const data = await res.json();
    if (!res.ok) throw new Error(data.error || res.statusText);
    return data;
  }

  function escapeRe(s) { return s.replace(/[.*+?^\${}()|[\\]\\\\]/g, "\\\\$&"); }

  // Put text into el with the include / exclude terms marked; text nodes only, never HTML.
  function highlight(el, text) {
    el.textContent = "";
    const all = [...terms.include.map((t) => [t, "inc"]), ...terms.exclude.map((t) => [t, "exc"])].filter(([t]) => t.trim());
    if (!all.length) { el.textContent = text; return; }
    const kind = new Map(all.map(([t, k]) => [t.toLowerCase(), k]));
    const re = new RegExp("(" + all.map(([t]) => escapeRe(t)).sort((a, b) => b.length - a.length).join("|") + ")", "gi");
    let last = 0;
    for (const m of text.matchAll(re)) {
      el.append(text.slice(last, m.index));
      const mark = document.createElement("mark");
      mark.className = kind.get(m[0].toLowerCase()) || "inc";
      mark.textContent = m[0];
      el.append(mark);
      last = m.index + m[0].length;
    }
    el.append(text.slice(last));
  }

  function render() {
    $("who").textContent = state.reviewer + " (" + state.role + ")";
    const nav = $("stages");
    nav.textContent = "";
    for (const s of state.stages) {
      const b = document.createElement("button");
      b.textContent = s.id;
      b.setAttribute("aria-pressed", String(s.id === stage));
      b.onclick = () => { stage = s.id; load(); };
      nav.append(b);
    }
    const r = state.record;
    $("rec-done").hidden = !!r;
    for (const id of ["rec-title", "rec-meta", "rec-abstract", "rec-keywords"]) $(id).hidden = !r;
    for (const id of ["btn-include", "btn-exclude", "btn-maybe"]) $(id).disabled = !r;
    if (r) {
      $("record").dataset.id = String(r.id);
      highlight($("rec-title"), r.title);
      $("rec-meta").textContent = [r.authors.join("; "), r.year, r.journal, r.doi ? "doi:" + r.doi : ""].filter(Boolean).join(" · ");
      highlight($("rec-abstract"), r.abstract);
      highlight($("rec-keywords"), r.keywords.join("; "));
    } else delete $("record").dataset.id;
    const info = state.stages.find((s) => s.id === stage);
    $("reason-row").hidden = !(info && info.reasonsRequired);
    const sel = $("reason");
    sel.textContent = "";
    sel.append(new Option("", ""));
    for (const x of state.reasons) sel.append(new Option(x.label, x.code));
    const table = $("progress");
    table.textContent = "";
    for (const [name, p] of Object.entries(state.progress)) {
      const tr = table.insertRow();
      tr.insertCell().textContent = name;
      tr.insertCell().textContent = p.screened + " / " + p.total;
    }
    const g = state.stopping;
    $("stopping").textContent = "";
    for (const [text, cls] of [[T.since(g.sinceLastInclude, Math.round(g.shareSinceLastInclude * 100) + "%"), ""], [T.est(g.estimatedRemaining), ""], [T.method, "caveat"], [T.caveat, "caveat"]]) {
      const p = document.createElement("p");
      p.textContent = text;
      if (cls) p.className = cls;
      $("stopping").append(p);
    }
    $("conflicts-box").hidden = !state.lead;
    if (state.lead) loadConflicts();
  }

  async function loadConflicts() {
    const list = await api("/api/conflicts");
    const ul = $("conflicts");
    ul.textContent = "";
    for (const c of list) {
      const li = document.createElement("li");
      li.dataset.id = String(c.id);
      li.append(c.id + ": " + c.title + " — " + c.votes.map((v) => v.reviewer + " " + v.value).join(", ") + " ");
      for (const [value, label] of [["include", T.resolveIn], ["exclude", T.resolveEx]]) {
        const b = document.createElement("button");
        b.textContent = label;
        b.className = "resolve-" + value;
        b.onclick = async () => { await api("/api/resolve", { record: c.id, decision: value, reason: $("reason").value || undefined }); load(); };
        li.append(b);
      }
      ul.append(li);
    }
  }

  async function load() {
    const data = await api("/api/state");
    terms = data.terms;
    state = data;
    stage = data.stage;
    render();
  }

  async function cast(decision) {
    if (!state || !state.record) return;
    $("vote-error").textContent = "";
    const info = state.stages.find((s) => s.id === stage);
    if (decision === "exclude" && info && info.reasonsRequired && !$("reason").value) { $("vote-error").textContent = T.need; $("reason").focus(); return; }
    try {
      const tags = $("tags").value.split(",").map((t) => t.trim()).filter(Boolean);
      state = await api("/api/vote", { record: state.record.id, decision, reason: $("reason").value || undefined, note: $("note").value, tags });
      $("note").value = ""; $("tags").value = "";
      render();
    } catch (e) { $("vote-error").textContent = e.message; }
  }

  async function undo() {
    try { state = await api("/api/undo", {}); render(); } catch (e) { $("vote-error").textContent = e.message; }
  }

  $("signin-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    try {
      await api("/api/sign-in", { name: $("name").value, token: $("token").value });
      $("signin").hidden = true;
      $("app").hidden = false;
      await load();
    } catch (e) { $("signin-error").textContent = e.message; }
  });
  $("btn-include").onclick = () => cast("include");
  $("btn-exclude").onclick = () => cast("exclude");
  $("btn-maybe").onclick = () => cast("maybe");
  $("btn-undo").onclick = () => undo();
  document.addEventListener("keydown", (ev) => {
    if (ev.target instanceof HTMLInputElement || ev.target instanceof HTMLTextAreaElement || ev.target instanceof HTMLSelectElement) return;
    if (ev.ctrlKey || ev.metaKey || ev.altKey || $("app").hidden) return;
    const k = ev.key.toLowerCase();
    if (k === "i") cast("include");
    else if (k === "e") cast("exclude");
    else if (k === "m") cast("maybe");
    else if (k === "u") undo();
    else return;
    ev.preventDefault();
  });
})();
`;

// Browser only (uses the DOM): the details panel and the text list alternative.
import type { Citation, LinkedIndicator, SerializedNetwork } from "@verlicht/core";
import type { Visibility } from "./compute-visibility.js";
import type { SupportMeasure, ViewerLocale } from "./default-options.js";
import { el } from "./viewer-dom.js";
import { kindName, relationName, type ViewerTextKey, viewerText } from "./viewer-text.js";

type Node = SerializedNetwork["nodes"][number];
type Edge = SerializedNetwork["edges"][number] & { key: string };

/** Lookup tables over a network, for the panel and the text list. */
export interface NetworkIndex {
  nodes: Map<string, Node>;
  edges: Map<string, Edge>;
  out: Map<string, Edge[]>;
  in: Map<string, Edge[]>;
}

/** Index a read network's nodes and edges by key. */
export function indexNetwork(network: SerializedNetwork): NetworkIndex {
  const index: NetworkIndex = { nodes: new Map(), edges: new Map(), out: new Map(), in: new Map() };
  for (const n of network.nodes) {
    index.nodes.set(n.key, n);
    index.out.set(n.key, []);
    index.in.set(n.key, []);
  }
  network.edges.forEach((e, i) => {
    const edge = { ...e, key: e.key ?? `e${i}` };
    index.edges.set(edge.key, edge);
    index.out.get(e.source)?.push(edge);
    index.in.get(e.target)?.push(edge);
  });
  return index;
}

const sign = (v: number | null) => (v === 1 ? "+" : v === -1 ? "−" : "?");
const CASE_KEYS = ["caseId", "case", "casus", "cid"];
const ROLE_KEYS = ["role", "rol", "roleId"];

function citationItem(c: Citation, locale: ViewerLocale): HTMLElement {
  const t = (k: ViewerTextKey) => viewerText(locale, k);
  const meta: string[] = [`${t("source")}: ${c.sourceId}`, `${t("line")} ${c.line}`];
  const all = { ...c.classInstances, ...(c.attributes ?? {}) };
  const caseKey = CASE_KEYS.find((k) => k in all);
  const roleKey = ROLE_KEYS.find((k) => k in all);
  if (caseKey) meta.push(`${t("case")}: ${all[caseKey]}`);
  if (roleKey) meta.push(`${t("role")}: ${all[roleKey]}`);
  for (const [k, v] of Object.entries(c.classInstances)) if (k !== caseKey && k !== roleKey) meta.push(`${k}: ${v}`);
  return el("li", {}, el("blockquote", {}, c.quote), el("div", { class: "vlv-meta" }, meta.join(" · ")));
}

function indicatorList(indicators: ReadonlyArray<LinkedIndicator> | undefined, locale: ViewerLocale): HTMLElement {
  if (!indicators || indicators.length === 0) return el("p", { class: "vlv-meta" }, viewerText(locale, "noIndicators"));
  return el(
    "ul",
    { class: "vlv-indicators" },
    ...indicators.map((i) =>
      el(
        "li",
        {},
        i.label ?? i.id,
        ...(i.status
          ? [
              el(
                "span",
                { class: "vlv-badge", "data-status": i.status },
                viewerText(locale, `status_${i.status}` as ViewerTextKey),
              ),
            ]
          : []),
      ),
    ),
  );
}

/** Panel content for a node: kind, support, indicators with status badges, links in and out, citations. */
export function nodeDetails(
  index: NetworkIndex,
  key: string,
  locale: ViewerLocale,
  measure: SupportMeasure,
): HTMLElement[] {
  const t = (k: ViewerTextKey) => viewerText(locale, k);
  const node = index.nodes.get(key)!;
  const a = node.attributes;
  const outgoing = index.out.get(key) ?? [];
  const incoming = index.in.get(key) ?? [];
  const support = outgoing.concat(incoming).reduce((s, e) => s + e.attributes.support[measure], 0);
  const parts: HTMLElement[] = [
    el("h2", {}, a.label),
    el(
      "p",
      { class: "vlv-meta" },
      `${t("kind")}: ${a.kind ? kindName(locale, a.kind) : t("noKind")} · ${t("links")}: ${outgoing.length + incoming.length} · ${t("support")}: ${a.support?.[measure] ?? support}`,
    ),
    el("h3", {}, t("indicators")),
    indicatorList(a.indicators, locale),
  ];
  const linkList = (title: ViewerTextKey, edges: Edge[], other: (e: Edge) => string) => {
    if (edges.length === 0) return;
    parts.push(el("h3", {}, t(title)));
    parts.push(
      el(
        "ul",
        {},
        ...edges.map((e) =>
          el(
            "li",
            {},
            `${sign(e.attributes.valence)} ${index.nodes.get(other(e))?.attributes.label ?? other(e)} (${relationName(locale, e.attributes.type)})`,
          ),
        ),
      ),
    );
  };
  linkList("outgoing", outgoing, (e) => e.target);
  linkList("incoming", incoming, (e) => e.source);
  const citations = outgoing.concat(incoming).flatMap((e) => e.attributes.citations);
  if (citations.length > 0) {
    parts.push(el("h3", {}, `${t("citations")} (${citations.length})`));
    parts.push(el("ul", { class: "vlv-citations" }, ...citations.slice(0, 50).map((c) => citationItem(c, locale))));
  }
  return parts;
}

/** Panel content for an edge: its ends, type, sign, support and every citation. */
export function edgeDetails(index: NetworkIndex, key: string, locale: ViewerLocale): HTMLElement[] {
  const t = (k: ViewerTextKey) => viewerText(locale, k);
  const edge = index.edges.get(key)!;
  const a = edge.attributes;
  const label = (k: string) => index.nodes.get(k)?.attributes.label ?? k;
  return [
    el("h2", {}, `${label(edge.source)} → ${label(edge.target)}`),
    el(
      "p",
      { class: "vlv-meta" },
      `${t("type")}: ${relationName(locale, a.type)} (${sign(a.valence)}) · ${t("support")}: ${a.support.sources} ${t("sources")}, ${a.support.cases} ${t("cases")}`,
    ),
    el("h3", {}, `${t("citations")} (${a.citations.length})`),
    el("ul", { class: "vlv-citations" }, ...a.citations.map((c) => citationItem(c, locale))),
  ];
}

/**
 * Fill the text list alternative: every visible factor as a button (Enter opens its details)
 * followed by the factors it leads to, with the sign of each link.
 */
export function renderTextList(
  target: HTMLElement,
  index: NetworkIndex,
  visibility: Visibility,
  locale: ViewerLocale,
): void {
  const t = (k: ViewerTextKey) => viewerText(locale, k);
  const items: HTMLElement[] = [];
  for (const [key, node] of index.nodes) {
    if (!visibility.nodes.has(key)) continue;
    const out = (index.out.get(key) ?? []).filter((e) => visibility.edges.has(e.key));
    const li = el("li", {}, el("button", { type: "button", "data-node": key }, node.attributes.label));
    if (node.attributes.kind) li.append(` (${kindName(locale, node.attributes.kind)})`);
    if (out.length > 0) {
      li.append(
        ` — ${t("outgoing")}: `,
        out
          .map((e) => `${index.nodes.get(e.target)?.attributes.label ?? e.target} (${sign(e.attributes.valence)})`)
          .join(", "),
      );
    }
    items.push(li);
  }
  target.replaceChildren(el("h2", { class: "vlv-sr" }, t("textList")), el("ul", {}, ...items));
}

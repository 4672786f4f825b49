// Browser only (uses the DOM): the viewer's frame around the drawing.
import type { Message } from "@verlicht/core";
import { VALENCE_COLOURS } from "./colours.js";
import type { ViewerLocale } from "./default-options.js";
import { kindName, viewerText } from "./viewer-text.js";

/** Create an element with attributes and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

const CSS = `
.vlv-root{display:flex;flex-direction:column;width:100%;height:100%;min-height:360px;box-sizing:border-box;font:14px/1.4 system-ui,sans-serif;color:#222;background:#fff;position:relative}
.vlv-root *{box-sizing:border-box}
.vlv-toolbar{display:flex;flex-wrap:wrap;gap:8px;align-items:center;padding:6px 8px;border-bottom:1px solid #ddd}
.vlv-toolbar input[type=search]{min-width:12em;padding:3px 6px}
.vlv-toolbar button{padding:3px 8px;cursor:pointer}
.vlv-main{flex:1;display:flex;min-height:0;position:relative}
.vlv-stage{flex:1;min-width:0;min-height:300px;position:relative;outline:none}
.vlv-stage:focus-visible{box-shadow:inset 0 0 0 3px #0072b2}
.vlv-panel{width:min(340px,45%);overflow:auto;border-left:1px solid #ddd;padding:8px 10px;background:#fafafa}
.vlv-panel h2{font-size:16px;margin:0 0 6px}
.vlv-panel h3{font-size:14px;margin:10px 0 4px}
.vlv-panel blockquote{margin:4px 0 8px;padding:4px 8px;border-left:3px solid #bbb;background:#fff}
.vlv-panel .vlv-meta{color:#555;font-size:12px}
.vlv-badge{display:inline-block;padding:0 6px;border-radius:9px;font-size:12px;color:#fff;margin-left:4px}
.vlv-badge[data-status=reached]{background:#2e7d32}.vlv-badge[data-status=closing]{background:#558b2f}
.vlv-badge[data-status=stable]{background:#6d6d6d}.vlv-badge[data-status=widening]{background:#c62828}
.vlv-badge[data-status=insufficient-data]{background:#9e9e9e}
.vlv-legend{display:flex;flex-wrap:wrap;gap:4px 12px;padding:4px 8px;border-top:1px solid #ddd;font-size:12px}
.vlv-legend span{display:inline-flex;align-items:center;gap:4px}
.vlv-swatch{display:inline-block;width:12px;height:12px;border-radius:50%}
.vlv-line{display:inline-block;width:18px;height:3px}
.vlv-status{margin:0;padding:2px 8px;font-size:12px;color:#555}
.vlv-textlist{max-height:40%;overflow:auto;border-top:1px solid #ddd;padding:4px 8px}
.vlv-textlist button{background:none;border:none;padding:0;color:#0b57d0;text-decoration:underline;cursor:pointer;font:inherit}
.vlv-error{padding:16px;border:2px solid #c62828;background:#fff5f5;color:#222;font:14px/1.4 system-ui,sans-serif}
.vlv-error h2{margin:0 0 8px;font-size:16px;color:#c62828}
.vlv-root :focus-visible{outline:3px solid #bf3989;outline-offset:2px}
@media (max-width:600px){.vlv-main{flex-direction:column}.vlv-panel{width:auto;max-height:50%;border-left:none;border-top:1px solid #ddd}}
.vlv-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

/** Add the viewer's stylesheet to the container's document (or shadow root) once. */
export function injectStyles(container: HTMLElement): void {
  const root = container.getRootNode() as Document | ShadowRoot;
  const host = root instanceof ShadowRoot ? root : document.head;
  if (host.querySelector?.("style[data-verlicht-viewer]")) return;
  host.append(el("style", { "data-verlicht-viewer": "" }, CSS));
}

/** The parts of the viewer's frame. */
export interface Skeleton {
  root: HTMLDivElement;
  search: HTMLInputElement;
  support: HTMLInputElement;
  supportValue: HTMLOutputElement;
  listToggle: HTMLButtonElement;
  reset: HTMLButtonElement;
  stage: HTMLDivElement;
  panel: HTMLElement;
  legend: HTMLDivElement;
  status: HTMLParagraphElement;
  textList: HTMLElement;
}

/**
 * Build the frame: toolbar (search, minimum support, text list, reset), stage, details panel,
 * legend, a live status line and the text list alternative.
 */
export function buildSkeleton(
  locale: ViewerLocale,
  maxSupport: number,
  show: { toolbar: boolean; legend: boolean },
): Skeleton {
  const t = (k: Parameters<typeof viewerText>[1]) => viewerText(locale, k);
  const uid = Math.random().toString(36).slice(2, 8);
  const search = el("input", {
    type: "search",
    "aria-label": t("search"),
    placeholder: t("search"),
    class: "vlv-search",
  });
  const support = el("input", {
    type: "range",
    min: "0",
    max: String(Math.max(1, maxSupport)),
    step: "1",
    value: "0",
    id: `vlv-support-${uid}`,
    class: "vlv-support",
  });
  const supportValue = el("output", { for: support.id }, "0");
  const listToggle = el(
    "button",
    { type: "button", "aria-expanded": "false", class: "vlv-list-toggle" },
    t("textList"),
  );
  const reset = el("button", { type: "button", class: "vlv-reset" }, t("resetView"));
  const toolbar = el(
    "div",
    { class: "vlv-toolbar", role: "toolbar", "aria-label": t("title") },
    search,
    el("label", { for: support.id }, `${t("minSupport")} `),
    support,
    supportValue,
    listToggle,
    reset,
  );
  if (!show.toolbar) toolbar.hidden = true;
  const help = el("p", { id: `vlv-help-${uid}`, class: "vlv-sr" }, t("keyboardHelp"));
  const stage = el("div", {
    class: "vlv-stage",
    tabindex: "0",
    role: "img",
    "aria-roledescription": "network",
    "aria-label": t("title"),
    "aria-describedby": help.id,
  });
  const panel = el("aside", { class: "vlv-panel", "aria-live": "polite", tabindex: "-1" });
  panel.hidden = true;
  const main = el("div", { class: "vlv-main" }, stage, panel);
  const legend = el("div", { class: "vlv-legend", role: "list", "aria-label": t("legend") });
  if (!show.legend) legend.hidden = true;
  const status = el("p", { class: "vlv-status", role: "status" });
  const textList = el("section", { class: "vlv-textlist", "aria-label": t("textList") });
  textList.hidden = true;
  const root = el("div", { class: "vlv-root", lang: locale }, toolbar, help, main, legend, status, textList);
  return { root, search, support, supportValue, listToggle, reset, stage, panel, legend, status, textList };
}

/** Fill the legend: node categories, then the three edge colours. */
export function renderLegend(legend: HTMLElement, categories: Map<string, string>, locale: ViewerLocale): void {
  legend.replaceChildren();
  for (const [category, colour] of categories) {
    const name = category === "" ? viewerText(locale, "noKind") : kindName(locale, category);
    legend.append(
      el("span", { role: "listitem" }, el("i", { class: "vlv-swatch", style: `background:${colour}` }), name),
    );
  }
  for (const [key, colour] of [
    ["positive", VALENCE_COLOURS.positive],
    ["negative", VALENCE_COLOURS.negative],
    ["neutral", VALENCE_COLOURS.neutral],
  ] as const) {
    legend.append(
      el(
        "span",
        { role: "listitem" },
        el("i", { class: "vlv-line", style: `background:${colour}` }),
        viewerText(locale, key),
      ),
    );
  }
}

/** Show a clear error inside the container instead of a blank area. */
export function renderError(
  container: HTMLElement,
  messages: ReadonlyArray<Message>,
  locale: ViewerLocale,
): HTMLElement {
  const shown = messages.slice(0, 10);
  const box = el(
    "div",
    { class: "vlv-error", role: "alert" },
    el("h2", {}, viewerText(locale, "errorTitle")),
    el("ul", {}, ...shown.map((m) => el("li", { "data-rule": m.ruleId }, m.reason))),
  );
  if (messages.length > shown.length) box.append(el("p", {}, `… +${messages.length - shown.length}`));
  container.append(box);
  return box;
}

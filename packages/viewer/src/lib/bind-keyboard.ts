// Browser only (uses the DOM): keyboard access and the toolbar controls.
import type { Camera } from "sigma";
import type { Skeleton } from "./viewer-dom.js";

/** What the controls act on. */
export interface ControlActions {
  /** The camera, once the renderer exists. */
  camera(): Camera | null;
  /** Close the panel and clear selection and path. */
  clear(): void;
  /** Run a search; returns the hits. */
  search(text: string): Array<{ node: string }>;
  /** Focus a node. */
  focus(key: string): void;
  /** Set the minimum support. */
  setMinSupport(value: number): void;
  /** Show or hide the text list. */
  toggleList(open: boolean): void;
}

const PAN = 0.1;

/**
 * Wire the toolbar and the keyboard: arrows pan, + and − zoom, 0 resets the view, / moves to the
 * search box, Escape closes the panel, Enter in the search box focuses the best hit; buttons in the
 * text list focus their node.
 *
 * @param dom The viewer's frame.
 * @param actions What the controls do.
 * @returns A function that removes every listener.
 */
export function bindKeyboard(dom: Skeleton, actions: ControlActions): () => void {
  const offs: Array<() => void> = [];
  const on = <K extends keyof HTMLElementEventMap>(
    target: HTMLElement,
    type: K,
    fn: (e: HTMLElementEventMap[K]) => void,
  ) => {
    target.addEventListener(type, fn);
    offs.push(() => target.removeEventListener(type, fn));
  };
  on(dom.stage, "keydown", (e) => {
    const camera = actions.camera();
    if (e.key === "Escape") return actions.clear();
    if (e.key === "/") {
      e.preventDefault();
      return dom.search.focus();
    }
    if (!camera) return;
    const s = camera.getState();
    const step = PAN * s.ratio;
    const moves: Record<string, Partial<typeof s>> = {
      ArrowLeft: { x: s.x - step },
      ArrowRight: { x: s.x + step },
      ArrowUp: { y: s.y + step },
      ArrowDown: { y: s.y - step },
      "+": { ratio: s.ratio / 1.5 },
      "=": { ratio: s.ratio / 1.5 },
      "-": { ratio: s.ratio * 1.5 },
      "0": { x: 0.5, y: 0.5, ratio: 1, angle: 0 },
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    void camera.animate(move, { duration: 150 });
  });
  on(dom.root, "keydown", (e) => {
    if (e.key === "Escape" && !dom.panel.hidden) {
      actions.clear();
      dom.stage.focus();
    }
  });
  on(dom.search, "input", () => {
    actions.search(dom.search.value);
  });
  on(dom.search, "keydown", (e) => {
    if (e.key !== "Enter") return;
    const first = actions.search(dom.search.value)[0];
    if (first) actions.focus(first.node);
  });
  on(dom.support, "input", () => {
    dom.supportValue.value = dom.support.value;
    actions.setMinSupport(Number(dom.support.value));
  });
  on(dom.listToggle, "click", () => {
    const open = dom.listToggle.getAttribute("aria-expanded") !== "true";
    dom.listToggle.setAttribute("aria-expanded", String(open));
    actions.toggleList(open);
  });
  on(dom.reset, "click", () => {
    void actions.camera()?.animatedReset({ duration: 200 });
  });
  on(dom.textList, "click", (e) => {
    const button = (e.target as HTMLElement).closest("button[data-node]");
    const key = button?.getAttribute("data-node");
    if (key) actions.focus(key);
  });
  return () => {
    for (const off of offs) off();
  };
}

/** A label's box on screen, in pixels. */
export interface LabelBox {
  /** Left edge. */
  x: number;
  /** Top edge. */
  y: number;
  /** Width. */
  width: number;
  /** Height. */
  height: number;
}

/** Keeps the labels of one frame apart: a label is drawn only where it overlaps no label drawn before it. */
export interface LabelPlacer {
  /** Forget every placed box (call at the start of each frame). */
  reset(): void;
  /**
   * Place a box when it overlaps no placed box, or always when `force` is set (hovered, selected,
   * highlighted nodes). Returns whether the label should be drawn.
   */
  place(box: LabelBox, force?: boolean): boolean;
  /** The boxes placed in this frame, in placement order. */
  placed(): LabelBox[];
}

/** Do two boxes overlap (touching edges do not count)? */
export function boxesOverlap(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Create a label placer. Placed boxes are bucketed in a grid of `cell` pixels, so a frame with thousands
 * of labels stays linear in the number of labels.
 *
 * @param cell Grid cell size in pixels (default 64).
 */
export function createLabelPlacer(cell = 64): LabelPlacer {
  let boxes: LabelBox[] = [];
  let grid = new Map<string, LabelBox[]>();

  function cellsOf(box: LabelBox, visit: (key: string) => boolean | undefined): boolean {
    const x0 = Math.floor(box.x / cell);
    const x1 = Math.floor((box.x + box.width) / cell);
    const y0 = Math.floor(box.y / cell);
    const y1 = Math.floor((box.y + box.height) / cell);
    for (let gx = x0; gx <= x1; gx++) {
      for (let gy = y0; gy <= y1; gy++) if (visit(`${gx},${gy}`)) return true;
    }
    return false;
  }

  return {
    reset() {
      boxes = [];
      grid = new Map();
    },
    place(box, force = false) {
      if (!force && cellsOf(box, (key) => grid.get(key)?.some((other) => boxesOverlap(box, other)))) return false;
      boxes.push(box);
      cellsOf(box, (key) => {
        const list = grid.get(key);
        if (list) list.push(box);
        else grid.set(key, [box]);
        return undefined;
      });
      return true;
    },
    placed: () => [...boxes],
  };
}

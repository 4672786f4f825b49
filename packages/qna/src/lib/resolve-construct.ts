import type { CodeTreeNode, RockSource } from "./network-source.js";

/** What the codebook says about one code id. */
export interface CodebookEntry {
  /** Label from the codebook (rock fills it with the id when none is written). */
  label: string;
  /** Kind written on the entry itself, if any. */
  kind: string | null;
  /** Path of ids from the root. */
  path: string[];
}

/** A construct as it becomes a node. */
export interface ResolvedConstruct {
  /** Node key. */
  key: string;
  /** Label. */
  label: string;
  /** Kind or null. */
  kind: string | null;
  /** Code path. */
  codePath: string[];
}

/** Options that decide how a written code becomes a node. */
export interface ConstructOptions {
  /** Labels by node key (or leaf id): win over the codebook. */
  labels?: Readonly<Record<string, string>> | null | undefined;
  /** Kinds by node key (or leaf id, or ancestor id): win over the codebook. */
  kinds?: Readonly<Record<string, string>> | null | undefined;
  /** Zoom level (keep this many levels of the code path), or null for none. */
  zoom?: number | null | undefined;
}

/** Index every node of the deductive (and merged) code trees of all sources by id; the first entry wins. */
export function indexCodebook(sources: ReadonlyArray<RockSource>): Map<string, CodebookEntry> {
  const index = new Map<string, CodebookEntry>();
  const visit = (node: CodeTreeNode) => {
    if (!index.has(node.id)) {
      const kind = typeof node.kind === "string" && node.kind ? node.kind : null;
      index.set(node.id, { label: node.label || node.id, kind, path: node.path?.length ? [...node.path] : [node.id] });
    }
    for (const child of node.children ?? []) visit(child);
  };
  for (const source of sources) {
    for (const root of source.codeTrees?.deductive ?? []) visit(root);
    for (const root of source.codeTrees?.merged ?? []) visit(root);
  }
  return index;
}

/**
 * Turn a written construct id into a node: its key, label, kind and code path, zoomed when asked.
 *
 * The code path is the written `>` path (`det>attitude` → `[det, attitude]`) or, for a plain id, the
 * path of that id in the codebook, or just `[id]`. Zooming to level n keeps the first n ids of the
 * path; the node key is then the written prefix (`a>b>c` at level 2 → `a>b`) for written paths, or
 * the ancestor's own id for codebook paths (`c` under `a>b` at level 1 → `a`).
 * Kind: the `kinds` option (by key, then leaf id), else the codebook kind of the deepest id on the
 * path that has one (children inherit their parent's kind).
 */
export function createConstructResolver(
  codebook: ReadonlyMap<string, CodebookEntry>,
  options: ConstructOptions,
): (written: string) => ResolvedConstruct {
  const cache = new Map<string, ResolvedConstruct>();
  const labels = options.labels ?? {};
  const kinds = options.kinds ?? {};
  const zoom = options.zoom ?? null;
  return (written) => {
    const hit = cache.get(written);
    if (hit) return hit;
    const segments = written.split(">");
    const isWrittenPath = segments.length > 1;
    const leafEntry = codebook.get(segments[segments.length - 1]!);
    let codePath = isWrittenPath ? segments : (leafEntry?.path ?? [written]);
    let key = written;
    if (zoom !== null && zoom >= 1 && codePath.length > zoom) {
      codePath = codePath.slice(0, zoom);
      key = isWrittenPath ? codePath.join(">") : codePath[codePath.length - 1]!;
    }
    const leaf = codePath[codePath.length - 1]!;
    const entry = codebook.get(leaf);
    const label = labels[key] ?? labels[leaf] ?? entry?.label ?? key;
    let kind: string | null = kinds[key] ?? kinds[leaf] ?? null;
    for (let i = codePath.length - 1; kind === null && i >= 0; i--) {
      const id = codePath[i]!;
      kind = (i < codePath.length - 1 ? kinds[id] : undefined) ?? codebook.get(id)?.kind ?? null;
    }
    const resolved: ResolvedConstruct = { key, label, kind, codePath: [...codePath] };
    cache.set(written, resolved);
    return resolved;
  };
}

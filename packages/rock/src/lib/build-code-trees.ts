import type { Message } from "@verlicht/core";
import { rockMessage } from "./messages.js";
import type { CodeTreeNode, CodeTrees } from "./types.js";

/** One deductive code as read from a codebook, before it is put into a tree. */
export interface CodeSpec {
  /** Code id. */
  id: string;
  /** Label (defaults to the id). */
  label?: string | undefined;
  /** Parent code id, when given. */
  parentId?: string | undefined;
  /** Description. */
  description?: string | undefined;
  /** Kind (e.g. `intervention`). */
  kind?: string | undefined;
  /** Every other field. */
  data: Record<string, unknown>;
}

/**
 * Build deductive trees from code specifications: `parentId` links and nested `children` (already
 * flattened into specs with `parentId`). A parent that does not exist is reported and the code becomes a root.
 */
export function buildDeductiveTrees(
  specs: ReadonlyArray<CodeSpec>,
  messages: Message[],
  file?: string,
): CodeTreeNode[] {
  const nodes = new Map<string, CodeTreeNode>();
  for (const spec of specs) {
    if (nodes.has(spec.id)) continue;
    const node: CodeTreeNode = {
      id: spec.id,
      label: spec.label ?? spec.id,
      path: [spec.id],
      origin: "deductive",
      data: spec.data,
      children: [],
    };
    if (spec.description !== undefined) node.description = spec.description;
    if (spec.kind !== undefined) node.kind = spec.kind;
    nodes.set(spec.id, node);
  }
  const roots: CodeTreeNode[] = [];
  const seen = new Set<string>();
  for (const spec of specs) {
    if (seen.has(spec.id)) continue;
    seen.add(spec.id);
    const node = nodes.get(spec.id)!;
    const parent = spec.parentId === undefined ? undefined : nodes.get(spec.parentId);
    if (spec.parentId !== undefined && !parent) {
      messages.push(
        rockMessage("unknown-parent-code", { code: spec.id, parent: spec.parentId }, undefined, {
          file,
          actual: spec.parentId,
        }),
      );
    }
    if (parent && parent !== node && !isAncestor(node, parent)) parent.children.push(node);
    else roots.push(node);
  }
  for (const root of roots) setPaths(root, []);
  return roots;
}

function isAncestor(candidate: CodeTreeNode, node: CodeTreeNode): boolean {
  return candidate.children.some((c) => c === node || isAncestor(c, node));
}

function setPaths(node: CodeTreeNode, prefix: string[]): void {
  node.path = [...prefix, node.id];
  for (const child of node.children) setPaths(child, node.path);
}

/** Every id in a list of trees. */
export function collectIds(trees: ReadonlyArray<CodeTreeNode>, into = new Set<string>()): Set<string> {
  for (const t of trees) {
    into.add(t.id);
    collectIds(t.children, into);
  }
  return into;
}

/**
 * Build the inductive trees from code paths (`a>b>c`) and merge them into the deductive trees, as rock
 * does: the deductive ancestors of an inductive path are stripped up to the last deductive code; a
 * path whose deductive codes do not all come first is reported (rock stops on it).
 */
export function buildCodeTrees(
  deductive: CodeTreeNode[],
  codes: ReadonlyArray<{ code: string; line: number }>,
  messages: Message[],
  file?: string,
): CodeTrees {
  const deductiveIds = collectIds(deductive);
  const inductiveRoots: CodeTreeNode[] = [];
  const used = new Set<string>();
  const done = new Set<string>();
  for (const { code, line } of codes) {
    if (done.has(code)) continue;
    done.add(code);
    const parts = code.split(">").filter((p) => p.length > 0);
    for (const p of parts) used.add(p);
    const flags = parts.map((p) => deductiveIds.has(p));
    if (flags.every(Boolean)) continue;
    let path = parts;
    if (flags.some(Boolean)) {
      const firstInductive = flags.indexOf(false);
      if (flags.slice(firstInductive).some(Boolean)) {
        messages.push(
          rockMessage(
            "inductive-not-under-deductive",
            { code },
            { line, column: 1, offset: 0 },
            { severity: "error", file, actual: code },
          ),
        );
        continue;
      }
      path = parts.slice(firstInductive - 1);
    }
    insertPath(inductiveRoots, path, [], "inductive");
  }
  const merged = deductive.map((t) => clone(t));
  for (const root of inductiveRoots) {
    const target = deductiveIds.has(root.id) ? find(merged, root.id) : undefined;
    if (target) for (const child of root.children) graft(target, child);
    else merged.push(clone(root));
  }
  markBoth(merged, used);
  for (const t of merged) setPaths(t, []);
  return { deductive, inductive: inductiveRoots, merged };
}

function insertPath(level: CodeTreeNode[], path: string[], prefix: string[], origin: CodeTreeNode["origin"]): void {
  if (path.length === 0) return;
  const [head, ...rest] = path as [string, ...string[]];
  let node = level.find((n) => n.id === head);
  if (!node) {
    node = { id: head, label: head, path: [...prefix, head], origin, data: {}, children: [] };
    level.push(node);
  }
  insertPath(node.children, rest, node.path, origin);
}

function graft(target: CodeTreeNode, child: CodeTreeNode): void {
  const existing = target.children.find((c) => c.id === child.id);
  if (!existing) {
    target.children.push(clone(child));
    return;
  }
  for (const grandchild of child.children) graft(existing, grandchild);
}

function clone(node: CodeTreeNode): CodeTreeNode {
  return { ...node, path: [...node.path], children: node.children.map(clone) };
}

function find(trees: CodeTreeNode[], id: string): CodeTreeNode | undefined {
  for (const t of trees) {
    if (t.id === id) return t;
    const hit = find(t.children, id);
    if (hit) return hit;
  }
  return undefined;
}

function markBoth(trees: CodeTreeNode[], used: Set<string>): void {
  for (const t of trees) {
    if (t.origin === "deductive" && used.has(t.id)) t.origin = "both";
    markBoth(t.children, used);
  }
}

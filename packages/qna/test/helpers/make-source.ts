// Test helper: builds fictional RockSource values by hand (no parser), so that @verlicht/qna can be
// tested on exactly the structure @verlicht/rock's contract describes.
import type { CodeTreeNode, RockSource, Utterance } from "../../src/lib/network-source.js";

/** One line: its text, its network codes (`from->to||type` or `from->to||type||weight`) and class instances. */
export interface LineSpec {
  text?: string;
  codes?: string[];
  ci?: Record<string, string>;
  uid?: string | null;
}

/** Parse `a->b||type||2` (test shorthand only). */
export function code(spec: string) {
  const [pair, type, weight] = spec.split("||");
  const [from, to] = pair!.split("->");
  return {
    from: from!,
    to: to!,
    type: type!,
    ...(weight !== undefined ? { weight: Number(weight) } : {}),
    raw: `[[${spec}]]`,
  };
}

/** Build a source; class instances carry over from line to line, as in ROCK. */
export function makeSource(
  sourceId: string,
  lines: LineSpec[],
  extra: Partial<Pick<RockSource, "attributes" | "codeTrees" | "aesthetics">> = {},
): RockSource {
  let inForce: Record<string, string> = {};
  const utterances: Utterance[] = lines.map((l, i) => {
    inForce = { ...inForce, ...(l.ci ?? {}) };
    const u: Utterance = {
      uid: l.uid === undefined ? `${sourceId}_u${i + 1}` : l.uid,
      text: l.text ?? `regel ${i + 1}`,
      networkCodes: (l.codes ?? []).map(code),
      classInstances: { ...inForce },
      line: i + 1,
    };
    const cid = inForce["cid"] ?? inForce["caseId"];
    if (cid !== undefined) u.caseId = cid;
    if (inForce["coderId"] !== undefined) u.coderId = inForce["coderId"];
    return u;
  });
  return { sourceId, utterances, attributes: [], codeTrees: { deductive: [], merged: [] }, ...extra };
}

/** Build a code tree node with a path. */
export function tree(id: string, children: CodeTreeNode[] = [], kind?: string, label?: string): CodeTreeNode {
  const node: CodeTreeNode = { id, label: label ?? id, path: [id], children };
  if (kind) node.kind = kind;
  const fix = (n: CodeTreeNode, prefix: string[]) => {
    n.path = [...prefix, n.id];
    for (const c of n.children) fix(c, n.path);
  };
  fix(node, []);
  return node;
}

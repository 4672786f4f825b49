// Collects every regular expression written in packages/*/src: regex literals and `new RegExp("…")` /
// `RegExp("…")` with a string literal, through the TypeScript parser (so none hides in a comment or a string).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/** A pattern found in the source, with where it is. */
export interface FoundPattern {
  file: string;
  line: number;
  source: string;
  flags: string;
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|mts)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) yield path;
  }
}

/** Every pattern in `packages/<name>/src` under `root`. */
export function collectPatterns(root: string): FoundPattern[] {
  const found: FoundPattern[] = [];
  const packages = join(root, "packages");
  for (const pkg of readdirSync(packages, { withFileTypes: true })) {
    if (!pkg.isDirectory()) continue;
    let files: string[];
    try {
      files = [...sourceFiles(join(packages, pkg.name, "src"))];
    } catch {
      continue;
    }
    for (const path of files) {
      const text = readFileSync(path, "utf8");
      const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
      const at = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      const file = relative(root, path);
      const visit = (node: ts.Node): void => {
        if (ts.isRegularExpressionLiteral(node)) {
          const raw = node.text;
          const end = raw.lastIndexOf("/");
          found.push({ file, line: at(node), source: raw.slice(1, end), flags: raw.slice(end + 1) });
        } else if (
          (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
          ts.isIdentifier(node.expression) &&
          node.expression.text === "RegExp" &&
          node.arguments?.[0] &&
          ts.isStringLiteralLike(node.arguments[0])
        ) {
          const flags = node.arguments[1] && ts.isStringLiteralLike(node.arguments[1]) ? node.arguments[1].text : "";
          found.push({ file, line: at(node), source: node.arguments[0].text, flags });
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
  }
  return found;
}

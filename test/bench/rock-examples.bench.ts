// Evaluation on the rock R package's own example files (GPL-3, so not copied into our MIT fixtures):
// every file must parse without loss (each [[…]] token read or reported with its line) and be written
// back byte for byte. Skips when the shared folder (VERLICHT_SHARED, default /work/shared) is absent (a user's clone).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseSource, parseSources, readDct, readTokens, serializeSource } from "@verlicht/rock";
import { reportFigure, skipBench } from "./report.js";

const root = join(process.env.VERLICHT_SHARED ?? "/work/shared", "data", "rock-examples") + "/";
if (!existsSync(root)) {
  skipBench("rock/examples", `${root} not found`);
} else {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(rock|dct|ya?ml)$/.test(name)) files.push(path);
    }
  };
  walk(root);
  let identical = 0;
  let tokensInText = 0;
  let tokensRead = 0;
  let tokensReported = 0;
  let lost = 0;
  const inputs: Array<{ sourceId: string; text: string }> = [];
  for (const path of files) {
    const text = readFileSync(path, "utf8");
    const sourceId = path.slice(root.length);
    inputs.push({ sourceId, text });
    const { value, messages } = parseSource(text, { sourceId });
    if (serializeSource(value) === text) identical++;
    else console.log(`  not identical: ${sourceId}`);
    // Every [[…]] token on an utterance line is either read by a rule or reported with its line.
    for (const u of value.utterances) {
      const bare = [...u.raw.matchAll(/\[\[(.*?)\]\]/g)].length;
      const tokens = readTokens(u.raw, u.position.start);
      tokensInText += bare;
      const read = tokens.filter((t) => t.kind !== "unparsed").length;
      const unread = tokens.filter((t) => t.kind === "unparsed");
      tokensRead += read;
      for (const t of unread) {
        const reported = messages.some(
          (m) => m.actual === t.raw && m.place && "start" in m.place && m.place.start.line === u.line,
        );
        if (reported) tokensReported++;
        else lost++;
      }
      if (read + unread.length < bare) lost += bare - read - unread.length;
    }
  }
  const all = parseSources(inputs);
  const dcts = inputs
    .filter((f) => f.sourceId.endsWith(".dct"))
    .flatMap((f) => readDct(f.text, { file: f.sourceId }).value.dcts);
  reportFigure("rock/examples-files", files.length, "files");
  reportFigure("rock/examples-round-trip-identical", identical, "files", { value: files.length, label: "of" });
  reportFigure("rock/examples-tokens", tokensInText, "[[…]] tokens");
  reportFigure("rock/examples-tokens-read", tokensRead, "tokens");
  reportFigure("rock/examples-tokens-unread-reported", tokensReported, "tokens", {
    value: 0,
    label: "rock 0.9.6 reports",
  });
  reportFigure("rock/examples-tokens-lost", lost, "tokens", { value: 0, label: "target" });
  reportFigure(
    "rock/examples-utterances",
    all.value.sources.reduce((s, x) => s + x.utterances.length, 0),
    "utterances",
  );
  reportFigure("rock/examples-dct-constructs", dcts.length, "constructs");
  const byRule = new Map<string, number>();
  for (const m of all.messages) byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1);
  for (const [rule, n] of [...byRule].sort()) reportFigure(`rock/examples-messages/${rule}`, n, "messages");
}

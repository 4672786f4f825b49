import type { Message } from "@verlicht/core";
import type { CodeSpec } from "./build-code-trees.js";
import { rockMessage } from "./messages.js";
import { CONTAINERS } from "./patterns.js";
import { readAttributes } from "./read-attributes.js";
import { readCodeSpecs } from "./read-code-specs.js";
import { readTokens } from "./read-tokens.js";
import type { RockAesthetics, RockAttributes, Utterance, YamlFragment } from "./types.js";

/** Report a uid used a second time in one source, at its token. */
export function reportDuplicateUid(u: Utterance, first: number, file: string | undefined, messages: Message[]): void {
  const token = readTokens(u.raw, u.position.start)
    .filter((t) => t.kind === "uid")
    .pop();
  messages.push(
    rockMessage("duplicate-uid", { uid: u.uid, firstLine: first }, token?.position ?? u.position, {
      file,
      actual: u.uid ?? "",
    }),
  );
}

/** rock stops when a code value name is also a code or a class: report it. */
export function reportCodeValueClashes(
  utterances: Utterance[],
  names: Set<string>,
  codes: Map<string, number>,
  file: string | undefined,
  messages: Message[],
): void {
  const taken = new Set<string>();
  for (const code of codes.keys()) taken.add(code.slice(code.lastIndexOf(">") + 1));
  let lastClasses: Record<string, string> | undefined;
  for (const u of utterances) {
    if (u.classInstances !== lastClasses) for (const k in u.classInstances) taken.add(k);
    lastClasses = u.classInstances;
  }
  const reported = new Set<string>();
  for (const u of utterances) {
    for (const name in u.codeValues) {
      if (reported.has(name) || !names.has(name) || !taken.has(name)) continue;
      reported.add(name);
      const token = readTokens(u.raw, u.position.start).find((t) => t.kind === "code-value" && t.name === name);
      messages.push(
        rockMessage("code-value-name-clash", { name }, token?.position ?? u.position, {
          severity: "error",
          file,
          actual: name,
        }),
      );
    }
  }
}

/** Attributes, code specifications and aesthetics from the YAML fragments of a source. */
export function readContainers(
  yaml: YamlFragment[],
  file: string | undefined,
  messages: Message[],
): { attributes: RockAttributes[]; codeSpecs: CodeSpec[]; aesthetics: RockAesthetics } {
  const attributes: RockAttributes[] = [];
  const codeSpecs: CodeSpec[] = [];
  const aesthetics: RockAesthetics = { aesthetics: [], network: [] };
  for (const fragment of yaml) {
    const value = fragment.value as Record<string, unknown> | undefined;
    if (!value) continue;
    for (const key of fragment.containers) {
      const v = value[key];
      if ((CONTAINERS.attributes as readonly string[]).includes(key)) {
        attributes.push(...readAttributes(v, fragment.position, file, messages));
      } else if ((CONTAINERS.codes as readonly string[]).includes(key)) {
        codeSpecs.push(...readCodeSpecs(key, v, fragment.position, file, messages));
      } else if ((CONTAINERS.aesthetics as readonly string[]).includes(key)) {
        aesthetics.aesthetics.push(v);
      } else if ((CONTAINERS.network as readonly string[]).includes(key)) {
        aesthetics.network.push(v);
      }
    }
  }
  return { attributes, codeSpecs, aesthetics };
}

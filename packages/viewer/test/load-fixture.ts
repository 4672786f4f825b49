import { readFileSync } from "node:fs";
import type { SerializedNetwork } from "@verlicht/core";
import { readNetwork } from "../src/index.js";

/** Read a fixture network (fictional data) through `readNetwork`, failing loudly when it is invalid. */
export function loadFixture(name: string): SerializedNetwork {
  const text = readFileSync(new URL(`./fixtures/${name}/network.json`, import.meta.url), "utf8");
  const { value, messages } = readNetwork(text);
  if (!value) throw new Error(`fixture ${name} is invalid: ${messages.map((m) => m.reason).join("; ")}`);
  return value;
}

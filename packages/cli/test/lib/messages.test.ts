import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { coreMessages } from "@verlicht/core";
import { afterAll, describe, expect, it } from "vitest";
import { CliContext } from "../../src/lib/context.js";
import { cliMessages, LIBRARY_CATALOGUES } from "../../src/lib/messages.js";
import { runCli } from "../../src/lib/run-cli.js";
import { capture } from "../helpers/capture.js";

const dir = mkdtempSync(join(tmpdir(), "verlicht-lang-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("messages in the user's language", () => {
  it("should pick up every catalogue the libraries export", () => {
    const sources = LIBRARY_CATALOGUES.map((c) => c.source);
    expect(sources).toContain("core");
    expect(sources).toContain("qna");
  });

  it("should re-word a library message made in English in the CLI's language, severity word included", () => {
    const message = coreMessages.create("duplicate-node", { severity: "error", params: { node: "a" }, locale: "en" });
    for (const lang of ["nl", "en"] as const) {
      const io = capture();
      new CliContext(io, { lang, json: false, quiet: false, progress: false }).messages([message]);
      expect(io.err).toContain(coreMessages.format("duplicate-node", { node: "a" }, lang));
      expect(io.err).toContain(`${cliMessages.format("frame-error", null, lang)} `);
    }
  });

  it.each(["nl", "en"] as const)("should show a problem in a network file in %s end to end", async (lang) => {
    const node = { key: "a", attributes: { label: "A" } };
    const file = join(dir, `dup-${lang}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        attributes: {},
        options: { type: "directed", multi: true, allowSelfLoops: true },
        nodes: [node, node],
        edges: [],
      }),
    );
    const io = capture();
    const code = await runCli(["--lang", lang, "network", "export", file, "--format", "json"], io);
    expect(code).toBe(2);
    expect(io.err).toContain(coreMessages.format("duplicate-node", { node: "a" }, lang));
    expect(io.err).toContain(`${cliMessages.format("frame-error", null, lang)}: `);
    expect(io.err).toContain(`${cliMessages.format("frame-fix", null, lang)}: `);
  });
});

// The commands one by one on the FICTIONAL example project, in temporary folders.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { example, tempDir, verlicht } from "./cli-run.js";

describe("verlicht commands on the example project", () => {
  it("should validate the coded sources and count two coders", async () => {
    const run = await verlicht(["--json", "rock", "stats", join(example, "coded")]);
    expect(run.code, run.stderr).toBe(0);
    const stats = JSON.parse(run.stdout);
    expect(stats.sources.length).toBe(16);
    expect(new Set(stats.sources.flatMap((s: { coders: string[] }) => s.coders))).toEqual(new Set(["A", "B"]));
  });

  it("should build the network by rol and find the reinforcing debt–stress loop", async () => {
    const dir = tempDir();
    const sources = ["int01", "int02", "int03", "int04", "int05", "int06", "int07"].map((i) =>
      join(example, "coded", `${i}-coder-a.rock`),
    );
    const build = await verlicht(
      [
        "--json",
        "network",
        "build",
        ...sources,
        "--codebook",
        join(example, "codebook.rock"),
        "--group-by",
        "rol",
        "--out",
        "net.json",
      ],
      { cwd: dir },
    );
    expect(build.code, build.stderr).toBe(0);
    expect(JSON.parse(build.stdout).groups).toEqual(["bewoner", "professional"]);
    const network = JSON.parse(readFileSync(join(dir, "net.json"), "utf8"));
    const stress = network.nodes.find((n: { key: string }) => n.key === "stress");
    expect(stress.attributes.kind).toBe("outcome");
    const loops = await verlicht(["--json", "network", "loops", "net.json"], { cwd: dir });
    expect(loops.code, loops.stderr).toBe(0);
    const found = JSON.parse(loops.stdout).loops as Array<{ nodes: string[]; polarity: string }>;
    const debt = found.find((l) => l.nodes.includes("problematicDebt") && l.nodes.includes("stress"));
    expect(debt?.polarity).toBe("reinforcing");
    const paths = await verlicht(
      ["--json", "network", "paths", "net.json", "--from", "plusWorkers", "--to", "childDevelopment"],
      { cwd: dir },
    );
    expect(paths.code, paths.stderr).toBe(0);
    expect(JSON.parse(paths.stdout).some((p: { nodes: string[] }) => p.nodes.includes("preschoolAttendance"))).toBe(
      true,
    );
  });

  it("should run a living review from the command line and count PRISMA boxes per round", async () => {
    const dir = tempDir();
    const step = async (args: string[]) => {
      const run = await verlicht(args, { cwd: dir });
      expect(run.code, run.stderr).toBe(0);
      return run;
    };
    await step(["review", "init", "r.sqlite"]);
    await step(["review", "import", "r.sqlite", join(example, "review", "round-1-2024.ris"), "--round", "1"]);
    await step(["review", "import", "r.sqlite", join(example, "review", "round-2-2025.ris"), "--round", "2"]);
    await step(["review", "dedup", "r.sqlite"]);
    await step(["review", "screen", "r.sqlite", join(example, "review", "screening.csv"), "--add-reason"]);
    const prisma = JSON.parse((await step(["--json", "review", "prisma", "r.sqlite"])).stdout);
    expect(prisma.map((r: { identified: number }) => r.identified)).toEqual([14, 8]);
    expect(prisma.map((r: { duplicates: number }) => r.duplicates)).toEqual([1, 2]);
    expect(prisma.map((r: { included: number }) => r.included)).toEqual([10, 4]);

    // Exports: all 22 imported records (duplicates are clusters, never deleted) in every format.
    const ris = (await step(["review", "export", "r.sqlite", "--format", "ris"])).stdout;
    expect(ris.match(/^ER {2}- ?$/gm)?.length).toBe(22);
    expect(ris).toMatch(/^TI {2}- \S/m);
    const csl = JSON.parse((await step(["review", "export", "r.sqlite", "--format", "csl-json"])).stdout);
    expect(csl).toHaveLength(22);
    expect(csl.every((item: { title?: string }) => typeof item.title === "string" && item.title.length > 0)).toBe(true);
    const csv = (await step(["review", "export", "r.sqlite", "--format", "csv"])).stdout.trim().split("\n");
    expect(csv).toHaveLength(23);
    expect(csv[0]).toContain("duplicate_of");
    expect(csv[0]).toContain("title-abstract_decision");
    expect(csv[0]).toContain("full-text_decision");
    const asreview = (await step(["review", "export", "r.sqlite", "--format", "asreview"])).stdout;
    expect(asreview.split("\n")[0]).toContain("title");
    // Duplicates are left out, so a model trained on the file counts each cluster's label once.
    expect(asreview.trim().split("\n")).toHaveLength(1 + 22 - 3);
    const bad = await verlicht(["review", "export", "r.sqlite", "--format", "docx"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("docx");
  });
});

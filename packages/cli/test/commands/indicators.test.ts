import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DashboardDataSchema, renderDashboard } from "@verlicht/dashboard";
import { afterAll, describe, expect, it } from "vitest";
import { CliContext } from "../../src/lib/context.js";
import { runIndicators } from "../../src/lib/indicators-stage.js";
import { runCli } from "../../src/lib/run-cli.js";
import { capture } from "../helpers/capture.js";

// The 12 goals as the report words them under "1 missie, 12 doelen", typed in from the report (OCR fixed).
const REPORT_GOALS = [
  "Het aandeel bewoners woonachtig in een passende, duurzame en betaalbare woning groeit naar het landelijk gemiddelde.",
  "De fysieke inrichting van Heerlen-Noord draagt bij aan een gezonde leefomgeving.",
  "De bewoners zijn trots op hun buurt, de leefbaarheid stijgt naar het landelijk gemiddelde.",
  "Het aandeel mensen in de bijstand in Heerlen-Noord daalt naar het landelijk gemiddelde.",
  "Het aandeel werkende armen in Heerlen-Noord daalt naar het landelijk gemiddelde.",
  "Ieder kind kan gebruik maken van een intensief taal- en ontwikkelaanbod.",
  "Alle kinderen en jongeren kunnen hun talenten ontwikkelen in verrijkt onderwijs.",
  "Bewoners zijn weerbaar tegen georganiseerde criminaliteit.",
  "Het aandeel bewoners woonachtig in een sociaal veilige buurt stijgt naar het landelijk gemiddelde.",
  "Ouders/verzorgers zijn veerkrachtig in staat hun kinderen gezond te laten opgroeien.",
  "Ieder kind in Heerlen-Noord gaat kansrijk van start.",
  "Het aandeel kinderen en jongeren dat zich mentaal en fysiek gezond voelt, groeit naar het landelijk gemiddelde.",
];

const root = join(import.meta.dirname, "..", "..", "..", "..");
const dir = join(root, "examples", "heerlen-noord", "indicators");
const obs = [join(dir, "observations.csv"), join(dir, "observations-hln-noord.csv")];
const temp = mkdtempSync(join(tmpdir(), "verlicht-ind-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("verlicht indicators", () => {
  it("should show each goal's full wording first", async () => {
    const io = capture();
    expect(await runCli(["--lang", "nl", "indicators", "goals"], io)).toBe(0);
    const lines = io.out.split("\n");
    const four = lines.findIndex((l) => l.startsWith("4. "));
    expect(lines[four]).toBe(
      "4. Het aandeel mensen in de bijstand in Heerlen-Noord daalt naar het landelijk gemiddelde.",
    );
    expect(io.out).toContain("Thema 3. Werk en bestaanszekerheid");
    expect(io.out).toMatch(/A = doel 4\n/);
  });

  it("should give one evaluation: the CLI, the dashboard and the docs' evaluate.ts agree on every goal", async () => {
    const io = capture();
    expect(await runCli(["--json", "indicators", "evaluate", ...obs, "--area", "HLN-NOORD"], io)).toBe(0);
    const cli = Object.fromEntries(
      (JSON.parse(io.out) as Array<{ goalId: string; status: string }>).map((r) => [r.goalId, r.status]),
    );
    const ctx = new CliContext(capture(), { lang: "en", json: false, quiet: true, progress: false });
    const network = JSON.parse(readFileSync(join(dir, "network-sketch.json"), "utf8"));
    const dashboard = runIndicators(ctx, {
      dir,
      network,
      sources: [],
      area: { code: "HLN-NOORD", name: "Heerlen-Noord" },
      municipality: "GM0917",
      reference: "NL01",
    });
    const shown = Object.fromEntries(dashboard.goals.map((g) => [g.id, g.status]));
    // The printed example, as a reader of docs/indicators.md runs it.
    const tsx = import.meta.resolve("tsx");
    const printed = execFileSync(
      process.execPath,
      ["--conditions=@verlicht/source", "--import", tsx, join(dir, "evaluate.ts")],
      {
        encoding: "utf8",
      },
    );
    const docs: Record<string, string> = {};
    for (const m of printed.matchAll(/^ {2}(\d+)\. .*\n {5}(\S+)/gm)) docs[`goal${m[1]!.padStart(2, "0")}`] = m[2]!;
    expect(Object.keys(cli)).toHaveLength(12);
    for (const [id, status] of Object.entries(cli)) {
      // The dashboard shows "insufficient-data" for a goal none of whose indicators has data at all.
      expect(shown[id], id).toBe(status);
      expect(docs[id], id).toBe(status);
    }
    // The full wording is what a card shows first; the short title comes from the codebook or catalogue.
    const g4 = dashboard.goals.find((g) => g.id === "goal04")!;
    expect(g4.title).toMatchObject({
      nl: "Het aandeel mensen in de bijstand in Heerlen-Noord daalt naar het landelijk gemiddelde.",
    });
    expect(g4.shortTitle).toBeDefined();
  }, 60_000);

  it("should show the 12 goals word for word as the first text of the demo dashboard's cards", () => {
    const ctx = new CliContext(capture(), { lang: "nl", json: false, quiet: true, progress: false });
    const network = JSON.parse(readFileSync(join(dir, "network-sketch.json"), "utf8"));
    const r = runIndicators(ctx, {
      dir,
      network,
      sources: [],
      area: { code: "HLN-NOORD", name: "Heerlen-Noord" },
      municipality: "GM0917",
      reference: "NL01",
    });
    const html = renderDashboard(DashboardDataSchema.parse({ title: "T", goals: r.goals }));
    const cards = [
      ...html.matchAll(
        /<a class="goal-card"[^>]*>\s*<span class="num">(\d+)<\/span><h3><span data-l="nl">([^<]*)<\/span>/g,
      ),
    ];
    expect(cards.map((m) => Number(m[1]))).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(cards.map((m) => m[2])).toEqual(REPORT_GOALS);
  });

  it("should not call an arrow of the logic model insufficient data when it moved as planned", async () => {
    const ctx = new CliContext(capture(), { lang: "en", json: false, quiet: true, progress: false });
    const network = JSON.parse(readFileSync(join(dir, "network-sketch.json"), "utf8"));
    const r = runIndicators(ctx, {
      dir,
      network,
      sources: [],
      area: { code: "HLN-NOORD", name: "Heerlen-Noord" },
      municipality: "GM0917",
      reference: "NL01",
    });
    const arrow = r.assumptions?.find((a) => a.from === "plusWorkers" && a.to === "doorbellConversations");
    expect(arrow?.result).toBe("consistent");
    const step = JSON.stringify(r.logicModels);
    expect(step).toContain("as-planned");
  });

  it("should exit 2 naming the area when assumptions assess gets a reference that is not in the data", async () => {
    const io = capture();
    const code = await runCli(
      [
        "--lang",
        "en",
        "assumptions",
        "assess",
        join(dir, "network-sketch.json"),
        "--links",
        join(dir, "links.csv"),
        "--observations",
        obs[0]!,
        "--area",
        "WK091701",
        "--reference",
        "XX999999",
      ],
      io,
    );
    expect(code).toBe(2);
    expect(io.err).toContain("XX999999");
    expect(io.err).not.toMatch(/\n\s+at /);
  });

  it("should import CBS JSON with a decimal comma as a warning and keep the value as missing, as it says", async () => {
    const file = join(temp, "kwb.json");
    writeFileSync(
      file,
      JSON.stringify({ value: [{ WijkenEnBuurten: "GM0917    ", Perioden: "2022JJ00", AantalInwoners_5: "86,762" }] }),
    );
    const measures = join(temp, "measures.json");
    writeFileSync(measures, JSON.stringify({ AantalInwoners: { indicatorId: "population", unit: "count" } }));
    const io = capture();
    expect(await runCli(["--lang", "en", "indicators", "import", file, "--measures", measures], io)).toBe(0);
    expect(io.err).toContain("kept as missing");
    expect(io.out).toContain("population,GM0917,GM,,2022,,count,missing");
  });
});

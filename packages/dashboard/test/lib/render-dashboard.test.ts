import { describe, expect, it } from "vitest";
import { DashboardDataSchema } from "../../src/lib/dashboard-data.js";
import { inlineViewerBundle, renderDashboard } from "../../src/lib/render-dashboard.js";
import { summariseGoalStatus } from "../../src/lib/render-goals.js";

// Fictional data.
const goals = Array.from({ length: 12 }, (_, i) => ({
  id: `goal${String(i + 1).padStart(2, "0")}`,
  number: i + 1,
  title: { nl: `Doel ${i + 1} <script>`, en: `Goal ${i + 1}` },
  indicators: [],
}));

describe("renderDashboard", () => {
  it("should render one card and one detail section per goal and escape user text", () => {
    const data = DashboardDataSchema.parse({ title: "Test", goals, fictional: true });
    const html = renderDashboard(data);
    expect(html.match(/class="goal-card"/g)?.length).toBe(12);
    expect(html.match(/class="goal-detail"/g)?.length).toBe(12);
    expect(html).not.toContain("Doel 1 <script>");
    expect(html).toContain('class="fictional"');
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it("should keep a </script> inside the network data from closing the element", () => {
    const data = DashboardDataSchema.parse({
      title: "T",
      goals: [],
      network: {
        attributes: {},
        options: { type: "directed", multi: true, allowSelfLoops: true },
        nodes: [{ key: "a", attributes: { label: "</script><b>" } }],
        edges: [],
      },
    });
    const html = renderDashboard(data);
    const json = /<script type="application\/json" id="network-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
    expect(JSON.parse(json).nodes[0].attributes.label).toBe("</script><b>");
  });
});

describe("inlineViewerBundle", () => {
  it("should publish the bundle's exports on window.__verlichtViewer and neutralise </script", () => {
    const out = inlineViewerBundle(
      'var a = "</script>"; function b() {}\nexport { b as createNetworkViewer, a };\n//# sourceMappingURL=x.map\n',
    );
    expect(out).toContain('window.__verlichtViewer = { "createNetworkViewer": b, "a": a };');
    expect(out).not.toContain("export {");
    expect(out).not.toContain("</script>");
  });
});

describe("summariseGoalStatus", () => {
  it("should take the most frequent indicator status, ties to the worse one, and ignore indicators without data", () => {
    const ind = (status: string) => ({ id: status, label: status, status, series: [] });
    const goal = (statuses: string[]) =>
      DashboardDataSchema.parse({ title: "x", goals: [{ id: "g", title: "g", indicators: statuses.map(ind) }] })
        .goals[0]!;
    expect(summariseGoalStatus(goal(["closing", "closing", "widening"]))).toBe("closing");
    expect(summariseGoalStatus(goal(["closing", "widening"]))).toBe("widening");
    expect(summariseGoalStatus(goal(["insufficient-data"]))).toBe("insufficient-data");
  });
});

describe("goal cards", () => {
  const series = (role: "area" | "municipality" | "reference", values: Array<number | null>) => ({
    area: role,
    role,
    points: values.map((value, i) => ({ period: String(2020 + i), value })),
  });
  it("should draw the indicator the goal's status comes from, and say which line has no figures", () => {
    const html = renderDashboard({
      title: "Fictief",
      goals: [
        {
          id: "g8",
          number: 8,
          title: "Veiligheid",
          indicators: [
            {
              id: "a",
              label: "Stabiele indicator",
              status: "stable",
              series: [series("area", [1, 1]), series("municipality", [1, 1]), series("reference", [1, 1])],
            },
            {
              id: "b",
              label: "Groeiende kloof",
              status: "widening",
              series: [series("area", [1, 2]), series("reference", [1, 1])],
            },
            {
              id: "c",
              label: "Ook groeiend",
              status: "widening",
              series: [series("municipality", [2, 3]), series("reference", [1, 1])],
            },
          ],
        },
      ],
    });
    const card = /<a class="goal-card"[\s\S]*?<\/a>/.exec(html)?.[0] ?? "";
    expect(card).toContain('data-status="widening"');
    expect(card).toContain("Groeiende kloof");
    expect(card).toContain('data-missing="municipality"');
    expect(card).not.toContain("Stabiele indicator");
  });
});

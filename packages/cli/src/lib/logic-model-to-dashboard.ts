import type { DashboardLogicModel } from "@verlicht/dashboard";

interface Label {
  nl: string;
  en?: string | undefined;
}

interface ModelLike {
  id: string;
  name: Label;
  stages: Array<{ id: string; kind: string; label: Label; indicators: Array<{ indicatorId: string }> }>;
  steps: Array<{
    from: string;
    to: string;
    mechanisms: Array<{ id: string; label: Label; quotes: Array<{ text: string }> }>;
  }>;
}

interface EvaluationLike {
  stages?: Array<{ id: string; status: string }>;
  steps?: Array<{ from: string; to: string; status: string }>;
}

const local = (l: Label) => (l.en ? { nl: l.nl, en: l.en } : l.nl);

/** Turn a logic model of `@verlicht/indicators` and its evaluation into the dashboard's shape (stages grouped by kind). */
export function logicModelToDashboard(model: unknown, evaluation: unknown): DashboardLogicModel {
  const m = model as ModelLike;
  const ev = (evaluation ?? {}) as EvaluationLike;
  const status = new Map((ev.stages ?? []).map((s) => [s.id, s.status]));
  const kinds = [...new Set(m.stages.map((s) => s.kind))];
  const labelOf = new Map(m.stages.map((s) => [s.id, local(s.label)]));
  return {
    id: m.id,
    name: local(m.name),
    stages: kinds.map((kind) => ({
      stage: kind,
      items: m.stages
        .filter((s) => s.kind === kind)
        .map((s) => ({
          id: s.id,
          label: local(s.label),
          indicators: s.indicators.map((i) => i.indicatorId),
          ...(status.get(s.id) ? { status: status.get(s.id) } : {}),
        })),
    })),
    steps: m.steps.map((st) => {
      const evStep = ev.steps?.find((x) => x.from === st.from && x.to === st.to);
      return {
        from: labelOf.get(st.from) ?? st.from,
        to: labelOf.get(st.to) ?? st.to,
        mechanisms: st.mechanisms.map((mech) => {
          const quote = mech.quotes[0]?.text;
          return quote
            ? { nl: `${mech.label.nl} – “${quote}”`, en: `${mech.label.en ?? mech.label.nl} – “${quote}”` }
            : local(mech.label);
        }),
        ...(evStep ? { status: evStep.status } : {}),
      };
    }),
  };
}

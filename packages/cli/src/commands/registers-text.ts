import { type Locale, localizeMessage, type Message } from "@verlicht/core";
import { indicatorsMessages } from "@verlicht/indicators";
import type { ActivitiesAnalysis, CollectionsAnalysis, PartnerAccess } from "@verlicht/registers";
import { registersMessages } from "@verlicht/registers";
import type { CliContext } from "../lib/context.js";

/** Word messages of the registers (and of the YAML reader of `@verlicht/indicators`) in the CLI's language. */
export function localizeAll(messages: ReadonlyArray<Message>, locale: Locale): Message[] {
  return messages.map((m) => localizeMessage(m, [registersMessages, indicatorsMessages], locale));
}

/** The text of `verlicht registers report`. */
export function formatReport(
  ctx: CliContext,
  a: ActivitiesAnalysis,
  c: CollectionsAnalysis,
  access: PartnerAccess | undefined,
): string {
  const out: string[] = [];
  const period = `${a.period.from}${a.period.to ? ` – ${a.period.to}` : ""}`;
  out.push(ctx.t(`Activiteitenloket (${period})`, `Activiteitenloket (${period})`));
  out.push(ctx.t("  Overvraagd:", "  Over-asked:"));
  if (!a.overAsked.length) out.push(ctx.t("    niemand", "    nobody"));
  for (const o of a.overAsked) {
    const who = o.of === "residents" ? ctx.t("bewoners", "residents") : ctx.t("organisaties", "organisations");
    out.push(
      `    ${o.group} (${who}) in ${o.area}: ${o.activities.length} ${ctx.t("activiteiten", "activities")}, ${o.minutesPerYear} ${ctx.t("min/jaar", "min/year")} — ${o.activities.join(", ")}`,
    );
  }
  out.push(ctx.t("  Afstemmen (zelfde doelgroep en gebied):", "  Coordinate (same target group and area):"));
  if (!a.overlaps.length) out.push(ctx.t("    geen", "    none"));
  for (const o of a.overlaps)
    out.push(`    ${o.activities.join(" + ")}: ${o.groups.join(", ")} in ${o.areas.join(", ")}`);
  out.push(ctx.t("  Gepland:", "  Planned next:"));
  if (!a.planned.length) out.push(ctx.t("    niets", "    nothing"));
  for (const p of a.planned) out.push(`    ${p.from} ${p.id} (${p.targetGroups.join(", ")}; ${p.areas.join(", ")})`);
  out.push("", "Dataloket");
  out.push(ctx.t("  Dubbel verzameld:", "  Collected twice:"));
  if (!c.duplicates.length) out.push(ctx.t("    niets", "    nothing"));
  for (const d of c.duplicates) out.push(`    ${d.indicatorId}: ${d.collections.join(", ")} (${d.by.join(", ")})`);
  out.push(ctx.t("  Indicatoren zonder verzameling:", "  Indicators no collection delivers:"));
  out.push(`    ${c.uncollected.map((u) => u.indicatorId).join(", ") || ctx.t("geen", "none")}`);
  if (access) {
    out.push("", ctx.t(`Toegang voor ${access.partner}`, `Access for ${access.partner}`));
    out.push(`  ${ctx.t("open", "open")}: ${access.open.join(", ") || "-"}`);
    out.push(`  ${ctx.t("voor partners", "for partners")}: ${access.granted.join(", ") || "-"}`);
    out.push(
      `  ${ctx.t("op aanvraag", "on request")}: ${access.onRequest.map((r) => `${r.id}${r.agreement ? ` (${r.agreement})` : ""}`).join(", ") || "-"}`,
    );
    out.push(`  ${ctx.t("gesloten", "closed")}: ${access.closed.join(", ") || "-"}`);
  }
  return out.join("\n");
}

import { InvalidArgumentsError } from "@verlicht/core";
import { prefix } from "./constants.js";
import type { IndicatorLink } from "./schemas.js";

/** A link as accepted by the functions: the schema's fields, with `sign` and `role` optional. */
export type LinkLike = Pick<IndicatorLink, "construct" | "indicatorId"> &
  Partial<Omit<IndicatorLink, "construct" | "indicatorId">>;

/** Links: an array of links, or a map construct → indicator id(s). */
export type LinksInput = ReadonlyArray<LinkLike> | Readonly<Record<string, string | ReadonlyArray<string>>>;

/**
 * Bring links into one shape: an array of `{construct, indicatorId, sign, role}` with defaults (`sign` 1,
 * `role` measures). Accepts a map `{construct: indicatorId | indicatorId[]}` too. Throws
 * `InvalidArgumentsError` for anything else. Internal.
 */
export function normaliseLinks(links: LinksInput, fn: string): IndicatorLink[] {
  if (Array.isArray(links)) {
    return (links as ReadonlyArray<LinkLike>).map((l, i) => {
      const construct = l?.construct;
      const indicatorId = l?.indicatorId;
      if (typeof construct !== "string" || typeof indicatorId !== "string") {
        throw new InvalidArgumentsError(
          `${prefix(fn)}links[${i}] needs string construct and indicatorId, got ${JSON.stringify(l)}`,
        );
      }
      const link: IndicatorLink = {
        construct,
        indicatorId,
        sign: l.sign === -1 ? -1 : 1,
        role: l.role === "proxy" ? "proxy" : "measures",
      };
      if (l.note !== undefined) link.note = l.note;
      return link;
    });
  }
  if (links && typeof links === "object") {
    return Object.entries(links as Record<string, string | string[]>).flatMap(([construct, ids]) =>
      (Array.isArray(ids) ? ids : [ids]).map((indicatorId) => ({
        construct,
        indicatorId: String(indicatorId),
        sign: 1 as const,
        role: "measures" as const,
      })),
    );
  }
  throw new InvalidArgumentsError(
    `${prefix(fn)}links must be an array of {construct, indicatorId, sign?} or a map construct → indicator ids`,
  );
}

/**
 * The frame the report sets for monitoring the goals ("1 missie, 12 doelen"): the state on 01-01-2023 is
 * the starting point (nulmeting), the development 2018–2023 shows the trend before it, figures are yearly
 * for Heerlen-Noord (and its wijken where available), the gemeente Heerlen and Nederland, and the corona
 * period may have caused a trend break in part of the indicators.
 */
export const MONITORING_FRAME = Object.freeze({
  /** The starting point: the state per 1 January 2023 (CBS stock figures per 1 January are period `2023`). */
  baseline: Object.freeze({ date: "2023-01-01", period: "2023" }),
  /** The series that shows the development before the starting point. */
  series: Object.freeze({ from: "2018", to: "2023" }),
  /** The areas figures are wanted for, in the order the report names them. */
  areas: Object.freeze([
    Object.freeze({ code: "HLN-NOORD", level: "CUSTOM", name: "Heerlen-Noord", wijken: "where available" }),
    Object.freeze({ code: "GM0917", level: "GM", name: "Heerlen" }),
    Object.freeze({ code: "NL01", level: "NL", name: "Nederland" }),
  ]),
  /** Periods flagged as a possible trend break, and why. */
  trendBreaks: Object.freeze([
    Object.freeze({
      from: "2020",
      to: "2021",
      cause: "corona",
      note: "De coronaperiode kan een trendbreuk hebben veroorzaakt (the corona period may have caused a trend break).",
    }),
  ]),
  /** Periods that fall in the corona period (observations in them are flagged). */
  coronaPeriods: Object.freeze(["2020", "2021"]),
  /**
   * "Kansrijk van start" (goal 11) is monitored with a set of 15 indicators agreed with Rijk and CBS. The
   * report does not name the 15; its Bijlage 1 lists items 13–29 (17 items) for pregnancy, birth and the
   * first years. The catalogue marks those 17 with the set `kansrijk-van-start`.
   */
  kansrijkVanStart: Object.freeze({ goal: "goal11", stated: 15, bijlage1Items: Object.freeze([13, 29]) }),
  /** The report speaks of about 100 indicators in all; Bijlage 1 lists the key ones (items 5–35). */
  indicatorsInAll: 100,
});

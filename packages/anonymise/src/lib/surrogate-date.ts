/** Shift a written date by a number of days, keeping its written form. */

const MONTHS_NL = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];
const MONTHS_EN = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const ABBREV_NL = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const WEEKDAYS_NL = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];
const WEEKDAYS_EN = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const DAY_WORDS = `een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien
zeventien achttien negentien twintig eenentwintig tweeëntwintig drieëntwintig vierentwintig vijfentwintig
zesentwintig zevenentwintig achtentwintig negenentwintig dertig eenendertig`.split(/\s+/);
const ORDINAL_WORDS = `eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde dertiende
veertiende vijftiende zestiende zeventiende achttiende negentiende twintigste eenentwintigste tweeëntwintigste
drieëntwintigste vierentwintigste vijfentwintigste zesentwintigste zevenentwintigste achtentwintigste
negenentwintigste dertigste eenendertigste`.split(/\s+/);

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, "");
  let i = MONTHS_NL.indexOf(w);
  if (i === -1) i = MONTHS_EN.indexOf(w);
  if (i === -1) i = MONTHS_NL.findIndex((m) => w.length >= 3 && m.startsWith(w));
  if (i === -1) i = MONTHS_EN.findIndex((m) => w.length >= 3 && m.startsWith(w));
  if (i === -1) i = ABBREV_NL.indexOf(w);
  return i;
}

function shifted(year: number | null, month: number, day: number, days: number): Date {
  const base = new Date(Date.UTC(year ?? 2001, month, day));
  return new Date(base.getTime() + days * 86_400_000);
}

function formatMonth(original: string, month: number): string {
  const bare = original.replace(/\.$/, "");
  const period = original.endsWith(".") ? "." : "";
  const full = MONTHS_NL.includes(bare.toLowerCase())
    ? MONTHS_NL
    : MONTHS_EN.includes(bare.toLowerCase())
      ? MONTHS_EN
      : null;
  const name = full ? full[month]! : ABBREV_NL[month]!;
  const cased = /^\p{Lu}/u.test(bare) ? name[0]!.toUpperCase() + name.slice(1) : name;
  return cased + period;
}

/**
 * Shift a date mention by `days`, keeping its form: numeric dates keep separators and year width; written dates
 * keep month style; a weekday is recomputed (from the year when there is one, else moved by the same shift).
 * Returns null when the mention cannot be read (the caller then uses a tag).
 */
export function shiftDate(value: string, days: number): string | null {
  const numeric = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/.exec(value);
  if (numeric) {
    const [, d, sep, m, y] = numeric;
    const fullYear = y!.length === 2 ? 2000 + Number(y) : Number(y);
    const date = shifted(fullYear, Number(m) - 1, Number(d), days);
    const dd = d!.length === 2 ? String(date.getUTCDate()).padStart(2, "0") : String(date.getUTCDate());
    const mm = m!.length === 2 ? String(date.getUTCMonth() + 1).padStart(2, "0") : String(date.getUTCMonth() + 1);
    const yy = y!.length === 2 ? String(date.getUTCFullYear() % 100).padStart(2, "0") : String(date.getUTCFullYear());
    return `${dd}${sep}${mm}${sep}${yy}`;
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso)
    return shifted(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), days)
      .toISOString()
      .slice(0, 10);
  // written: [weekday[,]] [de|the] day[e|ste|th] [van|of] month [year]  or  month day [year]
  const words = value.split(/(\s+|,)/);
  let weekdayAt = -1;
  let dayAt = -1;
  let monthAt = -1;
  let yearAt = -1;
  words.forEach((w, i) => {
    const lower = w.toLowerCase().replace(/\.$/, "");
    if (weekdayAt === -1 && (WEEKDAYS_NL.includes(lower) || WEEKDAYS_EN.includes(lower))) weekdayAt = i;
    else if (
      dayAt === -1 &&
      (/^\d{1,2}(e|ste|de|st|nd|rd|th)?$/.test(lower) || DAY_WORDS.includes(lower) || ORDINAL_WORDS.includes(lower)) &&
      monthAt === -1
    )
      dayAt = i;
    else if (monthAt === -1 && monthIndex(lower) !== -1 && lower.length >= 3) monthAt = i;
    else if (monthAt !== -1 && /^(\d{4}|['’]\d{2})$/.test(w)) yearAt = i;
    else if (monthAt !== -1 && dayAt === -1 && /^\d{1,2}(st|nd|rd|th)?$/.test(lower)) dayAt = i;
  });
  if (dayAt === -1 || monthAt === -1) return null;
  const dayWord = words[dayAt]!.toLowerCase();
  const day = /^\d/.test(dayWord)
    ? Number.parseInt(dayWord, 10)
    : DAY_WORDS.includes(dayWord)
      ? DAY_WORDS.indexOf(dayWord) + 1
      : ORDINAL_WORDS.indexOf(dayWord) + 1;
  const month = monthIndex(words[monthAt]!);
  const yearText = yearAt === -1 ? null : words[yearAt]!;
  const year =
    yearText === null ? null : /^\d{4}$/.test(yearText) ? Number(yearText) : 2000 + Number(yearText.slice(1));
  const date = shifted(year, month, day, days);
  const suffix = /^\d+(\D*)$/.exec(dayWord)?.[1] ?? "";
  words[dayAt] = `${date.getUTCDate()}${suffix}`;
  words[monthAt] = formatMonth(words[monthAt]!, date.getUTCMonth());
  if (yearAt !== -1 && yearText) {
    words[yearAt] = /^\d{4}$/.test(yearText)
      ? String(date.getUTCFullYear())
      : `${yearText[0]}${String(date.getUTCFullYear() % 100).padStart(2, "0")}`;
  }
  if (weekdayAt !== -1) {
    const w = words[weekdayAt]!;
    const list = WEEKDAYS_NL.includes(w.toLowerCase()) ? WEEKDAYS_NL : WEEKDAYS_EN;
    const old = list.indexOf(w.toLowerCase());
    const index = year === null ? (((old + days) % 7) + 7) % 7 : date.getUTCDay();
    const name = list[index]!;
    words[weekdayAt] = /^\p{Lu}/u.test(w) ? name[0]!.toUpperCase() + name.slice(1) : name;
  }
  return words.join("");
}

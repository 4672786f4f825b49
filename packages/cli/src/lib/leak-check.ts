/** A piece of personal data from a raw transcript found again in a coded source. */
export interface Leak {
  /** The coded source file. */
  file: string;
  /** Line in that file. */
  line: number;
  /** The category of the span (PERSON, PHONE, …). */
  category: string;
  /** The text that leaked. */
  text: string;
}

/**
 * Check that no personal data the anonymiser found in the raw transcripts appears in the coded sources:
 * every span text (3 characters or more) is searched as a whole word in every line of every coded source.
 *
 * @param spans The spans found in the raw transcripts.
 * @param coded The coded sources' files and texts.
 * @returns One entry per occurrence.
 */
export function findLeaks(
  spans: ReadonlyArray<{ category: string; text: string }>,
  coded: ReadonlyArray<{ file: string; text: string }>,
): Leak[] {
  const needles = [
    ...new Map(spans.filter((s) => s.text.trim().length >= 3).map((s) => [s.text.trim(), s.category])).entries(),
  ];
  const leaks: Leak[] = [];
  for (const { file, text } of coded) {
    const lines = text.split("\n");
    lines.forEach((lineText, i) => {
      for (const [needle, category] of needles) {
        const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        if (new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "u").test(lineText)) {
          leaks.push({ file, line: i + 1, category, text: needle });
        }
      }
    });
  }
  return leaks;
}

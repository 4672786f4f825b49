/** Very frequent function words that tell Dutch and English speech apart. */
const NL = new Set(
  "de het een en is dat ik je niet van ook maar wat die er op met te zijn we ze dan nog heb hebben wel".split(" "),
);
const EN = new Set(
  "the a and is that i you not of also but what there on with to be we they then have has it was".split(" "),
);

/**
 * Guess whether a transcript is Dutch or English from its function words (ties and empty texts are Dutch).
 *
 * @example
 * ```ts
 * detectLanguage("I: Can you tell me what you do?"); // "en"
 * ```
 */
export function detectLanguage(text: string): "nl" | "en" {
  let nl = 0;
  let en = 0;
  for (const m of text.toLowerCase().matchAll(/[a-z']+/g)) {
    if (NL.has(m[0])) nl++;
    if (EN.has(m[0])) en++;
  }
  return en > nl ? "en" : "nl";
}

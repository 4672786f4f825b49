// Regular expressions in packages/*/src that recheck (https://makenowjust-labs.github.io/recheck/) finds
// super-linear: REPORTED, NOT ACCEPTED. Each is a backlog item of issue 13 for the package's owner; most are
// unanchored searches like /[\s-]+$/ or /\s*;\s*/ that take quadratic time on a long run of the repeated
// class. The regex-safety test fails on any vulnerable pattern NOT in this list, and prints the entries
// that are no longer found (fixed or moved) so the list only shrinks. Keys are `file: /source/flags`.
export const KNOWN_SUPERLINEAR: ReadonlyArray<string> = [
  "packages/anonymise/src/lib/link-aliases.ts: /[^.!?\\n]*$/",
  "packages/anonymise/src/lib/protect.ts: /^[ \\t]*---<<[^>\\n]*>>---[ \\t]*$/gm",
  "packages/anonymise/src/lib/recognise-address.ts: /(^|[.!?:\\n]\\s*)$/",
  "packages/anonymise/src/lib/recognise-international.ts: /[\\s-]+$/",
  "packages/anonymise/src/lib/recognise-international.ts: /[\\s.-]+$/",
  "packages/anonymise/src/lib/recognise-patterns.ts: /[.,;:!?)]+$/",
  "packages/anonymise/src/lib/recognise-patterns.ts: /[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}/gu",
  "packages/anonymise/src/lib/recognise-patterns.ts: /[\\s-]+$/",
  // Added with the URL recogniser after this list was made: reported, to be rewritten (issue 13).
  "packages/anonymise/src/lib/recognise-patterns.ts: /\\b(?:https?:\\/\\/|www\\.)[^\\s<>\"']+|\\b(?:[a-z\\d-]+\\.)+(?:com|nl|be|org|net|eu|de|info|io|me|tv|social|app)\\/[^\\s<>\"']*[\\p{L}\\d/_-]|(?<![\\p{L}\\d.@_-])@[\\p{L}\\d_](?:[\\p{L}\\d_.]*[\\p{L}\\d_])?/giu",
  "packages/anonymise/src/lib/replace-spans.ts: /([\\p{L}'’]+)[.,]?\\s+$/u",
  "packages/anonymise/src/lib/surrogate-person.ts: /^([^,]+),\\s*((?:\\p{Lu}\\.\\s*)+)(.*)$/u",
  "packages/anonymise/src/lib/surrogate-values.ts: /^(\\d{1,4}[a-zA-Z]?)(\\s+)(.*\\s)(\\p{Lu}\\p{L}*\\.?)$/u",
  "packages/anonymise/src/lib/surrogate-values.ts: /^(\\+31|0031)?[\\s(]*0?\\)?\\s*(6|[1-9]\\d{1,2})/",
  "packages/cli/src/commands/anonymise-review.ts: /^(replace|reject|keep|accept)\\s+(.+)$/i",
  "packages/cli/src/commands/dashboard.ts: /[\\\\/]+$/",
  "packages/dashboard/src/lib/render-dashboard.ts: /\\s+as\\s+/",
  "packages/dashboard/src/lib/render-dashboard.ts: /export\\s*\\{([^}]*)\\}\\s*;?\\s*$/",
  "packages/indicators/src/lib/parse-observations-csv.ts: /^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$/",
  "packages/review/src/lib/dedup-keys.ts: /[.,;]+$/",
  "packages/review/src/lib/detect-format.ts: /^\\s*@[A-Za-z]+\\s*[{(]/m",
  "packages/review/src/lib/export-records.ts: /\\s*\\n\\s*/g",
  "packages/review/src/lib/parse-bibtex.ts: /\\s*[;,]\\s*/",
  "packages/review/src/lib/parse-bibtex.ts: /\\s*[–—-]+\\s*/",
  "packages/review/src/lib/parse-csv.ts: /\\s*;\\s*/",
  "packages/review/src/lib/parse-medline.ts: /\\s*\\[doi\\]\\s*$/i",
  "packages/review/src/lib/parse-wos.ts: /\\s*;\\s*/",
  "packages/review/src/lib/record-fields.ts: /\\s*;\\s*/",
];

/**
 * Patterns recheck flags that are provably safe where they are used, each with the reason. A pattern goes
 * here only after review; none is needed yet.
 */
export const REVIEWED_SAFE: Readonly<Record<string, string>> = {};

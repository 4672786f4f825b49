/**
 * The default patterns of the rock R package 0.9.6 (`R/opts.R`), as JavaScript regular expressions.
 * Each `*_TOKEN` pattern is the rock pattern anchored to the inside of one `[[…]]` token, which is
 * equivalent whenever the token holds no `[` or `]` (the fast path of the parser; other lines are
 * read with the unanchored patterns in rock's own order).
 */

/** rock 0.9.6 `classInstanceRegex` (generic class instance identifier `[[class=value]]`). */
export const CLASS_INSTANCE_REGEX = /\[\[(?!uid)(?!UID)\s*([a-zA-Z][a-zA-Z0-9_]*)\s*[=:]\s*([a-zA-Z0-9_]+)\s*\]\]/g;
/** rock 0.9.6 `idRegexes["caseId"]` (legacy `[[cid=…]]`, also stripped from utterances). */
export const CASE_ID_REGEX = /\[\[cid\s*[=:]\s*([a-zA-Z0-9_]+)\s*\]\]/g;
/** rock 0.9.6 `uidRegex`. */
export const UID_REGEX = /\[\[\s*[uU][iI][dD]\s*[=:]\s*([a-zA-Z0-9_]+)\s*\]\]/g;
/** rock 0.9.6 `codeRegexes["codes"]`. */
export const CODE_REGEX = /\[\[\s*([a-zA-Z][a-zA-Z0-9_>]*)\s*([0-9]*\s*-\s*[0-9]*)?\s*\]\]/g;
/** rock 0.9.6 `codeRegexes["ci"]` (cognitive-interview codes `[[ci--x]]`). */
export const CI_CODE_REGEX = /\[\[ci\s*--\s*([a-zA-Z0-9_>]+)\s*([0-9]*\s*-\s*[0-9]*)?\s*\]\]/g;
/** rock 0.9.6 `codeValueRegexes["codeValues"]`. */
export const CODE_VALUE_REGEX = /\[\[\s*([a-zA-Z0-9_>]+)\s*\|\|\s*([^\]]*)\s*([0-9]*\s*-\s*[0-9]*)?\s*\]\]/g;
/**
 * rock 0.9.6 `networkCodeRegexes["network"]`, with one deliberate extension: the weight may hold
 * `.` (decimal weights, as in rock after 0.9.6). Such tokens get an info message.
 */
export const NETWORK_CODE_REGEX =
  /\[\[\s*([a-zA-Z][a-zA-Z0-9_>]*)\s*->\s*([a-zA-Z][a-zA-Z0-9_>]*)\s*\|\|\s*([a-zA-Z][a-zA-Z0-9_>]*)\s*(\|\|[a-zA-Z0-9_>.]*)?\s*([0-9]*\s*-\s*[0-9]*)?\s*\]\]/g;
/** rock 0.9.6 `sectionRegexes["sectionBreak"]`. */
export const SECTION_BREAK_REGEX = /---<<\s*([a-zA-Z][a-zA-Z0-9_]*)\s*>>---/g;
/** rock 0.9.6 `anchorRegex`. */
export const ANCHOR_REGEX = /--\+-\{\s*([a-zA-Z0-9_:.,+@!#$%^&*)(/\\>< |~=-]+)\s*\}-\+--/g;
/** rock 0.9.6 `ignoreRegex` (comment lines). */
export const COMMENT_REGEX = /^\s*#/;
/** yum `delimiterRegEx` (a YAML fragment delimiter line). */
export const YAML_DELIMITER = "---";

/** Anchored forms used on the inside of one bracket-free `[[…]]` token. */
export const CLASS_INSTANCE_TOKEN = /^(?!uid)(?!UID)\s*([a-zA-Z][a-zA-Z0-9_]*)\s*[=:]\s*([a-zA-Z0-9_]+)\s*$/;
/** Anchored `idRegexes["caseId"]`. */
export const CASE_ID_TOKEN = /^cid\s*[=:]\s*([a-zA-Z0-9_]+)\s*$/;
/** Anchored `uidRegex`. */
export const UID_TOKEN = /^\s*[uU][iI][dD]\s*[=:]\s*([a-zA-Z0-9_]+)\s*$/;
/** Anchored `codeRegexes["codes"]`. */
export const CODE_TOKEN = /^\s*([a-zA-Z][a-zA-Z0-9_>]*)\s*([0-9]*\s*-\s*[0-9]*)?\s*$/;
/** Anchored `codeRegexes["ci"]`. */
export const CI_CODE_TOKEN = /^ci\s*--\s*([a-zA-Z0-9_>]+)\s*([0-9]*\s*-\s*[0-9]*)?\s*$/;
/** Anchored `codeValueRegexes["codeValues"]`. */
export const CODE_VALUE_TOKEN = /^\s*([a-zA-Z0-9_>]+)\s*\|\|\s*([^\]]*)\s*([0-9]*\s*-\s*[0-9]*)?\s*$/;
/** Anchored network code pattern (see {@link NETWORK_CODE_REGEX}). */
export const NETWORK_CODE_TOKEN =
  /^\s*([a-zA-Z][a-zA-Z0-9_>]*)\s*->\s*([a-zA-Z][a-zA-Z0-9_>]*)\s*\|\|\s*([a-zA-Z][a-zA-Z0-9_>]*)\s*(\|\|[a-zA-Z0-9_>.]*)?\s*([0-9]*\s*-\s*[0-9]*)?\s*$/;

/** rock 0.9.6 `ciid_columnsToCopy`: class names whose values are also copied to a second column. */
export const CLASS_ALIASES: Readonly<Record<string, string>> = {
  cid: "caseId",
  sid: "stanzaId",
  uuid: "itemId",
  prbid: "probeId",
  mqid: "metaqid",
};

/** Default containers (top-level YAML keys) per kind, rock 0.9.6 plus `ROCK_codebook` (rock dev). */
export const CONTAINERS = {
  attributes: ["ROCK_attributes"],
  codes: ["ROCK_codebook", "ROCK_codes", "codes", "dct"],
  aesthetics: ["ROCK_aesthetics"],
  network: ["ROCK_network"],
  sectionBreaks: ["ROCK_sectionBreaks", "section_breaks"],
} as const;

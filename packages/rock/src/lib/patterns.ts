/**
 * The default patterns of the rock R package 0.9.6 (`R/opts.R`), as JavaScript regular expressions
 * that accept exactly the same tokens but never backtrack super-linearly.
 *
 * rock's own patterns are ambiguous where two `\s*` (or a name and a digit run) meet, so a regex
 * engine tries every split of a long run of spaces: `[[a` + 3,000 spaces takes seconds. Here every
 * such run is matched atomically (`(?=(?<w>\s*))\k<w>`, the lookahead-and-backreference form of an
 * atomic group), which gives the same matches because what follows the run can never start with the
 * run's characters. A test compares these patterns with rock's original text on random strings.
 *
 * Each `*_TOKEN` pattern is the inside of one `[[…]]` token, anchored; the `*_REGEX` forms are the
 * global patterns with the brackets. Groups are named (`m.groups.code`, …).
 */

/** An atomic group: `body` matched once, never given back. */
function atomic(name: string, body: string): string {
  return `(?=(?<${name}>${body}))\\k<${name}>`;
}

const WS = (name: string) => atomic(name, "\\s*");
/** rock's optional trailing "range" `[0-9]*\s*-\s*[0-9]*`, written so that its spaces are unambiguous. */
const RANGE = "(?<range>[0-9]*\\s*-(?:\\s*[0-9]+)?)?\\s*";

const BODY = {
  classInstance: "(?!uid)(?!UID)\\s*(?<class>[a-zA-Z][a-zA-Z0-9_]*)\\s*[=:]\\s*(?<id>[a-zA-Z0-9_]+)\\s*",
  caseId: "cid\\s*[=:]\\s*(?<id>[a-zA-Z0-9_]+)\\s*",
  uid: "\\s*[uU][iI][dD]\\s*[=:]\\s*(?<id>[a-zA-Z0-9_]+)\\s*",
  code: `\\s*${atomic("code", "[a-zA-Z][a-zA-Z0-9_>]*")}${WS("w1")}${RANGE}`,
  ciCode: `ci\\s*--\\s*${atomic("code", "[a-zA-Z0-9_>]+")}${WS("w1")}${RANGE}`,
  codeValue: `\\s*(?<name>[a-zA-Z0-9_>]+)\\s*\\|\\|${WS("w1")}(?<value>[^\\]]*)`,
  network:
    "\\s*(?<from>[a-zA-Z][a-zA-Z0-9_>]*)\\s*->\\s*(?<to>[a-zA-Z][a-zA-Z0-9_>]*)\\s*\\|\\|\\s*" +
    `${atomic("type", "[a-zA-Z][a-zA-Z0-9_>]*")}${WS("w1")}(?:${atomic("weight", "\\|\\|[a-zA-Z0-9_>.]*")})?${WS("w2")}${RANGE}`,
} as const;

const token = (body: string) => new RegExp(`^${body}$`);
const global = (body: string) => new RegExp(`\\[\\[${body}\\]\\]`, "g");

/** rock 0.9.6 `classInstanceRegex` (generic class instance identifier `[[class=value]]`); groups `class`, `id`. */
export const CLASS_INSTANCE_REGEX = global(BODY.classInstance);
/** rock 0.9.6 `idRegexes["caseId"]` (legacy `[[cid=…]]`, also stripped from utterances); group `id`. */
export const CASE_ID_REGEX = global(BODY.caseId);
/** rock 0.9.6 `uidRegex`; group `id`. */
export const UID_REGEX = global(BODY.uid);
/** rock 0.9.6 `codeRegexes["codes"]`; groups `code`, `range`. */
export const CODE_REGEX = global(BODY.code);
/** rock 0.9.6 `codeRegexes["ci"]` (cognitive-interview codes `[[ci--x]]`); groups `code`, `range`. */
export const CI_CODE_REGEX = global(BODY.ciCode);
/** rock 0.9.6 `codeValueRegexes["codeValues"]`; groups `name`, `value` (rock's range group never matches). */
export const CODE_VALUE_REGEX = global(BODY.codeValue);
/**
 * rock 0.9.6 `networkCodeRegexes["network"]`, with one deliberate extension: the weight may hold
 * `.` (decimal weights, as in rock after 0.9.6). Such tokens get an info message. Groups `from`, `to`,
 * `type`, `weight` (with its `||`), `range`.
 */
export const NETWORK_CODE_REGEX = global(BODY.network);
/** rock 0.9.6 `sectionRegexes["sectionBreak"]`. */
export const SECTION_BREAK_REGEX = /---<<\s*([a-zA-Z][a-zA-Z0-9_]*)\s*>>---/g;
/** rock 0.9.6 `ignoreRegex` (comment lines). */
export const COMMENT_REGEX = /^\s*#/;
/** yum `delimiterRegEx` (a YAML fragment delimiter line). */
export const YAML_DELIMITER = "---";

/** Anchored forms used on the inside of one `[[…]]` token. */
export const CLASS_INSTANCE_TOKEN = token(BODY.classInstance);
/** Anchored `idRegexes["caseId"]`. */
export const CASE_ID_TOKEN = token(BODY.caseId);
/** Anchored `uidRegex`. */
export const UID_TOKEN = token(BODY.uid);
/** Anchored `codeRegexes["codes"]`. */
export const CODE_TOKEN = token(BODY.code);
/** Anchored `codeRegexes["ci"]`. */
export const CI_CODE_TOKEN = token(BODY.ciCode);
/** Anchored `codeValueRegexes["codeValues"]`. */
export const CODE_VALUE_TOKEN = token(BODY.codeValue);
/** Anchored network code pattern (see {@link NETWORK_CODE_REGEX}). */
export const NETWORK_CODE_TOKEN = token(BODY.network);

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

import type { Position } from "@verlicht/core";

/**
 * The data model of a parsed ROCK source. This file is the contract other packages
 * (`@verlicht/qna`, `@verlicht/anonymise` checks, the CLI) code against: extend it, do not break it.
 */

/** A network code `[[from->to||type||weight]]` as written on a line. */
export interface NetworkCode {
  /** Construct the relation starts at (may hold `>` paths, e.g. `det>attitude`). */
  from: string;
  /** Construct the relation points to. */
  to: string;
  /** Relation type, e.g. `causal_pos`. */
  type: string;
  /** Coded weight when one is written (decimals allowed); absent otherwise. */
  weight?: number;
  /** The token exactly as written, brackets included. */
  raw: string;
  /** Where the token is in the source text. */
  position: Position;
}

/** One utterance: a line that is not YAML, a comment or a section break. */
export interface Utterance {
  /** The uid of the line (`[[uid=…]]`), or null when it has none. When a line has several, the last wins (as in rock). */
  uid: string | null;
  /** The utterance text with all ROCK markup removed and whitespace trimmed. */
  text: string;
  /** The whole line as written (without its line ending). */
  raw: string;
  /** Plain code strings as written, e.g. `parent>child`, in line order. */
  codes: string[];
  /** Code values `[[name||value]]` as `{name: value}`. */
  codeValues: Record<string, string>;
  /** Network codes on this line, in line order. */
  networkCodes: NetworkCode[];
  /** Class instances in force for this line (persistent: carried over until a new value). */
  classInstances: Record<string, string>;
  /** The case id (`cid` / `caseId` class), when known. */
  caseId?: string;
  /** The coder id (`coderId` class), when known. */
  coderId?: string;
  /** Nesting level from leading `~` characters (0 = not nested). */
  nestingLevel: number;
  /** Line number (1-based) in the source. */
  line: number;
  /** Position of the whole line. */
  position: Position;
  /** Cognitive-interview codes `[[ci--x]]` as written (without the `ci--`), in line order. */
  ciCodes: string[];
  /** Uid of the parent utterance for nested (`~`) utterances, as rock's `parent_uid` (`null` when none). */
  parentUid: string | null;
  /** Per section-break name, how many breaks of that name precede this line (rock's `_counter` columns). */
  sectionCounters: Record<string, number>;
  /** Anchors `--+-{ … }-+--` on the line (they stay in `text`, as in rock). */
  anchors: Anchor[];
  /**
   * Whether rock keeps this line as a row of its qualitative data table: false for empty lines and for
   * lines that hold nothing but class instance identifiers (rock drops those rows).
   */
  inDataTable: boolean;
}

/** What a `[[…]]` token was read as. */
export type RockTokenKind = "uid" | "class-instance" | "code" | "ci-code" | "code-value" | "network-code" | "unparsed";

/** One `[[…]]` token on a line (see `readTokens`; utterances do not keep them, to stay light). */
export interface RockToken {
  /** How the token was read (`unparsed` when no rock pattern reads it; it then stays in `text`). */
  kind: RockTokenKind;
  /** The token exactly as written, brackets included. */
  raw: string;
  /** Main value: the uid, class name, code, code-value name or network `from`. */
  name: string;
  /** Second value: the class instance id, code value or network `to` (empty otherwise). */
  value: string;
  /** Where the token is. */
  position: Position;
}

/** An anchor `--+-{ value }-+--` used to synchronise streams. */
export interface Anchor {
  /** The anchor's content, trimmed. */
  value: string;
  /** The anchor as written. */
  raw: string;
  /** Where it is. */
  position: Position;
}

/** Kinds of lines in the concrete syntax layer. */
export type ConcreteLineKind = "utterance" | "yaml" | "yaml-delimiter" | "comment" | "section-break";

/**
 * A physical line that is not an utterance (YAML, delimiter, comment, section break), kept so that a
 * {@link RockSource} can be written back byte for byte. Utterance lines are written from `utterances`.
 */
export interface ConcreteLine {
  /** What the line is. */
  kind: ConcreteLineKind;
  /** The line as written, without its line ending. */
  raw: string;
  /** Line number, 1-based. */
  line: number;
  /** Offset of the first character of the line in the text (UTF-16). */
  offset: number;
}

/** The concrete syntax layer: everything needed to rebuild the exact text. */
export interface ConcreteSyntax {
  /** Whether the text starts with a byte order mark (U+FEFF), which is kept but not part of line 1. */
  bom: boolean;
  /** The non-utterance lines, in line order. */
  lines: ConcreteLine[];
  /** The line ending after each physical line (index 0 = line 1): `\n`, `\r\n`, `\r` or `""`. */
  eols: string[];
}

/** A section break `---<<name>>---`. */
export interface SectionBreak {
  /** The break's name. */
  name: string;
  /** Line number (1-based). */
  line: number;
  /** Position of the break token. */
  position: Position;
}

/** A YAML fragment between two `---` lines. */
export interface YamlFragment {
  /** The YAML text between the delimiters. */
  text: string;
  /** The parsed value (undefined when the YAML does not parse; a message says why). */
  value: unknown;
  /** Top-level keys of the fragment (its containers, e.g. `ROCK_attributes`). */
  containers: string[];
  /** Position from the opening to the closing delimiter, both included. */
  position: Position;
}

/** Attributes of one class instance, from `ROCK_attributes` (e.g. `{caseId: "1", rol: "bewoner"}`). */
export type RockAttributes = Record<string, string>;

/** A node of a code tree. */
export interface CodeTreeNode {
  /** Code id (the leaf name). */
  id: string;
  /** Human label (defaults to the id). */
  label: string;
  /** Path of ids from the root to this node, this node included. */
  path: string[];
  /** Where the node comes from. */
  origin: "deductive" | "inductive" | "both";
  /** Optional description from the codebook. */
  description?: string;
  /** Optional kind from the codebook (e.g. `intervention`, `outcome`, `goal`, `mechanism`, `context`). */
  kind?: string;
  /** Every other field of the codebook entry, kept. */
  data: Record<string, unknown>;
  /** Children. */
  children: CodeTreeNode[];
}

/** The code trees of a source. */
export interface CodeTrees {
  /** Trees from `ROCK_codes` / `codes` / `dct` / `ROCK_codebook` fragments. */
  deductive: CodeTreeNode[];
  /** Trees built from the `>` paths of codes used on lines. */
  inductive: CodeTreeNode[];
  /** Inductive trees attached under deductive nodes, as rock merges them. */
  merged: CodeTreeNode[];
}

/** Styling and network configuration fragments. */
export interface RockAesthetics {
  /** Parsed values of every `ROCK_aesthetics` container, in file order. */
  aesthetics: unknown[];
  /** Parsed values of every `ROCK_network` container, in file order. */
  network: unknown[];
}

/** A parsed ROCK source. */
export interface RockSource {
  /** The source id given in the options (or `""`). */
  sourceId: string;
  /** Utterances in line order. */
  utterances: Utterance[];
  /** Section breaks in line order. */
  sectionBreaks: SectionBreak[];
  /** `ROCK_attributes` entries, in file order. */
  attributes: RockAttributes[];
  /** Code trees. */
  codeTrees: CodeTrees;
  /** Every YAML fragment. */
  yaml: YamlFragment[];
  /** Aesthetics and network configuration. */
  aesthetics: RockAesthetics;
  /** Lines of comments (`^\\s*#`), kept for writing back. */
  comments: Comment[];
  /** The concrete syntax layer used by `serializeSource`. */
  concrete: ConcreteSyntax;
}

/** A comment line (ignored by rock). */
export interface Comment {
  /** The line as written. */
  raw: string;
  /** Line number, 1-based. */
  line: number;
  /** Position of the line. */
  position: Position;
}

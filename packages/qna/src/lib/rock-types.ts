import type { Position } from "@verlicht/core";

/**
 * The parts of `@verlicht/rock`'s `RockSource` contract (packages/rock/src/lib/types.ts) that
 * `@verlicht/qna` reads. Declared structurally here so that any parsed source — from `parseSource`,
 * from a file, or built by hand — is accepted; a `RockSource` is assignable to {@link RockSource}.
 */

/** A network code `[[from->to||type||weight]]`. */
export interface NetworkCode {
  /** Cause construct id (may hold `>` paths). */
  from: string;
  /** Effect construct id. */
  to: string;
  /** Relation type. */
  type: string;
  /** Coded weight, when written. */
  weight?: number | undefined;
  /** The token as written. */
  raw?: string;
  /** Where the token is. */
  position?: Position;
}

/** One utterance (line). */
export interface Utterance {
  /** The uid of the line, or null. */
  uid: string | null;
  /** Text without markup. */
  text: string;
  /** Network codes on the line. */
  networkCodes: NetworkCode[];
  /** Class instances in force. */
  classInstances: Record<string, string>;
  /** Case id, when known. */
  caseId?: string | undefined;
  /** Coder id, when known. */
  coderId?: string | undefined;
  /** Line number (1-based). */
  line: number;
}

/** Attributes of one class instance from `ROCK_attributes`. */
export type RockAttributes = Record<string, string>;

/** A node of a code tree. */
export interface CodeTreeNode {
  /** Code id. */
  id: string;
  /** Label. */
  label: string;
  /** Path of ids from the root. */
  path: string[];
  /** Kind from the codebook. */
  kind?: string | undefined;
  /** Children. */
  children: CodeTreeNode[];
}

/** A parsed ROCK source, as far as networks need it. */
export interface RockSource {
  /** Source id. */
  sourceId: string;
  /** Utterances in line order. */
  utterances: Utterance[];
  /** `ROCK_attributes` entries. */
  attributes?: RockAttributes[];
  /** Code trees (deductive and merged are read for labels, kinds and paths). */
  codeTrees?: { deductive?: CodeTreeNode[]; merged?: CodeTreeNode[] };
  /** `ROCK_aesthetics` and `ROCK_network` container values. */
  aesthetics?: { aesthetics?: unknown[]; network?: unknown[] };
}

import type * as Rock from "@verlicht/rock";

/**
 * What `@verlicht/qna` reads of a parsed ROCK source, derived from `@verlicht/rock`'s exported types
 * (`RockSource`, `Utterance`, `NetworkCode`, `CodeTreeNode`) by picking the fields networks need, so
 * a change in rock's contract is a compile error here. Every `RockSource` from `parseSource` is a
 * {@link RockSource}; sources built by hand (from another coding tool) need only these fields.
 */

/** A network code `[[from->to||type||weight]]`: rock's `NetworkCode`, `raw` and `position` optional. */
export type NetworkCode = Pick<Rock.NetworkCode, "from" | "to" | "type"> &
  Partial<Pick<Rock.NetworkCode, "weight" | "raw" | "position">>;

/** One utterance (line): rock's `Utterance`, as far as networks read it. */
export type Utterance = Pick<Rock.Utterance, "uid" | "text" | "classInstances" | "line"> &
  Partial<Pick<Rock.Utterance, "caseId" | "coderId">> & {
    /** Network codes on the line. */
    networkCodes: NetworkCode[];
  };

/** Attributes of one class instance from `ROCK_attributes`. */
export type RockAttributes = Rock.RockAttributes;

/** A node of a code tree: rock's `CodeTreeNode`, as far as networks read it. */
export type CodeTreeNode = Pick<Rock.CodeTreeNode, "id" | "label" | "path"> &
  Partial<Pick<Rock.CodeTreeNode, "kind">> & {
    /** Children. */
    children: CodeTreeNode[];
  };

/** A parsed ROCK source, as far as networks need it. */
export interface RockSource {
  /** Source id. */
  sourceId: Rock.RockSource["sourceId"];
  /** Utterances in line order. */
  utterances: Utterance[];
  /** `ROCK_attributes` entries. */
  attributes?: RockAttributes[];
  /** Code trees (deductive and merged are read for labels, kinds and paths). */
  codeTrees?: Partial<Record<"deductive" | "merged", CodeTreeNode[]>>;
  /** `ROCK_aesthetics` and `ROCK_network` container values. */
  aesthetics?: Partial<Rock.RockAesthetics>;
}

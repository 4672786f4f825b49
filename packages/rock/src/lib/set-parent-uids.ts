import type { Message } from "@verlicht/core";
import { rockMessage } from "./messages.js";
import type { Utterance } from "./types.js";

/** Rows rock threads over (utterances and section breaks), as parallel arrays. */
export interface ThreadState {
  uids: Array<string | null>;
  levels: number[];
  /** Index into the utterances, or -1 for a section-break row. */
  utterance: number[];
}

/** rock's `get_parent_uid`: threads start at level 1 under the preceding row; levels rise one at a time. */
export function setParentUids(
  state: ThreadState,
  utterances: Utterance[],
  file: string | undefined,
  messages: Message[],
): void {
  let threading = false;
  let max = 0;
  let depth = 0;
  const parents: number[] = [];
  const { levels, uids } = state;
  for (let i = 0; i < levels.length; i++) {
    const level = levels[i]!;
    if (level === 0) {
      threading = false;
      max = 0;
      depth = 0;
      parents.length = 0;
      continue;
    }
    let parent: number | undefined;
    if (!threading && level === 1) {
      threading = true;
      max = 1;
      depth = 1;
      parents[1] = i - 1;
      parent = i - 1;
    } else if (!threading || level > max + 1) {
      const u = utterances[state.utterance[i]!];
      if (u) {
        messages.push(rockMessage("thread-too-deep", { start: !threading }, u.position, { severity: "error", file }));
      }
      continue;
    } else if (level === max + 1 || level > depth) {
      if (level === max + 1) max = level;
      depth = level;
      parents[depth] = i - 1;
      parent = i - 1;
    } else {
      depth = level;
      parent = parents[depth];
    }
    const u = utterances[state.utterance[i]!];
    if (u) u.parentUid = parent === undefined || parent < 0 ? null : (uids[parent] ?? null);
  }
}

import type { ReviewEvent } from "@verlicht/core";
import { statement } from "./statement-cache.js";
import type { ReviewDatabase } from "./store/database.js";

/** Read the event log from sequence number `after + 1` on. @internal */
export function readEvents(db: ReviewDatabase, after: number): ReviewEvent[] {
  const rows = statement(db, "SELECT * FROM events WHERE seq > ? ORDER BY seq").all(after) as Record<string, unknown>[];
  return rows.map((r) => {
    const event: ReviewEvent = {
      seq: r.seq as number,
      at: r.at as string,
      actor: r.actor as string,
      type: r.type as string,
      payload: JSON.parse(r.payload as string),
      toolVersion: r.tool_version as string,
    };
    if (r.before !== null) event.before = JSON.parse(r.before as string);
    if (r.after !== null) event.after = JSON.parse(r.after as string);
    if (r.input_file !== null || r.input_hash !== null || r.input_line !== null) {
      event.input = {
        ...(r.input_file !== null ? { file: r.input_file as string } : {}),
        ...(r.input_hash !== null ? { hash: r.input_hash as string } : {}),
        ...(r.input_line !== null ? { line: r.input_line as number } : {}),
      };
    }
    return event;
  });
}

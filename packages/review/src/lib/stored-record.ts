import type { ReviewRecord } from "./review-record.js";
import type { StoredRecord } from "./review-types.js";

/** A `records` row as a {@link StoredRecord}. @internal */
export function toStored(row: Record<string, unknown>): StoredRecord {
  return {
    id: row.id as number,
    roundId: row.round_id as string,
    file: (row.file as string | null) ?? undefined,
    fileHash: (row.file_hash as string | null) ?? undefined,
    line: (row.line as number | null) ?? undefined,
    duplicateOf: (row.duplicate_of as number | null) ?? undefined,
    removed: (row.removed as string | null | undefined) ?? undefined,
    notRetrieved: row.not_retrieved === 1,
    record: JSON.parse(row.data as string) as ReviewRecord,
  };
}

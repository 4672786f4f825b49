import { PositionSchema } from "@verlicht/core";
import { z } from "zod";
import { RECORD_FORMATS, type RecordFormat } from "./review-record.js";

/** Schema of one raw tag, for records read back from JSON (exports, other tools). */
export const RawTagSchema = z.object({ tag: z.string(), value: z.string(), position: PositionSchema });

/** Schema of a {@link ReviewRecord} as JSON, e.g. a record exported by one tool and imported by another. */
export const ReviewRecordSchema = z.object({
  index: z.number().int().min(0),
  format: z.enum(RECORD_FORMATS as [RecordFormat, ...RecordFormat[]]),
  type: z.string().optional(),
  title: z.string().optional(),
  authors: z.array(z.string()),
  year: z.number().int().optional(),
  doi: z.string().optional(),
  journal: z.string().optional(),
  journalAbbreviation: z.string().optional(),
  volume: z.string().optional(),
  issue: z.string().optional(),
  pages: z.string().optional(),
  abstract: z.string().optional(),
  keywords: z.array(z.string()),
  issn: z.array(z.string()),
  pmid: z.string().optional(),
  url: z.string().optional(),
  language: z.string().optional(),
  database: z.string().optional(),
  searchDatabase: z.string().optional(),
  label: z.union([z.literal(0), z.literal(1)]).optional(),
  raw: z.array(RawTagSchema),
  position: PositionSchema,
});

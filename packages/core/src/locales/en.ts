/** English wording of the messages of `@verlicht/core` (see `../lib/messages.ts`). */
export const en = {
  "invalid-json": "The network is not valid JSON: {detail}",
  "duplicate-node": 'Node "{node}" appears more than once.',
  "duplicate-edge": 'Edge "{edge}" appears more than once.',
  "unknown-node": 'Edge "{edge}" (edges[{index}]) refers to node "{node}", which is not in the nodes list.',
  "csv-unclosed-quote": "This quoted cell is never closed; the rest of the file was read as one cell",
  "csv-stray-quote": 'A quote inside an unquoted cell; write the cell in quotes and double the quote ("")',
  "csv-text-after-quote": "Text after the closing quote of a cell; write the whole cell in quotes",
} as const;

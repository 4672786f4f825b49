/** Key of the edge (from, to, type): `from->to||type` (unambiguous: construct ids cannot hold `-` or `|`). */
export function edgeKeyOf(from: string, to: string, type: string): string {
  return `${from}->${to}||${type}`;
}

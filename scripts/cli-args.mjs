// Arguments for the `verlicht` CLI as a user typed them after `pnpm <script>`.
//
// pnpm 12 passes a `--` on to the script (`pnpm demo -- --lang en` runs `node scripts/demo.mjs -- --lang en`),
// older pnpm and npm swallow it. The CLI (commander) reads everything after `--` as operands, so
// `--lang en` would be an unknown argument. Both spellings therefore mean the same: one leading `--` is
// dropped. A `--` later on the line is left alone (it still ends the options there).
/**
 * @param {readonly string[]} argv the script's arguments (`process.argv.slice(2)`)
 * @returns {string[]}
 */
export function userArgs(argv) {
  return argv[0] === "--" ? argv.slice(1) : [...argv];
}

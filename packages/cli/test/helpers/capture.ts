import type { CliIo } from "../../src/lib/context.js";

/** A {@link CliIo} that keeps what the CLI prints, for assertions. */
export function capture(): CliIo & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    isTTY: false,
    stdout: (s: string) => {
      io.out += s;
    },
    stderr: (s: string) => {
      io.err += s;
    },
  };
  return io;
}

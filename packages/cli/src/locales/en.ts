/** English wording of the CLI's own frame (see `../lib/messages.ts`). */
export const en = {
  "frame-error": "error",
  "frame-warning": "warning",
  "frame-info": "info",
  "frame-fix": "fix",
  "frame-expected": "expected",
  "frame-found": "found",
  "internal-error": "internal error: {detail}",
  "internal-error-note": "please report this; set VERLICHT_DEBUG=1 for details",
} as const;

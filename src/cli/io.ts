// Shared CLI plumbing: writing with back-pressure, reporting bad input without stopping a batch.
import type { Writable } from "node:stream";

export function write(out: Writable, s: string): Promise<void> | void {
  if (!out.write(s)) return new Promise((res) => out.once("drain", () => res()));
}

export class Problems {
  count = 0;
  report(message: string): void {
    this.count++;
    process.stderr.write(`salname: ${message}\n`);
  }
}

/** Prints a message a person can act on and exits, without a stack trace. */
export function die(message: string, code = 2): never {
  process.stderr.write(`salname: ${message}\n`);
  process.exit(code);
}

// Shared CLI plumbing: writing with back-pressure, reporting bad input without stopping a batch.
import type { Writable } from "node:stream";

export function write(out: Writable, s: string): Promise<void> | void {
  if (!out.write(s)) return new Promise((res) => out.once("drain", () => res()));
}

/** Collects lines and writes them in large chunks: one write per line costs more than the JSON. */
export class ChunkedWriter {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly out: Writable, private readonly chunk = 1 << 20) {}

  async line(s: string): Promise<void> {
    this.parts.push(s, "\n");
    this.size += s.length + 1;
    if (this.size >= this.chunk) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.parts.length) return;
    const s = this.parts.join("");
    this.parts = [];
    this.size = 0;
    await write(this.out, s);
  }
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

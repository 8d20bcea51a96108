import type { Command } from "commander";
import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import { dbOptions, withStore, type DbOptions } from "./db.js";
import { die, write } from "./io.js";
import { CSV_COLUMNS, csvLine, GDELT_COLUMNS, gdeltRow } from "../store/formats.js";
import type { ExportKind } from "../store/types.js";

interface Opts extends DbOptions { format: string; out?: string }

export function register(program: Command): void {
  dbOptions(program.command("export")
    .description("write all events, articles or entities as JSON lines, CSV, or a GDELT-style event table")
    .argument("<what>", "events, articles or entities")
    .option("--format <format>", "jsonl, csv or gdelt (events only; see docs/gdelt-export.md)", "jsonl")
    .option("--out <file>", "write to a file instead of standard output"))
    .action(async (what: string, opts: Opts) => {
      if (!["events", "articles", "entities"].includes(what)) die(`export what? events, articles or entities (not "${what}")`);
      if (!["jsonl", "csv", "gdelt"].includes(opts.format)) die(`--format must be jsonl, csv or gdelt`);
      if (opts.format === "gdelt" && what !== "events") die("--format gdelt exports events only");
      const kind = what as ExportKind;
      const out: Writable = opts.out ? createWriteStream(opts.out) : process.stdout;
      const now = new Date();
      await withStore(opts, async (s) => {
        if (opts.format === "csv") await write(out, csvLine(CSV_COLUMNS[kind]));
        if (opts.format === "gdelt") await write(out, GDELT_COLUMNS.join("\t") + "\n");
        for await (const row of s.export(kind)) {
          const line = opts.format === "jsonl" ? JSON.stringify(row) + "\n" : opts.format === "csv" ? csvLine(CSV_COLUMNS[kind].map((c) => row[c])) : gdeltRow(row, now);
          if (line) await write(out, line);
        }
      });
      if (opts.out) await new Promise<void>((res, rej) => out.end((e?: Error | null) => (e ? rej(e) : res())));
    });
}

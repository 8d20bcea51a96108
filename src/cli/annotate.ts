import type { Command } from "commander";
import { annotate } from "../pipeline.js";
import { toOutput } from "../output.js";
import { readSources, readStdin } from "../ingest/sources.js";
import { validDate } from "../ingest/decode.js";
import { renderPretty } from "./pretty.js";
import { die, Problems, write } from "./io.js";

export function register(program: Command): void {
  program
    .command("annotate")
    .description("annotate articles (text files, .jsonl records, or standard input) and print them")
    .argument("[files...]", "text files (optional ` date YYYY-MM-DD ` header) or .jsonl files; standard input when none")
    .option("--date <YYYY-MM-DD>", "document date for inputs that carry none")
    .option("--format <format>", "jsonl or pretty (default: pretty on a terminal, jsonl otherwise)")
    .action(async (files: string[], opts: { date?: string; format?: string }) => {
      const format = opts.format ?? (process.stdout.isTTY ? "pretty" : "jsonl");
      if (format !== "jsonl" && format !== "pretty") die(`--format must be jsonl or pretty, not "${format}"`);
      let date: string | null = null;
      if (opts.date !== undefined) {
        date = validDate(opts.date);
        if (!date || opts.date.length !== 10) die(`--date "${opts.date}" is not a calendar date (want YYYY-MM-DD)`);
      }
      const problems = new Problems();
      const items = files.length ? readSources(files, { date }) : readStdin(process.stdin, { date });
      const color = format === "pretty" && !!process.stdout.isTTY && !process.env.NO_COLOR;
      for await (const item of items) {
        if ("error" in item) { problems.report(item.error.message); continue; }
        let line: string;
        try {
          const doc = annotate(item.doc);
          line = format === "jsonl" ? JSON.stringify(toOutput(doc)) + "\n" : renderPretty(doc, color) + "\n";
        } catch (e) {
          problems.report(`${item.source}: annotation failed: ${(e as Error).message}`);
          continue;
        }
        await write(process.stdout, line);
      }
      if (problems.count) process.exitCode = 1;
    });
}

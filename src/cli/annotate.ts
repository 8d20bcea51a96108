import type { Command } from "commander";
import { annotate } from "../pipeline.js";
import { toOutputJson } from "../output.js";
import { readSources, readStdin, type SourceItem } from "../ingest/sources.js";
import { validDate } from "../ingest/decode.js";
import { defaultWorkers, workerPool, type WorkerPool } from "../ingest/pool.js";
import { renderPretty } from "./pretty.js";
import { ChunkedWriter, die, Problems } from "./io.js";

interface Options { date?: string; format?: string; workers?: string }

export function register(program: Command): void {
  program
    .command("annotate")
    .description("annotate articles (text files, .jsonl records, or standard input) and print them")
    .argument("[files...]", "text files (optional ` date YYYY-MM-DD ` header) or .jsonl files; standard input when none")
    .option("--date <YYYY-MM-DD>", "document date for inputs that carry none")
    .option("--format <format>", "jsonl or pretty (default: pretty on a terminal, jsonl otherwise)")
    .option("--workers <n>", "worker threads for JSONL batches (default: this thread below 4 cores, else one per two cores; 0 = this thread)")
    .action(async (files: string[], opts: Options) => {
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
      const render = (item: Extract<SourceItem, { doc: unknown }>): string => {
        const doc = annotate(item.doc);
        return format === "jsonl" ? toOutputJson(doc) : renderPretty(doc, color);
      };
      // threads pay off for batches (a .jsonl file, many files); one article is annotated right here
      const batch = files.length === 0 || files.length > 4 || files.some((f) => /\.(nd)?jsonl$/i.test(f));
      const n = opts.workers !== undefined ? Math.max(0, Number(opts.workers) || 0) : batch && format === "jsonl" ? defaultWorkers() : 0;
      const pool = n > 1 ? workerPool(n) : undefined;
      try {
        // standard input may be a live stream: each line goes out as soon as it is annotated
        await run(items, render, problems, pool, n * 8, files.length ? 1 << 20 : 0);
      } finally {
        await pool?.close();
      }
      if (problems.count) process.exitCode = 1;
    });
}

/** Annotates in input order; with a pool, up to `window` documents are in flight at once. */
async function run(items: AsyncIterable<SourceItem>, render: (i: Extract<SourceItem, { doc: unknown }>) => string, problems: Problems, pool: WorkerPool | undefined, window: number, chunk: number): Promise<void> {
  const inflight: { source: string; line: Promise<string> }[] = [];
  const out = new ChunkedWriter(process.stdout, chunk);
  const settle = async () => {
    const head = inflight.shift()!;
    try {
      await out.line(await head.line);
    } catch (e) {
      problems.report(`${head.source}: annotation failed: ${(e as Error).message}`);
    }
  };
  for await (const item of items) {
    if ("error" in item) { problems.report(item.error.message); continue; }
    if (!pool) {
      let line: string;
      try {
        line = render(item);
      } catch (e) {
        problems.report(`${item.source}: annotation failed: ${(e as Error).message}`);
        continue;
      }
      await out.line(line);
      continue;
    }
    inflight.push({ source: item.source, line: pool.run("annotate", item.doc) });
    if (inflight.length >= window) await settle();
  }
  while (inflight.length) await settle();
  await out.flush();
}

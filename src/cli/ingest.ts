import type { Command } from "commander";
import { dbOptions, intOption, printJson, withStore, type DbOptions } from "./db.js";
import { die, write } from "./io.js";
import { validDate } from "../ingest/decode.js";
import { countInputs } from "../ingest/inputs.js";
import { ingest, type IngestProgress } from "../ingest/run.js";

interface Opts extends DbOptions { date?: string; workers?: string; batch?: string; timeout?: string; maxBytes?: string; enqueue?: boolean }

function seconds(ms: number): string {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

/** One line redrawn in place on the terminal: bar, counts, rate and time left. */
function progressLine(p: IngestProgress): string {
  const rate = p.done / Math.max(0.001, p.elapsedMs / 1000);
  const width = 28;
  let head: string;
  if (p.total) {
    const f = Math.min(1, p.done / p.total);
    head = `[${"█".repeat(Math.round(f * width)).padEnd(width, "░")}] ${p.done}/${p.total}`;
    const eta = rate > 0 ? ((p.total - p.done) / rate) * 1000 : 0;
    head += `  ${rate.toFixed(0)}/s  ETA ${seconds(eta)}`;
  } else head = `${p.done} read  ${rate.toFixed(0)}/s`;
  return `\r${head}  stored ${p.stored}  dup ${p.duplicates}  failed ${p.failed}\x1b[K`;
}

export function register(program: Command): void {
  dbOptions(program.command("ingest")
    .description("annotate and store articles: text files, .jsonl, HTML pages, RSS/Atom feeds, directories, URLs")
    .argument("<inputs...>", "files, directories or http(s) URLs")
    .option("--date <YYYY-MM-DD>", "date for articles that carry none")
    .option("--workers <n>", "annotation threads (default: this thread below 4 cores, else one per two cores; 0 = this thread)")
    .option("--batch <n>", "articles per transaction", "64")
    .option("--timeout <ms>", "network timeout per request", "20000")
    .option("--max-bytes <n>", "largest page or feed fetched", String(10 * 1024 * 1024))
    .option("--enqueue", "only queue the articles for `salname worker` processes (PostgreSQL)"))
    .action(async (inputs: string[], opts: Opts) => {
      let date: string | null = null;
      if (opts.date !== undefined) {
        date = validDate(opts.date);
        if (!date || opts.date.length !== 10) die(`--date "${opts.date}" is not a calendar date (want YYYY-MM-DD)`);
      }
      const fetch = { timeoutMs: intOption("--timeout", opts.timeout), maxBytes: intOption("--max-bytes", opts.maxBytes) };
      if (opts.enqueue) {
        const { enqueue } = await import("../ingest/queue.js");
        const queued = await withStore(opts, (store) => enqueue(store, inputs, { date, fetch }), true);
        if (queued.failed.length) process.exitCode = 1;
        return printJson(queued);
      }
      const tty = !!process.stderr.isTTY && !opts.json;
      const summary = await withStore(opts, async (store) => ingest(inputs, store, {
        date,
        workers: intOption("--workers", opts.workers),
        batchSize: intOption("--batch", opts.batch),
        fetch,
        total: await countInputs(inputs),
        onProgress: tty ? (p) => process.stderr.write(progressLine(p)) : undefined,
      }), true);
      if (tty) process.stderr.write("\n");
      if (summary.failed.length) process.exitCode = 1;
      if (opts.json || !process.stdout.isTTY) return printJson(summary);
      const lines = [`read ${summary.read}, stored ${summary.stored}, duplicates ${summary.duplicates}, syndicated copies ${summary.near_duplicates}, failed ${summary.failed.length}`];
      for (const f of summary.failed.slice(0, 50)) lines.push(`  ${f.source}: ${f.reason}`);
      if (summary.failed.length > 50) lines.push(`  … and ${summary.failed.length - 50} more (use --json for all)`);
      await write(process.stdout, lines.join("\n") + "\n");
    });
}

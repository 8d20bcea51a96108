// `salname worker`: one of any number of processes (on one or several machines) that take
// ingestion jobs from the PostgreSQL queue, annotate them and store them. See docs/scaling.md.
import type { Command } from "commander";
import { dbOptions, intOption, printJson, withStore, type DbOptions } from "./db.js";
import { write } from "./io.js";
import { DEFAULT_LEASE_SECONDS, runWorker, type WorkerSummary } from "../ingest/queue-worker.js";

interface Opts extends DbOptions { exitWhenIdle?: boolean; lease?: string; batch?: string; threads?: string; poll?: string }

function line(s: WorkerSummary): string {
  const rate = s.jobs / Math.max(0.001, s.elapsedMs / 1000);
  return `jobs ${s.jobs}, stored ${s.stored}, duplicates ${s.duplicates}, failed ${s.failed}, lost leases ${s.lost} (${rate.toFixed(1)}/s)`;
}

export function register(program: Command): void {
  dbOptions(program.command("worker")
    .description("take queued ingestion jobs (salname ingest --enqueue) from PostgreSQL, annotate and store them")
    .option("--exit-when-idle", "stop once the queue is empty (after waiting out the leases of dead workers)")
    .option("--lease <seconds>", `how long a job is held before another worker may retry it (default: $SALNAME_LEASE_S or ${DEFAULT_LEASE_SECONDS})`)
    .option("--batch <n>", "jobs taken, annotated and stored at once")
    .option("--threads <n>", "annotation threads in this process (0 = this thread)", "0")
    .option("--poll <ms>", "how often an idle worker looks for jobs", "1000"))
    .action(async (opts: Opts) => {
      const lease = opts.lease === undefined ? undefined : Number(opts.lease);
      if (lease !== undefined && !(lease > 0)) throw new Error(`--lease must be a positive number of seconds, not "${opts.lease}"`);
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once("SIGINT", onSignal);
      process.once("SIGTERM", onSignal);
      const tty = !!process.stderr.isTTY;
      try {
        const sum = await withStore(opts, (store) => runWorker(store, {
          exitWhenIdle: !!opts.exitWhenIdle,
          leaseSeconds: lease,
          batch: intOption("--batch", opts.batch),
          threads: intOption("--threads", opts.threads),
          pollMs: intOption("--poll", opts.poll),
          signal: stop.signal,
          onStart: (token) => process.stderr.write(`salname worker: started, lease token ${token}, ${store.location}\n`),
          onBatch: tty ? (s) => process.stderr.write(`\r${line(s)}\x1b[K`) : undefined,
        }), true);
        if (tty) process.stderr.write("\n");
        if (opts.json) await printJson(sum);
        else await write(process.stdout, line(sum) + "\n");
      } finally {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
      }
    });
}

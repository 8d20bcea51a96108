// The loop of one `salname worker`: claim a batch of jobs, annotate them (keeping the lease alive
// meanwhile), store them and complete the jobs in one transaction, repeat. With exitWhenIdle it
// stops once no job is left open — after waiting out the leases of workers that died mid-job, so
// the last worker standing finishes their jobs too.
import { setTimeout as sleep } from "node:timers/promises";
import type { ArticleInput, Store } from "../store/types.js";
import { inlineAnnotator, workerAnnotator, type Annotator } from "./pool.js";
import { QueueClient, queueStore, type Job } from "./queue.js";

export const DEFAULT_LEASE_SECONDS = 15;

export interface WorkerOptions {
  /** Jobs taken at once. */
  batch?: number;
  /** How long a claim holds a job without renewal; a dead worker's jobs return after this. */
  leaseSeconds?: number;
  /** Stop when the queue has no open job left (instead of waiting for new ones). */
  exitWhenIdle?: boolean;
  /** How often an idle worker looks for new jobs. */
  pollMs?: number;
  /** Annotation threads; 0 annotates on the main thread. */
  threads?: number;
  maxAttempts?: number;
  /** Stops the loop after the batch in hand (SIGINT, SIGTERM). */
  signal?: AbortSignal;
  /** Called once with this worker's lease token (it marks the jobs it holds). */
  onStart?(token: string): void;
  onBatch?(s: WorkerSummary): void;
}

export interface WorkerSummary {
  jobs: number;
  stored: number;
  duplicates: number;
  failed: number;
  /** Jobs finished after the lease was lost to another worker (left to it, not stored twice). */
  lost: number;
  elapsedMs: number;
}

/** The lease to use: an explicit value, else SALNAME_LEASE_S, else 15 s. */
export function leaseSeconds(explicit?: number): number {
  const v = explicit ?? Number(process.env.SALNAME_LEASE_S);
  return Number.isFinite(v) && v > 0 ? v : DEFAULT_LEASE_SECONDS;
}

async function annotateAll(annotator: Annotator, jobs: Job[], inline: boolean): Promise<PromiseSettledResult<ArticleInput>[]> {
  if (!inline) return Promise.allSettled(jobs.map((j) => annotator.prepare(j.payload)));
  const out: PromiseSettledResult<ArticleInput>[] = [];
  for (const j of jobs) {
    // one at a time, yielding between them, so the lease renewal timer gets to run
    await new Promise((res) => setImmediate(res));
    try {
      out.push({ status: "fulfilled", value: await annotator.prepare(j.payload) });
    } catch (e) {
      out.push({ status: "rejected", reason: e });
    }
  }
  return out;
}

/** Stores and completes the batch; when that fails, one job at a time, so one bad article fails alone. */
async function completeAll(queue: QueueClient, done: { job: Job; article: ArticleInput }[], sum: WorkerSummary): Promise<void> {
  const count = ({ results, lost }: Awaited<ReturnType<QueueClient["complete"]>>) => {
    sum.lost += lost;
    for (const r of results) r.status === "stored" ? sum.stored++ : sum.duplicates++;
  };
  try {
    count(await queue.complete(done));
  } catch (e) {
    if (done.length === 1) {
      sum.failed++;
      await queue.fail(done[0].job, `store failed: ${(e as Error).message}`);
      return;
    }
    for (const d of done) await completeAll(queue, [d], sum);
  }
}

export async function runWorker(store: Store, opts: WorkerOptions = {}): Promise<WorkerSummary> {
  const lease = leaseSeconds(opts.leaseSeconds);
  const queue = new QueueClient(queueStore(store), lease, opts.maxAttempts ?? 3);
  const threads = opts.threads ?? 0;
  const annotator = threads > 0 ? workerAnnotator(threads) : inlineAnnotator();
  const batch = Math.max(1, opts.batch ?? Math.max(4, threads * 4));
  const poll = opts.pollMs ?? 1000;
  const sum: WorkerSummary = { jobs: 0, stored: 0, duplicates: 0, failed: 0, lost: 0, elapsedMs: 0 };
  const t0 = Date.now();
  opts.onStart?.(queue.token);
  try {
    while (!opts.signal?.aborted) {
      const jobs = await queue.claim(batch);
      if (!jobs.length) {
        const c = await queue.counts();
        if (opts.exitWhenIdle && c.open === 0) break;
        // jobs held by other workers: wait until the next lease could run out, then look again
        const wait = c.nextExpiry !== null ? Math.min(poll, c.nextExpiry * 1000 + 50) : c.open > 0 ? 50 : poll;
        await sleep(Math.max(20, wait), undefined, { signal: opts.signal }).catch(() => {});
        continue;
      }
      const ids = jobs.map((j) => j.id);
      const renew = setInterval(() => { queue.renew(ids).catch(() => {}); }, (lease * 1000) / 3);
      try {
        const settled = await annotateAll(annotator, jobs, threads === 0);
        const done: { job: Job; article: ArticleInput }[] = [];
        for (let i = 0; i < jobs.length; i++) {
          const s = settled[i];
          if (s.status === "fulfilled") done.push({ job: jobs[i], article: s.value });
          else {
            sum.failed++;
            await queue.fail(jobs[i], `annotation failed: ${(s.reason as Error)?.message ?? String(s.reason)}`);
          }
        }
        await completeAll(queue, done, sum);
        sum.jobs += jobs.length;
      } finally {
        clearInterval(renew);
      }
      sum.elapsedMs = Date.now() - t0;
      opts.onBatch?.({ ...sum });
    }
  } finally {
    await annotator.close();
  }
  sum.elapsedMs = Date.now() - t0;
  return sum;
}

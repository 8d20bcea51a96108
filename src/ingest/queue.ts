// The ingestion job queue, a table in the PostgreSQL chronicle: `ingest --enqueue` records what to
// annotate, `salname worker` processes on any number of machines take jobs with FOR UPDATE SKIP
// LOCKED under a short lease, and each batch of jobs is stored and completed in one transaction.
// A worker that dies loses nothing: its lease runs out and another worker takes the jobs again.
import { randomUUID } from "node:crypto";
import type { PostgresStore } from "../store/postgres/index.js";
import { canonicalUrl } from "../store/identity.js";
import type { ArticleInput, PutResult, Store } from "../store/types.js";
import { readInputs, type InputOptions } from "./inputs.js";
import type { PrepareJob } from "./prepare.js";

/** A job leased to a worker. */
export interface Job {
  id: number;
  attempts: number;
  payload: PrepareJob;
}

export interface EnqueueSummary {
  read: number;
  queued: number;
  /** Already stored or already queued. */
  skipped: number;
  failed: { source: string; reason: string }[];
}

export interface QueueCounts {
  /** Not yet done and not failed (waiting or leased). */
  open: number;
  /** Leased to a worker right now. */
  leased: number;
  failed: number;
  /** Seconds until the earliest current lease runs out (null when nothing is leased). */
  nextExpiry: number | null;
}

/** The queue lives in PostgreSQL only. */
export function queueStore(store: Store): PostgresStore {
  if (store.kind !== "postgres") throw new Error("the job queue needs a PostgreSQL database (--db postgres://…)");
  return store as PostgresStore;
}

/** Adds jobs; an article already stored (same id or canonical URL) or already queued is skipped. */
export async function enqueueJobs(store: Store, jobs: PrepareJob[]): Promise<number> {
  if (!jobs.length) return 0;
  const pg = queueStore(store);
  const r = await pg.pool.query(`INSERT INTO jobs (article_id, url, payload)
    SELECT j.id, j.url, j.payload FROM unnest($1::text[], $2::text[], $3::json[]) WITH ORDINALITY AS j(id, url, payload, o)
    WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = j.id OR a.url = j.url)
    ORDER BY j.o
    ON CONFLICT DO NOTHING`, [
    jobs.map((j) => j.doc.id), jobs.map((j) => canonicalUrl(j.doc.url)), jobs.map((j) => JSON.stringify(j)),
  ]);
  return r.rowCount ?? 0;
}

/** Reads every input (files, JSONL, pages, feeds, URLs) and enqueues it in batches. */
export async function enqueue(store: Store, args: string[], opts: InputOptions & { batchSize?: number } = {}): Promise<EnqueueSummary> {
  queueStore(store);
  const sum: EnqueueSummary = { read: 0, queued: 0, skipped: 0, failed: [] };
  let batch: PrepareJob[] = [];
  const flush = async () => {
    const n = await enqueueJobs(store, batch);
    sum.queued += n;
    sum.skipped += batch.length - n;
    batch = [];
  };
  for await (const item of readInputs(args, opts)) {
    sum.read++;
    if ("error" in item) {
      sum.failed.push({ source: item.error.source, reason: item.error.reason });
      continue;
    }
    batch.push({ doc: item.doc, source: item.source, outlet: item.outlet });
    if (batch.length >= (opts.batchSize ?? 500)) await flush();
  }
  await flush();
  return sum;
}

/** A worker's hold on the queue: one lease token for all the jobs it takes. */
export class QueueClient {
  readonly token = randomUUID();

  constructor(readonly store: PostgresStore, readonly leaseSeconds: number, readonly maxAttempts = 3) {}

  /** Takes up to n open jobs whose lease is free or has run out. */
  async claim(n: number): Promise<Job[]> {
    const db = this.store.pool;
    // jobs that outlived maxAttempts leases (a worker died on them each time) are given up
    await db.query(`UPDATE jobs SET failed_at = now(), last_error = coalesce(last_error, 'lease expired ' || attempts || ' times')
      WHERE failed_at IS NULL AND attempts >= $1 AND locked_until < now()`, [this.maxAttempts]);
    const r = await db.query(`UPDATE jobs SET locked_until = now() + make_interval(secs => $1), lease = $2, attempts = attempts + 1
      WHERE id IN (SELECT id FROM jobs WHERE failed_at IS NULL AND (locked_until IS NULL OR locked_until < now())
        ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED)
      RETURNING id, attempts, payload`, [this.leaseSeconds, this.token, n]);
    return (r.rows as { id: string; attempts: number; payload: PrepareJob }[])
      .map((x) => ({ id: Number(x.id), attempts: x.attempts, payload: x.payload }))
      .sort((a, b) => a.id - b.id);
  }

  /** Extends the lease on jobs still held (called while annotating a long batch). */
  async renew(ids: number[]): Promise<void> {
    if (!ids.length) return;
    await this.store.pool.query("UPDATE jobs SET locked_until = now() + make_interval(secs => $1) WHERE id = ANY($2::bigint[]) AND lease = $3",
      [this.leaseSeconds, ids, this.token]);
  }

  /**
   * In ONE transaction: removes the jobs this worker still holds and stores their articles. Jobs
   * whose lease was lost (taken again after it ran out) are left to the new holder.
   */
  async complete(done: { job: Job; article: ArticleInput }[]): Promise<{ results: PutResult[]; lost: number }> {
    if (!done.length) return { results: [], lost: 0 };
    return this.store.transaction(async (c) => {
      const r = await c.query("DELETE FROM jobs WHERE id = ANY($1::bigint[]) AND lease = $2 RETURNING id", [done.map((d) => d.job.id), this.token]);
      const held = new Set((r.rows as { id: string }[]).map((x) => Number(x.id)));
      const mine = done.filter((d) => held.has(d.job.id));
      const results = await this.store.putArticlesIn(c, mine.map((d) => d.article));
      return { results, lost: done.length - mine.length };
    });
  }

  /** Records a job's failure: retried by a later claim until maxAttempts, then given up. */
  async fail(job: Job, reason: string): Promise<void> {
    await this.store.pool.query(`UPDATE jobs SET last_error = $1, locked_until = NULL, lease = NULL,
      failed_at = CASE WHEN attempts >= $2 THEN now() END WHERE id = $3 AND lease = $4`, [reason.slice(0, 2000), this.maxAttempts, job.id, this.token]);
  }

  async counts(): Promise<QueueCounts> {
    const r = await this.store.pool.query(`SELECT
      count(*) FILTER (WHERE failed_at IS NULL)::int AS open,
      count(*) FILTER (WHERE failed_at IS NULL AND locked_until > now())::int AS leased,
      count(*) FILTER (WHERE failed_at IS NOT NULL)::int AS failed,
      extract(epoch FROM min(locked_until - now()) FILTER (WHERE failed_at IS NULL AND locked_until > now()))::float8 AS next
      FROM jobs`);
    const x = r.rows[0];
    return { open: x.open, leased: x.leased, failed: x.failed, nextExpiry: x.next };
  }
}

// Ingestion: inputs -> (skip what is stored) -> annotation on worker threads -> the store, in
// batches of one transaction each, so a crash loses at most the batch in flight and a re-run
// completes it. Bad records are counted and reported; they never stop the batch.
import type { ArticleInput, PutResult, Store } from "../store/types.js";
import { canonicalUrl } from "../store/identity.js";
import { readInputs, type InputOptions } from "./inputs.js";
import { annotatorFor, defaultWorkers, type Annotator } from "./pool.js";

export interface IngestSummary {
  read: number;
  stored: number;
  duplicates: number;
  near_duplicates: number;
  failed: { source: string; reason: string }[];
}

export interface IngestProgress {
  done: number;
  total?: number;
  stored: number;
  duplicates: number;
  failed: number;
  elapsedMs: number;
}

export interface IngestOptions extends InputOptions {
  /** Worker threads for annotation; 0 annotates on this thread. */
  workers?: number;
  /** Articles per transaction. */
  batchSize?: number;
  total?: number;
  onProgress?(p: IngestProgress): void;
}

export async function ingest(args: string[], store: Store, opts: IngestOptions = {}): Promise<IngestSummary> {
  const sum: IngestSummary = { read: 0, stored: 0, duplicates: 0, near_duplicates: 0, failed: [] };
  const t0 = Date.now();
  const nWorkers = opts.workers ?? (opts.total !== undefined && opts.total <= 8 ? 0 : defaultWorkers());
  const annotator: Annotator = annotatorFor(nWorkers);
  const window = Math.max(4, nWorkers * 8);
  const batchSize = Math.max(1, opts.batchSize ?? 64);
  const inflight: { source: string; p: Promise<ArticleInput> }[] = [];
  let batch: ArticleInput[] = [];
  let lastProgress = 0;

  const progress = (force = false) => {
    if (!opts.onProgress) return;
    const now = Date.now();
    if (!force && now - lastProgress < 100) return;
    lastProgress = now;
    opts.onProgress({ done: sum.read, total: opts.total, stored: sum.stored, duplicates: sum.duplicates, failed: sum.failed.length, elapsedMs: now - t0 });
  };
  const count = (r: PutResult) => {
    if (r.status === "stored") sum.stored++;
    else sum.duplicates++;
    if (r.nearDuplicateOf) sum.near_duplicates++;
  };
  const flush = async () => {
    if (!batch.length) return;
    const b = batch;
    batch = [];
    try {
      (await store.putArticles(b)).forEach(count);
    } catch {
      // one bad article must not sink the others: store them one by one
      for (const a of b) {
        try {
          count(await store.putArticle(a));
        } catch (e) {
          sum.failed.push({ source: a.source ?? a.doc.id, reason: `store failed: ${(e as Error).message}` });
        }
      }
    }
    progress();
  };
  const settle = async () => {
    const head = inflight.shift()!;
    try {
      batch.push(await head.p);
    } catch (e) {
      sum.failed.push({ source: head.source, reason: `annotation failed: ${(e as Error).message}` });
    }
    if (batch.length >= batchSize) await flush();
  };

  try {
    for await (const item of readInputs(args, opts)) {
      sum.read++;
      if ("error" in item) {
        sum.failed.push({ source: item.error.source, reason: item.error.reason });
        progress();
        continue;
      }
      const url = canonicalUrl(item.doc.url);
      if ((await store.hasArticle(item.doc.id)) || (url && (await store.hasArticle(url)))) {
        sum.duplicates++;
        progress();
        continue;
      }
      const p = annotator.prepare({ doc: item.doc, source: item.source, outlet: item.outlet });
      p.catch(() => {}); // handled in settle(); avoid an unhandled rejection while queued
      inflight.push({ source: item.source, p });
      while (inflight.length >= window) await settle();
    }
    while (inflight.length) await settle();
    await flush();
  } finally {
    await annotator.close();
  }
  progress(true);
  return sum;
}

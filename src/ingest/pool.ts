// Annotation across the cores: a fixed set of worker threads, each fed one job at a time. Runs
// the compiled worker (dist/) or, under tsx (tests, benchmarks), the TypeScript source.
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import type { ArticleInput } from "../store/types.js";
import { prepareArticle, type PrepareJob } from "./prepare.js";

export interface Annotator {
  prepare(job: PrepareJob): Promise<ArticleInput>;
  close(): Promise<void>;
}

export function defaultWorkers(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

/** Annotates on this thread (small inputs, or --workers 0). */
export function inlineAnnotator(): Annotator {
  return { prepare: prepareArticle, close: async () => {} };
}

/** A worker running TypeScript source: registers tsx's loader inside the worker, then imports it. */
function sourceWorker(url: URL): Worker {
  const tsx = import.meta.resolve("tsx/esm/api");
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`, { eval: true });
}

interface Pending { resolve(a: ArticleInput): void; reject(e: Error): void }

export function workerAnnotator(n = defaultWorkers()): Annotator {
  const fromSource = import.meta.url.endsWith(".ts");
  const url = new URL(fromSource ? "./worker.ts" : "./worker.js", import.meta.url);
  const workers: { w: Worker; busy: number }[] = [];
  const pending = new Map<number, Pending>();
  let seq = 0;
  let failure: Error | undefined;
  for (let i = 0; i < n; i++) {
    const w = fromSource ? sourceWorker(url) : new Worker(url);
    const slot = { w, busy: 0 };
    w.on("message", (m: { seq: number; article?: ArticleInput; error?: string }) => {
      const p = pending.get(m.seq);
      pending.delete(m.seq);
      slot.busy--;
      if (!p) return;
      if (m.error !== undefined) p.reject(new Error(m.error));
      else p.resolve(m.article!);
    });
    w.on("error", (e) => {
      failure = e;
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    });
    workers.push(slot);
  }
  return {
    prepare(job) {
      if (failure) return Promise.reject(failure);
      const slot = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      const id = seq++;
      slot.busy++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        slot.w.postMessage({ seq: id, job });
      });
    },
    async close() {
      await Promise.all(workers.map((s) => s.w.terminate()));
    },
  };
}

// Annotation across the cores: a fixed set of worker threads, each fed one task at a time. Runs
// the compiled worker (dist/) or, under tsx (tests, benchmarks), the TypeScript source.
// Two kinds of task: "prepare" (an article for the store) and "annotate" (the annotate output line).
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import type { ArticleInput } from "../store/types.js";
import type { DocInput } from "../text/doc.js";
import { prepareArticle, type PrepareJob } from "./prepare.js";

export interface Annotator {
  prepare(job: PrepareJob): Promise<ArticleInput>;
  close(): Promise<void>;
}

export interface Tasks {
  prepare: { job: PrepareJob; result: ArticleInput };
  annotate: { job: DocInput; result: string };
}
export type TaskKind = keyof Tasks;

/**
 * Annotation threads to start by default: 0 (annotate on the calling thread) below four cores.
 * Each thread is its own V8 isolate that compiles the whole pipeline again and collects its own
 * garbage on helper threads; a single annotating thread already keeps two cores busy that way, so
 * on two cores a second annotating thread made a batch slower, not faster (docs/performance.md).
 */
export function defaultWorkers(cores = availableParallelism()): number {
  return cores < 4 ? 0 : Math.min(8, Math.floor(cores / 2));
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

interface Pending { resolve(a: unknown): void; reject(e: Error): void }

export interface WorkerPool {
  run<K extends TaskKind>(kind: K, job: Tasks[K]["job"]): Promise<Tasks[K]["result"]>;
  close(): Promise<void>;
}

export function workerPool(n = defaultWorkers()): WorkerPool {
  if (n < 1) throw new Error(`a worker pool needs at least one thread (asked for ${n}); annotate on this thread instead (annotatorFor)`);
  const fromSource = import.meta.url.endsWith(".ts");
  const url = new URL(fromSource ? "./worker.ts" : "./worker.js", import.meta.url);
  const workers: { w: Worker; busy: number }[] = [];
  const pending = new Map<number, Pending>();
  let seq = 0;
  let failure: Error | undefined;
  for (let i = 0; i < n; i++) {
    const w = fromSource ? sourceWorker(url) : new Worker(url);
    const slot = { w, busy: 0 };
    w.on("message", (m: { seq: number; result?: unknown; error?: string }) => {
      const p = pending.get(m.seq);
      pending.delete(m.seq);
      slot.busy--;
      if (!p) return;
      if (m.error !== undefined) p.reject(new Error(m.error));
      else p.resolve(m.result);
    });
    w.on("error", (e) => {
      failure = e;
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    });
    workers.push(slot);
  }
  return {
    run(kind, job) {
      if (failure) return Promise.reject(failure);
      const slot = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      const id = seq++;
      slot.busy++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (a: unknown) => void, reject });
        slot.w.postMessage({ seq: id, kind, job });
      });
    },
    async close() {
      await Promise.all(workers.map((s) => s.w.terminate()));
    },
  };
}

export function workerAnnotator(n = defaultWorkers()): Annotator {
  const pool = workerPool(n);
  return { prepare: (job) => pool.run("prepare", job), close: () => pool.close() };
}

/** `n` worker threads, or this thread when `n` is 0. */
export function annotatorFor(n = defaultWorkers()): Annotator {
  return n > 0 ? workerAnnotator(n) : inlineAnnotator();
}

// A worker thread: receives {seq, kind, job}, answers {seq, result} or {seq, error}.
import { parentPort } from "node:worker_threads";
import { prepareArticle } from "./prepare.js";
import { annotate } from "../pipeline.js";
import { toOutputJson } from "../output.js";
import type { TaskKind } from "./pool.js";

const TASKS: Record<TaskKind, (job: never) => unknown> = {
  prepare: prepareArticle,
  // the JSON text is made here, so only a string crosses back to the main thread
  annotate: (job) => toOutputJson(annotate(job)),
};

parentPort!.on("message", async (m: { seq: number; kind: TaskKind; job: never }) => {
  try {
    parentPort!.postMessage({ seq: m.seq, result: await TASKS[m.kind](m.job) });
  } catch (e) {
    parentPort!.postMessage({ seq: m.seq, error: (e as Error).message ?? String(e) });
  }
});

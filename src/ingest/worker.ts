// A worker thread that annotates articles: receives {seq, job}, answers {seq, article} or {seq, error}.
import { parentPort } from "node:worker_threads";
import { prepareArticle, type PrepareJob } from "./prepare.js";

parentPort!.on("message", async (m: { seq: number; job: PrepareJob }) => {
  try {
    parentPort!.postMessage({ seq: m.seq, article: await prepareArticle(m.job) });
  } catch (e) {
    parentPort!.postMessage({ seq: m.seq, error: (e as Error).message ?? String(e) });
  }
});

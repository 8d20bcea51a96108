// Helpers the benchmarks share: the corpus location, percentiles, date shifting for replicas,
// and query latency measurement.
import { fileURLToPath } from "node:url";
import type { ArticleInput } from "../src/store/types.js";

export const CORPUS = process.env.SALNAME_CORPUS ?? fileURLToPath(new URL("../../shared/corpus/banker-az-2025.jsonl", import.meta.url));

export function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
}

/** A YYYY-MM-DD date moved by `days` (replicated articles get later dates). */
export function shiftDate(d: string | null, days: number): string | null {
  if (!d || !/^\d{4}-\d{2}-\d{2}$/.test(d)) return d;
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

// Large databases are the corpus replicated: copy k of an article has id `<id>~k`, URL `<url>#k`,
// its dates 7·k days later and " (k)" after its text (neither an exact nor, weeks apart, a near
// duplicate); copy 0 is the article itself.

/** Copy k of an annotated article. */
export function replicaArticle(a: ArticleInput, k: number): ArticleInput {
  if (k === 0) return a;
  const doc = {
    ...a.doc, id: `${a.doc.id}~${k}`, url: a.doc.url ? `${a.doc.url}#${k}` : undefined,
    document_date: shiftDate(a.doc.document_date, 7 * k), text: `${a.doc.text} (${k})`,
    events: a.doc.events.map((e) => ({ ...e, date: shiftDate(e.date, 7 * k) })),
  };
  return { ...a, doc };
}

/** Copy k of a corpus record (JSONL, before annotation). */
export function replicaRecord(r: Record<string, unknown>, k: number): Record<string, unknown> {
  if (k === 0) return r;
  const out: Record<string, unknown> = { ...r, id: `${r.id}~${k}`, text: `${r.text} (${k})` };
  if (typeof r.url === "string") out.url = `${r.url}#${k}`;
  if (typeof r.published === "string") out.published = `${shiftDate(r.published.slice(0, 10), 7 * k)}${r.published.slice(10)}`;
  return out;
}

/** The annotated corpus replicated to `target` articles, in batches. */
export function* replicas(annotated: ArticleInput[], target: number, batch = 200): Generator<ArticleInput[]> {
  let out: ArticleInput[] = [];
  for (let n = 0, k = 0; n < target; k++) {
    for (const a of annotated) {
      if (n >= target) break;
      out.push(replicaArticle(a, k));
      n++;
      if (out.length >= batch) {
        yield out;
        out = [];
      }
    }
  }
  if (out.length) yield out;
}

/** Runs every query once to warm caches, then `rounds` times measured; prints and returns p50/p95. */
export async function timeQueries(label: string, runs: (() => Promise<unknown>)[], rounds = 3): Promise<{ p50: number; p95: number; n: number }> {
  for (const r of runs) await r();
  const ms: number[] = [];
  for (let k = 0; k < rounds; k++) {
    for (const r of runs) {
      const t0 = performance.now();
      await r();
      ms.push(performance.now() - t0);
    }
  }
  const res = { p50: +pct(ms, 50).toFixed(2), p95: +pct(ms, 95).toFixed(2), n: ms.length };
  console.log(`${label.padEnd(20)} p50 ${String(res.p50).padStart(8)} ms  p95 ${String(res.p95).padStart(8)} ms  (${res.n} queries)`);
  return res;
}

/** Like timeQueries, and also the process CPU time of each query: on a machine shared with other
 *  jobs, wall-clock percentiles include waiting for a core, CPU time is the work itself. */
export async function timeQueriesCpu(label: string, runs: (() => Promise<unknown>)[], rounds = 3): Promise<{ p50: number; p95: number; cpu_p50: number; cpu_p95: number; n: number }> {
  for (const r of runs) await r();
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < rounds; k++) {
    for (const r of runs) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await r();
      ms.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  const res = { p50: +pct(ms, 50).toFixed(2), p95: +pct(ms, 95).toFixed(2), cpu_p50: +pct(cpu, 50).toFixed(2), cpu_p95: +pct(cpu, 95).toFixed(2), n: ms.length };
  console.log(`${label.padEnd(20)} p50 ${String(res.p50).padStart(8)} ms  p95 ${String(res.p95).padStart(8)} ms  (CPU p50 ${res.cpu_p50} ms, p95 ${res.cpu_p95} ms; ${res.n} queries)`);
  return res;
}

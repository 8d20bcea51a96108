// Shared by the gold helper scripts: the banker corpus records and the layout of their bodies.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../", import.meta.url));
// GOLD_CORPUS=file.jsonl reads another corpus (e.g. the headlines of scripts/headlines-corpus.ts)
export const CORPUS = process.env.GOLD_CORPUS ?? `${ROOT}../shared/corpus/banker-az-2025.jsonl`;
export const SCRATCH = process.env.GOLD_SCRATCH ?? "/work/notes/gold-scratch";

export interface CorpusRecord {
  id: string;
  title: string;
  published: string;
  category: string | null;
  text: string;
}

/** The corpus records by id, or null when ../shared is absent. */
export function loadCorpus(): Map<string, CorpusRecord> | null {
  if (!existsSync(CORPUS)) return null;
  const m = new Map<string, CorpusRecord>();
  for (const line of readFileSync(CORPUS, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as CorpusRecord;
    m.set(String(r.id), r);
  }
  return m;
}

/**
 * Most banker texts hold the body as one flat line, then again split into paragraphs.
 * The master copy is the first line; each later line found inside it is a repeat at `offset`
 * (index into the master copy); lines not found are `offset: -1`.
 */
export function copies(text: string): { masterEnd: number; repeats: { start: number; end: number; offset: number }[] } {
  const nl = text.indexOf("\n");
  const masterEnd = nl < 0 ? text.length : nl;
  const master = text.slice(0, masterEnd);
  const repeats: { start: number; end: number; offset: number }[] = [];
  const re = /[^\n]+/g;
  re.lastIndex = masterEnd;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = m[0];
    const lead = line.length - line.trimStart().length;
    const core = line.trim();
    if (!core) continue;
    const start = m.index + lead;
    repeats.push({ start, end: start + core.length, offset: master.indexOf(core) });
  }
  return { masterEnd, repeats };
}

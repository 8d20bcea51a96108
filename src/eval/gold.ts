// Gold files and the documents they annotate. A gold file names its document by `id` (a record
// of a --corpus JSONL file) or by `source` (a raw text file such as the sample article, whose
// offsets are into the body after the ` date ` header, at `body_offset`).
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DocInput } from "../text/doc.js";
import { readSources } from "../ingest/sources.js";
import { InputError } from "../ingest/decode.js";
import { goldId, type GoldFile } from "./score.js";

/** The package root (this file is src/eval/ or dist/eval/). */
export const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface LoadedGold {
  path: string;
  gold: GoldFile;
  id: string;
}

export async function loadGold(path: string): Promise<LoadedGold> {
  let gold: GoldFile;
  try {
    gold = JSON.parse(await readFile(path, "utf8")) as GoldFile;
  } catch (e) {
    throw new InputError(path, (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : `not a gold JSON file (${(e as Error).message})`);
  }
  for (const k of ["entities", "timexes", "events", "quotes"] as const) {
    if (!Array.isArray(gold[k])) throw new InputError(path, `gold file has no "${k}" list`);
  }
  if (!gold.id && !gold.source) throw new InputError(path, 'gold file has neither "id" nor "source"');
  return { path, gold, id: goldId(gold) };
}

/** Folders searched for a gold file's `source` text file, after the gold file's own folder. */
function sourceDirs(goldPath: string): string[] {
  return [
    dirname(goldPath),
    join(PACKAGE_ROOT, "test", "fixtures"),
    join(PACKAGE_ROOT, "..", "shared", "samples"),
    join(process.cwd(), "..", "shared", "samples"),
  ];
}

/**
 * Finds the document of every gold file: records of the corpus files by id, text files by
 * `source`. Returns the documents by gold id; the ones not found are left out.
 */
export async function findDocuments(golds: LoadedGold[], corpora: string[], onError: (m: string) => void): Promise<Map<string, DocInput>> {
  const docs = new Map<string, DocInput>();
  const wanted = new Set(golds.map((g) => g.id));
  for (const g of golds) {
    const src = g.gold.source;
    if (!src || src === "banker.az") continue;
    const file = sourceDirs(g.path).map((d) => join(d, src)).find((p) => existsSync(p));
    if (!file) continue;
    for await (const item of readSources([file], { date: g.gold.document_date })) {
      if ("error" in item) { onError(item.error.message); continue; }
      const body = item.doc as DocInput & { bodyOffset?: number };
      if (g.gold.body_offset !== undefined && body.bodyOffset !== undefined && body.bodyOffset !== g.gold.body_offset) {
        onError(`${g.path}: body_offset ${g.gold.body_offset} but ${file} has its body at ${body.bodyOffset}`);
      }
      docs.set(g.id, { id: g.id, text: body.text, document_date: body.document_date ?? g.gold.document_date, title: body.title });
    }
  }
  if (corpora.length && [...wanted].some((id) => !docs.has(id))) {
    for await (const item of readSources(corpora)) {
      if ("error" in item) continue; // a bad record of a big corpus is not this evaluation's concern
      if (wanted.has(item.doc.id) && !docs.has(item.doc.id)) docs.set(item.doc.id, item.doc);
    }
  }
  return docs;
}

// `salname copy --from A --to B`: moves a chronicle between databases (SQLite -> PostgreSQL, or
// back) through the Store interface, article by article in the order they were stored, so
// duplicates and syndicated copies resolve the same way. Articles already in B are skipped: a
// re-run (or a run after an interrupted one) completes the copy without doubling anything.
import type { Command } from "commander";
import { analyzeText, joinStems } from "../search/analyze.js";
import { openStore, type ArticleInput, type Store, type StoredArticle } from "../store/index.js";
import type { Doc } from "../text/doc.js";
import { intOption, printJson } from "./db.js";
import { write } from "./io.js";

export interface CopySummary {
  read: number;
  stored: number;
  /** Already in the target. */
  skipped: number;
}

/** A stored article as the store takes it again: every layer kept, search terms recomputed. */
export function storedToInput(a: StoredArticle): ArticleInput {
  const doc: Doc = {
    id: a.id, document_date: a.published, language: a.language, title: a.title ?? undefined, url: a.url ?? undefined, text: a.text,
    sentences: a.sentences.map((s) => ({ ...s, tokStart: 0, tokEnd: 0 })), tokens: [],
    entities: a.entities, timexes: a.timexes as Doc["timexes"], events: a.events, quotes: a.quotes,
  };
  const terms = { title: a.title ? joinStems(analyzeText(a.title)) : "", body: joinStems(analyzeText(a.text)) };
  return { doc, annotated: a.annotated, source: a.source ?? undefined, outlet: a.outlet ?? undefined, terms };
}

export async function copyStore(from: Store, to: Store, opts: { batchSize?: number; onBatch?(s: CopySummary): void } = {}): Promise<CopySummary> {
  const sum: CopySummary = { read: 0, stored: 0, skipped: 0 };
  let batch: ArticleInput[] = [];
  const flush = async () => {
    for (const r of await to.putArticles(batch)) r.status === "stored" ? sum.stored++ : sum.skipped++;
    batch = [];
    opts.onBatch?.({ ...sum });
  };
  for await (const row of from.export("articles")) {
    sum.read++;
    const id = String(row.id);
    if (await to.hasArticle(id)) {
      sum.skipped++;
      continue;
    }
    const a = await from.getArticle(id);
    if (!a) continue;
    batch.push(storedToInput(a));
    if (batch.length >= (opts.batchSize ?? 100)) await flush();
  }
  if (batch.length) await flush();
  return sum;
}

export function register(program: Command): void {
  program.command("copy")
    .description("copy a chronicle from one database to another (e.g. salname.db into postgres://…); re-runs skip what is there")
    .requiredOption("--from <file|url>", "source database file or postgres:// URL")
    .requiredOption("--to <file|url>", "target database file or postgres:// URL (created and migrated as needed)")
    .option("--batch <n>", "articles per transaction", "100")
    .option("--json", "print the summary as JSON")
    .action(async (opts: { from: string; to: string; batch?: string; json?: boolean }) => {
      const from = await openStore(opts.from, { readonly: true });
      try {
        const to = await openStore(opts.to);
        try {
          const tty = !!process.stderr.isTTY;
          const sum = await copyStore(from, to, {
            batchSize: intOption("--batch", opts.batch),
            onBatch: tty ? (s) => process.stderr.write(`\rread ${s.read}, stored ${s.stored}, skipped ${s.skipped}\x1b[K`) : undefined,
          });
          if (tty) process.stderr.write("\n");
          if (opts.json) await printJson(sum);
          else await write(process.stdout, `copied ${from.location} -> ${to.location}: read ${sum.read}, stored ${sum.stored}, already there ${sum.skipped}\n`);
        } finally {
          await to.close();
        }
      } finally {
        await from.close();
      }
    });
}

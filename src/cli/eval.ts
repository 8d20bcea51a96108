import type { Command } from "commander";
import { existsSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { evaluate, findDocuments, formatErrors, formatResult, loadGold, PACKAGE_ROOT, type LoadedGold } from "../eval/index.js";
import type { PredDoc } from "../eval/score.js";
import { die, Problems, write } from "./io.js";

/** With no gold files named: the repository's gold set, and the sample's gold when ../shared exists. */
function defaultGold(): string[] {
  const dir = join(PACKAGE_ROOT, "test", "gold");
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".gold.json")).sort().map((f) => join(dir, f)) : [];
  const seed = join(PACKAGE_ROOT, "..", "shared", "annotation", "seed.gold.json");
  if (existsSync(seed)) files.push(seed);
  return files;
}

function defaultCorpus(): string[] {
  const corpus = join(PACKAGE_ROOT, "..", "shared", "corpus", "banker-az-2025.jsonl");
  return existsSync(corpus) ? [corpus] : [];
}

async function readPredictions(path: string): Promise<Map<string, PredDoc>> {
  const preds = new Map<string, PredDoc>();
  for (const line of (await readFile(path, "utf8")).split("\n")) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as PredDoc;
    preds.set(String(d.id), d);
  }
  return preds;
}

export function register(program: Command): void {
  program
    .command("eval")
    .description("score the pipeline (or given predictions) against gold files")
    .argument("[gold...]", "gold JSON files (default: test/gold/*.gold.json and the sample's gold in ../shared)")
    .option("--corpus <file.jsonl>", "JSONL records holding the gold documents by id (repeatable)", (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option("--pred <file.jsonl>", "score these annotate outputs instead of running the pipeline")
    .option("--errors", "list the errors (false positives, misses, wrong values; then events with a wrong mode and quotes with a wrong speaker)")
    .option("--json", "print the scores as score.py --json does")
    .action(async (goldArgs: string[], opts: { corpus: string[]; pred?: string; errors?: boolean; json?: boolean }) => {
      const paths = goldArgs.length ? goldArgs : defaultGold();
      if (!paths.length) die("no gold files given and none found in test/gold/");
      const corpora = opts.corpus.length ? opts.corpus : goldArgs.length ? [] : defaultCorpus();
      const problems = new Problems();
      const golds: LoadedGold[] = [];
      for (const p of paths) {
        try {
          golds.push(await loadGold(p));
        } catch (e) {
          problems.report((e as Error).message);
        }
      }
      const docs = await findDocuments(golds, corpora, (m) => problems.report(m));
      const predictions = opts.pred ? await readPredictions(opts.pred) : undefined;
      for (const g of golds) {
        if (!docs.has(g.id) && !predictions?.has(g.id)) problems.report(`${g.path}: document "${g.id}" not found${corpora.length ? "" : " (give --corpus FILE.jsonl)"}`);
      }
      const scorer = evaluate(golds, docs, { predictions });
      const result = scorer.result();
      let out = opts.json ? JSON.stringify(result) : formatResult(result);
      if (opts.errors) out += "\n" + formatErrors(scorer.errors, 60, true);
      await write(process.stdout, out + "\n");
      if (problems.count) process.exitCode = 1;
    });
}

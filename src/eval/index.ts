// Evaluation: annotate the documents of gold files (or take given predictions) and score them.
import { annotate } from "../pipeline.js";
import { toOutput } from "../output.js";
import type { DocInput } from "../text/doc.js";
import type { LoadedGold } from "./gold.js";
import { Scorer, type PredDoc } from "./score.js";

export { Scorer, goldId, formatErrors, formatResult, type GoldFile, type ScoreResult } from "./score.js";
export { loadGold, findDocuments, PACKAGE_ROOT, type LoadedGold } from "./gold.js";

export interface EvaluateOptions {
  /** Predictions by id; when absent the documents are annotated by the pipeline. */
  predictions?: Map<string, PredDoc>;
}

/** Scores each gold file against the prediction for its document (a missing one scores as empty). */
export function evaluate(golds: LoadedGold[], docs: Map<string, DocInput>, opts: EvaluateOptions = {}): Scorer {
  const scorer = new Scorer();
  for (const g of golds) {
    const doc = docs.get(g.id);
    let pred: PredDoc | undefined = opts.predictions?.get(g.id);
    if (!opts.predictions && doc) pred = toOutput(annotate(doc));
    scorer.add(g.gold, pred, doc?.text ?? pred?.text);
  }
  return scorer;
}

// The pipeline: an ordered list of stages over one document object (cf. spaCy's Language).
// normalise -> segment -> morphology -> entities -> link -> time -> events -> quotes
// Linking runs straight after recognition: events and quotes name their actors and speakers by
// the canonical entity (and resolve role phrases and pronouns) that linking decides.
import { newDoc, type Doc, type DocInput } from "./text/doc.js";
import type { Language } from "./lang/types.js";
import { normaliseStage, segmentStage } from "./text/index.js";
import { morphologyStage } from "./morph/index.js";
import { entityStage } from "./extract/entities/index.js";
import { timeStage } from "./extract/time/index.js";
import { eventStage } from "./extract/events/index.js";
import { quoteStage } from "./extract/quotes/index.js";
import { linkStage } from "./link/index.js";
import { getLanguage } from "./lang/index.js";

export interface Stage {
  name: string;
  run(doc: Doc, lang: Language): void;
}

export const STAGES: readonly Stage[] = [
  normaliseStage, segmentStage, morphologyStage, entityStage, linkStage, timeStage, eventStage, quoteStage,
];

export interface AnnotateOptions {
  language?: string;
  /** Run only the stages up to and including this one (benchmarks, the `lemma` command). */
  until?: string;
  /** Per-stage timings are added here (milliseconds), when given. */
  timings?: Record<string, number>;
}

export function runStages(doc: Doc, lang: Language, opts: AnnotateOptions = {}): Doc {
  for (const stage of STAGES) {
    if (opts.timings) {
      const t0 = performance.now();
      stage.run(doc, lang);
      opts.timings[stage.name] = (opts.timings[stage.name] ?? 0) + performance.now() - t0;
    } else stage.run(doc, lang);
    if (opts.until === stage.name) break;
  }
  return doc;
}

/** Annotates one document: the same object `salname annotate` prints. */
export function annotate(input: DocInput | string, opts: AnnotateOptions = {}): Doc {
  const di: DocInput = typeof input === "string" ? { id: "doc", text: input } : input;
  const lang = getLanguage(opts.language ?? di.language ?? "az");
  const doc = newDoc({ ...di, language: lang.code });
  return runStages(doc, lang, opts);
}

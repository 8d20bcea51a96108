import type { Stage } from "../pipeline.js";
import type { Analysis, Token } from "../text/doc.js";
import type { Language } from "../lang/types.js";

// Placeholder until the analyser lands: every word is its own lemma.
export function analyzeWord(norm: string, lower: string, _lang: Language): Analysis {
  return { lemma: norm, stem: lower };
}

export function lemmatizeToken(t: Token, lang: Language): void {
  if (t.kind !== "word" && t.kind !== "number" && t.kind !== "abbr") return;
  const a = analyzeWord(t.norm, t.lower, lang);
  t.analysis = a;
  t.lemma = a.lemma;
  t.stem = a.stem;
}

export const morphologyStage: Stage = {
  name: "morphology",
  run(doc, lang) {
    for (const t of doc.tokens) lemmatizeToken(t, lang);
  },
};

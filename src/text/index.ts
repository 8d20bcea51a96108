import type { Stage } from "../pipeline.js";
import { normaliseText } from "./normalise.js";
import { tokenize } from "./tokenize.js";
import { splitSentences } from "./sentences.js";

export const normaliseStage: Stage = {
  name: "normalise",
  run(doc, lang) {
    const r = normaliseText(doc.text, lang.normalise);
    doc.norm = r.norm;
    doc.offsets = r.offsets;
    doc.script = r.script;
  },
};

export const segmentStage: Stage = {
  name: "segment",
  run(doc, lang) {
    doc.tokens = tokenize(doc, doc.norm ?? doc.text, lang.tokenizer);
    doc.sentences = splitSentences(doc, lang.tokenizer);
  },
};

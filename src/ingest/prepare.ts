// One input document -> what the store takes: language identified, annotated when the language
// has a folder under src/lang (else kept as text, still indexed for search), and the search terms
// computed here so the tokens need not travel between threads.
import { annotate } from "../pipeline.js";
import { hasLanguage } from "../lang/index.js";
import { newDoc, type DocInput } from "../text/doc.js";
import { analyzeText, docTerms, joinStems } from "../search/analyze.js";
import type { ArticleInput } from "../store/types.js";
import { detectLanguage } from "./language.js";

export interface PrepareJob {
  doc: DocInput;
  source?: string;
  outlet?: string;
}

export async function prepareArticle(job: PrepareJob): Promise<ArticleInput> {
  const language = await detectLanguage(job.doc.text, job.doc.language);
  const annotated = hasLanguage(language);
  const doc = annotated ? annotate({ ...job.doc, language }) : newDoc({ ...job.doc, language });
  const body = joinStems(annotated ? docTerms(doc) : analyzeText(doc.text));
  const title = doc.title ? joinStems(analyzeText(doc.title)) : "";
  doc.tokens = [];
  delete doc.norm;
  delete doc.offsets;
  return { doc, annotated, source: job.source, outlet: job.outlet, terms: { title, body } };
}

// The annotate output: one JSON object per document, as ../shared/annotation/GUIDELINES.md
// describes. Internal working fields (normalised text, analyses, token links) are left out.
import type { Doc, Entity, Event, Quote, Timex } from "./text/doc.js";

export interface AnnotatedDocument {
  id: string;
  document_date: string | null;
  language: string;
  title?: string;
  url?: string;
  script?: string;
  text: string;
  sentences: { start: number; end: number }[];
  tokens: { start: number; end: number; lemma: string }[];
  entities: Omit<Entity, "tokStart" | "tokEnd">[];
  timexes: Omit<Timex, "tokStart" | "tokEnd">[];
  events: Omit<Event, "sentence">[];
  quotes: Quote[];
  /** Role phrases and pronouns linked to an entity (not entity spans themselves). */
  links?: { start: number; end: number; text: string; name: string; id?: string; kind: string; iso?: string }[];
}

function strip<T extends object>(o: T, keys: string[]): T {
  const r: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined && !keys.includes(k)) r[k] = v;
  return r as T;
}

const INTERNAL = ["tokStart", "tokEnd", "sentence", "case"];

export function toOutput(doc: Doc): AnnotatedDocument {
  const out: AnnotatedDocument = {
    id: doc.id,
    document_date: doc.document_date,
    language: doc.language,
    text: doc.text,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    tokens: doc.tokens.map((t) => ({ start: t.start, end: t.end, lemma: t.lemma })),
    entities: doc.entities.map((e) => strip(e, INTERNAL)),
    timexes: doc.timexes.map((t) => strip(t, INTERNAL)),
    events: doc.events.map((e) => strip(e, INTERNAL)),
    quotes: doc.quotes.map((q) => strip(q, INTERNAL)),
  };
  if (doc.links?.length) out.links = doc.links.map((l) => strip(l, INTERNAL));
  if (doc.title !== undefined) out.title = doc.title;
  if (doc.url !== undefined) out.url = doc.url;
  if (doc.script && doc.script !== "Latn") out.script = doc.script;
  return out;
}

const NO_TOKENS = '"tokens":[]';

/** `JSON.stringify(toOutput(doc))`, the same bytes, with the tokens written straight from the document: an object per
 *  token only to be stringified was a large share of a batch's garbage. */
export function toOutputJson(doc: Doc): string {
  const tokens = doc.tokens;
  const o = toOutput({ ...doc, tokens: [] });
  const head = JSON.stringify(o);
  // (the first such text is the field itself: the fields before it are a string's escaped quotes or numbers)
  const at = head.indexOf(NO_TOKENS);
  if (at < 0 || tokens.length === 0) return tokens.length === 0 ? head : JSON.stringify(toOutput(doc));
  const parts: string[] = [];
  for (const t of tokens) {
    parts.push(t.lemma === undefined ? `{"start":${t.start},"end":${t.end}}` : `{"start":${t.start},"end":${t.end},"lemma":${JSON.stringify(t.lemma)}}`);
  }
  return head.slice(0, at) + '"tokens":[' + parts.join(",") + "]" + head.slice(at + NO_TOKENS.length);
}

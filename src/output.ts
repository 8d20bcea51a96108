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

type AfterTokens = Pick<AnnotatedDocument, "entities" | "timexes" | "events" | "quotes" | "links" | "title" | "url" | "script">;

/** The fields after the tokens, in the output's order (those with nothing to say left out). */
function afterTokens(doc: Doc): AfterTokens {
  const out: AfterTokens = {
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

export function toOutput(doc: Doc): AnnotatedDocument {
  return {
    id: doc.id,
    document_date: doc.document_date,
    language: doc.language,
    text: doc.text,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    tokens: doc.tokens.map((t) => ({ start: t.start, end: t.end, lemma: t.lemma })),
    ...afterTokens(doc),
  };
}

/** The JSON text of each lemma as a token's last field, by lemma: most lemmas recur (and most are the same string
 *  objects, shared through morphology's memo), and a short string costs more to stringify than to look up. Bounded so
 *  that a long batch does not keep every lemma it met. */
const lemmaTails = new Map<string, string>();
const LEMMA_TAILS_LIMIT = 50_000;

/** A token's last field, `,"lemma":…}`, or `}` when it has none. */
function lemmaTail(lemma: string | undefined): string {
  if (lemma === undefined) return "}";
  let tail = lemmaTails.get(lemma);
  if (tail === undefined) {
    if (lemmaTails.size >= LEMMA_TAILS_LIMIT) lemmaTails.clear();
    lemmaTails.set(lemma, (tail = `,"lemma":${JSON.stringify(lemma)}}`));
  }
  return tail;
}

/** `JSON.stringify(toOutput(doc))`, the same bytes, with the sentences and tokens written straight from the document (an
 *  object per token only to be stringified was a large share of a batch's garbage) and no copy of the whole object. */
export function toOutputJson(doc: Doc): string {
  // (a field JSON.stringify would leave out, or a document with no tokens: the plain way)
  if (doc.id === undefined || doc.document_date === undefined || doc.language === undefined || doc.text === undefined
    || doc.tokens.length === 0) return JSON.stringify(toOutput(doc));
  const sentences: string[] = [];
  for (const s of doc.sentences) sentences.push(`{"start":${s.start},"end":${s.end}}`);
  const tokens: string[] = [];
  for (const t of doc.tokens) tokens.push(`{"start":${t.start},"end":${t.end}${lemmaTail(t.lemma)}`);
  return `{"id":${JSON.stringify(doc.id)},"document_date":${JSON.stringify(doc.document_date)},"language":${JSON.stringify(doc.language)},"text":${JSON.stringify(doc.text)},"sentences":[${sentences.join(",")}],"tokens":[${tokens.join(",")}],${JSON.stringify(afterTokens(doc)).slice(1)}`;
}

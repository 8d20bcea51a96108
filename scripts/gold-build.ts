// Turns hand annotations kept outside the repository (span TEXT, in reading order) into gold
// files of offsets and labels only (test/gold/<id>.gold.json): the corpus is unlicensed, so no
// article text enters the repository. Annotations are made on the master copy of a body; the
// script projects entities, timexes and quotes onto every later line that repeats it.
// Usage: tsx scripts/gold-build.ts [id…]   (default: every scratch file)
// GOLD_CORPUS=file.jsonl reads the records from another corpus, GOLD_OUT=dir writes there.
//
// Scratch file <SCRATCH>/<id>.json (GOLD_SCRATCH=dir to read another folder):
//   layers?:  ["timexes", …]   annotates these layers alone: the file goes to test/gold/time/
//   entities: [text, type, name?, {n?}]        name defaults to text; n-th match after the previous one
//   timexes:  [text, type, value, {mod?, value_scored?, n?}]
//   events:   {type, trigger: text | [text, n], actors, date, mode, location, cameo?}
//   quotes:   [firstWords, lastWords, speaker, {n?}]   the content inside the quotation marks
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { copies, loadCorpus, ROOT, SCRATCH } from "./gold-corpus.js";

type Opts = { n?: number; mod?: string; value_scored?: boolean };
interface Scratch {
  id: string;
  layers?: string[];
  entities: [string, string, string?, Opts?][];
  timexes: [string, string, string, Opts?][];
  events: { type: string; trigger: string | [string, number]; actors: string[]; date: string | null; mode: string; location: string | null; cameo?: string }[];
  quotes: [string, string, string | null, Opts?][];
}

const ENT = new Set(["PER", "LOC", "ORG", "MISC"]);
const TX = new Set(["DATE", "TIME", "DURATION", "SET"]);
const EV = new Set(["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]);
const MODES = new Set(["asserted", "future", "demanded", "negated", "possible", "reported"]);
const WORD = /[\p{L}\p{N}]/u;

class Placer {
  constructor(private text: string, private limit: number, private id: string) {}
  /** The n-th whole-word occurrence of `s` at or after `from`, inside the master copy. */
  find(s: string, from: number, n = 1): number {
    let at = from - 1;
    for (let k = 0; k < n; ) {
      at = this.text.indexOf(s, at + 1);
      if (at < 0 || at + s.length > this.limit) throw new Error(`${this.id}: "${s}" (#${n}) not found after ${from}`);
      const before = at > 0 ? this.text[at - 1] : " ";
      const after = this.text[at + s.length] ?? " ";
      if (!WORD.test(before) && !WORD.test(after)) k++;
    }
    return at;
  }
}

function build(id: string, text: string, published: string): object {
  const s = JSON.parse(readFileSync(`${SCRATCH}/${id}.json`, "utf8")) as Scratch;
  const { masterEnd, repeats } = copies(text);
  const place = new Placer(text, masterEnd, id);
  const warn = (m: string) => console.error(`${id}: ${m}`);

  let cur = 0;
  const entities = s.entities.map(([t, type, name, o]) => {
    if (!ENT.has(type)) throw new Error(`${id}: entity type ${type}`);
    const start = place.find(t, cur, o?.n);
    cur = start + t.length;
    return { start, end: cur, type, name: name ?? t };
  });
  cur = 0;
  const timexes = s.timexes.map(([t, type, value, o]) => {
    if (!TX.has(type)) throw new Error(`${id}: timex type ${type}`);
    const start = place.find(t, cur, o?.n);
    cur = start + t.length;
    return { start, end: cur, type, value, ...(o?.mod ? { mod: o.mod } : {}), ...(o?.value_scored === false ? { value_scored: false } : {}) };
  });
  cur = 0;
  const quotes = s.quotes.map(([first, last, speaker, o]) => {
    const start = place.find(first, cur, o?.n);
    const end = place.find(last, start) + last.length;
    cur = end;
    return { start, end, speaker };
  });
  const names = new Set(entities.map((e) => e.name));
  const events = s.events.map((v) => {
    if (!EV.has(v.type)) throw new Error(`${id}: event type ${v.type}`);
    if (!MODES.has(v.mode)) throw new Error(`${id}: event mode ${v.mode}`);
    const [t, n] = typeof v.trigger === "string" ? [v.trigger, 1] : v.trigger;
    const start = place.find(t, 0, n);
    for (const a of v.actors) if (!s.layers && !names.has(a)) warn(`event ${v.type} actor "${a}" is no entity name`);
    if (!s.layers && v.location && !names.has(v.location)) warn(`event ${v.type} location "${v.location}" is no entity name`);
    return { type: v.type, trigger: { start, end: start + t.length }, actors: v.actors, date: v.date, location: v.location, mode: v.mode, ...(v.cameo ? { cameo: v.cameo } : {}) };
  });

  // project the master copy's spans onto each repeated line
  const project = <T extends { start: number; end: number }>(xs: T[]): T[] => {
    const out = [...xs];
    for (const r of repeats) {
      if (r.offset < 0) { warn(`line ${r.start}-${r.end} is not a repeat: annotate it by hand`); continue; }
      const shift = r.start - r.offset;
      for (const x of xs) {
        if (x.start >= r.offset && x.end <= r.offset + (r.end - r.start)) out.push({ ...x, start: x.start + shift, end: x.end + shift });
        else if (x.start < r.offset + (r.end - r.start) && x.end > r.offset) warn(`span ${x.start}-${x.end} crosses a repeated line's edge`);
      }
    }
    return out.sort((a, b) => a.start - b.start);
  };
  return {
    id,
    document_date: published.slice(0, 10),
    language: "az",
    ...(s.layers ? { layers: s.layers } : {}),
    entities: project(entities),
    timexes: project(timexes),
    events,
    quotes: project(quotes),
  };
}

const corpus = loadCorpus();
if (!corpus) {
  console.error("gold-build: ../shared/corpus is absent; nothing to do");
  process.exit(0);
}
const ids = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(SCRATCH).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5));
let failed = 0;
for (const id of ids) {
  const r = corpus.get(id);
  if (!r) { console.error(`gold-build: no record ${id}`); failed++; continue; }
  try {
    const g = build(id, r.text, r.published) as { layers?: string[]; entities: unknown[]; timexes: unknown[]; events: unknown[]; quotes: unknown[] };
    // files of some layers only (e.g. the timex set) live in their own folder; GOLD_OUT=dir chooses
    const outDir = process.env.GOLD_OUT ?? (g.layers ? `${ROOT}test/gold/time` : `${ROOT}test/gold`);
    if (!existsSync(outDir)) mkdirSync(outDir, { recursive: true });
    writeFileSync(`${outDir}/${id}.gold.json`, JSON.stringify(g, null, 1) + "\n");
    console.log(`${id}: ${g.entities.length} entities, ${g.timexes.length} timexes, ${g.events.length} events, ${g.quotes.length} quotes`);
  } catch (e) {
    console.error(`gold-build: ${(e as Error).message}`);
    failed++;
  }
}
process.exitCode = failed ? 1 : 0;

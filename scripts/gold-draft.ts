// Prints a banker article for hand annotation: metadata, the master copy with offsets every
// 100 characters, which later lines repeat it, and the pipeline's current output as a draft in
// the scratch format that scripts/gold-build.ts reads. Usage: tsx scripts/gold-draft.ts banker-37 …
// --text-only prints the article alone and never loads the pipeline (for blind annotation).
import { copies, loadCorpus } from "./gold-corpus.js";

const textOnly = process.argv.includes("--text-only");
const ids = process.argv.slice(2).filter((a) => a !== "--text-only");
// the pipeline is loaded lazily: a stage under construction must not stop the article printing
const annotate = textOnly ? null : await import("../src/pipeline.js").then((m) => m.annotate).catch((e: Error) => {
  console.error(`gold-draft: pipeline not loadable (${e.message.split("\n")[0]}); printing text only`);
  return null;
});
const corpus = loadCorpus();
if (!corpus) {
  console.error("gold-draft: ../shared/corpus is absent; nothing to do");
  process.exit(0);
}
for (const id of ids) {
  const r = corpus.get(id);
  if (!r) { console.error(`gold-draft: no record ${id}`); continue; }
  const { masterEnd, repeats } = copies(r.text);
  console.log(`=== ${id}  ${r.published}  [${r.category}]  ${r.title}`);
  console.log(`length ${r.text.length}, master copy 0-${masterEnd}, ${repeats.length} later lines, ${repeats.filter((x) => x.offset < 0).length} not repeats`);
  for (const x of repeats) if (x.offset < 0) console.log(`  NOT A REPEAT ${x.start}-${x.end}: ${r.text.slice(x.start, x.end)}`);
  console.log(r.text.slice(0, masterEnd));
  if (!annotate) { console.log(); continue; }
  const doc = annotate({ id, text: r.text, document_date: r.published.slice(0, 10) });
  const inMaster = <T extends { start: number }>(xs: T[]) => xs.filter((x) => x.start < masterEnd);
  console.log(JSON.stringify({
    id,
    entities: inMaster(doc.entities).map((e) => [e.text, e.type, e.name]),
    timexes: inMaster(doc.timexes).map((t) => [t.text, t.type, t.value, ...(t.mod ? [{ mod: t.mod }] : [])]),
    events: doc.events.map((v) => ({ type: v.type, trigger: v.trigger.text, actors: v.actors, date: v.date, mode: v.mode, location: v.location })),
    quotes: inMaster(doc.quotes).map((q) => [q.text.slice(0, 20), q.text.slice(-20), q.speaker]),
  }));
  console.log();
}

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Scorer, formatErrors, formatResult, type GoldFile, type ScoreResult } from "../src/eval/score.js";
import { findDocuments, loadGold } from "../src/eval/gold.js";

const SHARED = new URL("../../shared/annotation/", import.meta.url);
const SCORE_PY = new URL("score.py", SHARED).pathname;
const SEED = new URL("seed.gold.json", SHARED).pathname;
const GOLD_DIR = new URL("./gold/", import.meta.url).pathname;

function hasPython(): boolean {
  try {
    execFileSync("python3", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** A gold document written here, with text fields so that score.py can list its errors. */
function smallGold(): GoldFile {
  return {
    id: "t1",
    document_date: "2025-10-08",
    entities: [
      { start: 0, end: 6, text: "Rusiya", type: "LOC", name: "Rusiya" },
      { start: 18, end: 32, text: "Vladimir Putin", type: "PER", name: "Vladimir Putin" },
      { start: 48, end: 57, text: "Düşənbədə", type: "LOC", name: "Düşənbə" },
    ],
    timexes: [
      { start: 33, end: 47, text: "oktyabrın 9-da", type: "DATE", value: "2025-10-09" },
      { start: 60, end: 77, text: "ötən ilin sonunda", type: "DATE", value: "2024", mod: "END" },
      { start: 80, end: 86, text: "bu gün", type: "DATE", value: "2025-09", value_scored: false },
    ],
    events: [
      { type: "CONSULT", trigger: "görüşəcək", actors: ["Vladimir Putin", "İlham Əliyev"], date: "2025-10-09", mode: "future" },
      { type: "REQUEST", trigger: { start: 90, end: 95 }, actors: ["Azərbaycan", "Rusiya"], date: null, mode: "demanded" },
    ],
    quotes: [{ start: 100, end: 140, text: "x".repeat(40), speaker: "Dmitri Peskov" }],
  };
}

test("the scorer follows the matching rules of the guidelines", () => {
  const s = new Scorer();
  s.add(smallGold(), {
    id: "t1",
    entities: [
      { start: 0, end: 6, type: "LOC", name: "Rusiya", text: "Rusiya" },
      { start: 18, end: 32, type: "PER", name: "Putin", text: "Vladimir Putin" }, // right span, wrong name
      { start: 48, end: 55, type: "LOC", name: "Düşənbə", text: "Düşənbə" }, // wrong span
    ],
    timexes: [
      { start: 30, end: 40, value: "2025-10-09", text: "x" }, // overlap, right value
      { start: 60, end: 70, value: "2024", text: "ötən ilin" }, // overlap, mod missing
      { start: 82, end: 84, value: "PRESENT_REF", text: "gün" }, // overlap, not value-scored
      { start: 200, end: 210, value: "2025", text: "sonra" }, // no gold
    ],
    events: [
      { type: "CONSULT", actors: ["İlham Əliyev"], date: "2025-10-09", mode: "asserted" },
      { type: "REQUEST", actors: ["Rusiya"], date: "2025-10-08", mode: "demanded" }, // document date for gold null
    ],
    quotes: [{ start: 115, end: 145, speaker: "Peskov" }], // overlap 25 of 40
  });
  const r = s.result();
  assert.deepEqual(r.entity.map((x) => +x.toFixed(3)), [0.667, 0.667, 0.667]);
  assert.equal(r.entity_name_acc, 0.5);
  assert.deepEqual(r.timex_span.map((x) => +x.toFixed(3)), [0.75, 1, 0.857]);
  assert.deepEqual(r.timex_value.map((x) => +x.toFixed(3)), [0.333, 0.5, 0.4]);
  assert.deepEqual(r.event, [1, 1, 1]);
  assert.equal(r.event_mode_acc, 0.5);
  assert.deepEqual(r.quote, [1, 1, 1]);
  assert.equal(r.quote_speaker_acc, 0);
  // gold without text: the error lists read span text from the document
  const e = new Scorer();
  const g = smallGold();
  for (const x of g.entities) delete x.text;
  e.add(g, { entities: [] }, "Rusiya prezidenti Vladimir Putin");
  assert.ok(e.errors.ent_fn.includes("t1: 'Rusiya' LOC"));
  assert.ok(e.errors.ent_fn.includes("t1: 'Vladimir Putin' PER"));
  assert.match(formatErrors(e.errors), /## ev_fn \(2\)/);
  // a document the system left out scores as empty and is named
  const m = new Scorer();
  m.add(smallGold(), undefined);
  assert.deepEqual(m.result().missing_docs, ["t1"]);
  assert.deepEqual(m.result().entity, [0, 0, 0]);
});

/** Predictions made from a gold file by rule: some right, some wrong, some missing, some extra. */
function perturb(g: GoldFile, id: string): object {
  return {
    id,
    entities: g.entities.flatMap((e, i) =>
      i % 4 === 3 ? [] : [{ ...e, type: i % 5 === 1 ? "ORG" : e.type, name: i % 3 === 0 ? e.text : e.name, end: i % 7 === 2 ? e.end - 1 : e.end }]),
    timexes: [...g.timexes.filter((_, i) => i % 3 !== 2).map((t, i) => ({ ...t, value: i % 2 ? "2025" : t.value, mod: undefined })), { start: 5, end: 9, text: "extra", value: "2025" }],
    events: g.events.map((v, i) => ({ ...v, date: i % 3 === 1 ? g.document_date : v.date, actors: i % 4 === 2 ? ["Nobody"] : v.actors, mode: i % 2 ? "asserted" : v.mode })),
    quotes: g.quotes.map((q, i) => ({ ...q, start: q.start + i * 40, speaker: i % 2 ? null : q.speaker })),
  };
}

function close(a: ScoreResult, b: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(a)) {
    if (Array.isArray(v) && typeof v[0] === "number") (v as number[]).forEach((x, i) => assert.ok(Math.abs(x - (b[k] as number[])[i]) < 1e-9, `${k}[${i}]: ${x} vs ${(b[k] as number[])[i]}`));
    else if (typeof v === "number") assert.ok(Math.abs(v - (b[k] as number)) < 1e-9, `${k}: ${v} vs ${b[k]}`);
    else assert.deepEqual(v, b[k]);
  }
}

test("the TypeScript scorer agrees with score.py", { skip: !existsSync(SCORE_PY) || !hasPython() ? "python3 or ../shared absent" : false }, () => {
  const dir = mkdtempSync(join(tmpdir(), "salname-eval-"));
  const seed = JSON.parse(readFileSync(SEED, "utf8")) as GoldFile;
  // score.py prints a trigger as it stands; ours reads offsets' text from the document
  const small = { ...smallGold(), events: smallGold().events.map((v) => ({ ...v, trigger: typeof v.trigger === "string" ? v.trigger : "üzr istəməli" })) };
  const goldPaths = [SEED, join(dir, "small.gold.json"), join(dir, "absent.gold.json")];
  writeFileSync(goldPaths[1], JSON.stringify(small));
  writeFileSync(goldPaths[2], JSON.stringify({ ...small, id: "absent" }));
  const preds = [perturb(seed, "000_0a529d22fd31e90c"), perturb(small, "t1")];
  const predPath = join(dir, "pred.jsonl");
  writeFileSync(predPath, preds.map((p) => JSON.stringify(p)).join("\n") + "\n");

  const s = new Scorer();
  const byId = new Map(preds.map((p) => [(p as { id: string }).id, p]));
  for (const g of [seed, small, { ...small, id: "absent" }]) s.add(g, byId.get(g.id ?? "000_0a529d22fd31e90c"));
  const py = JSON.parse(execFileSync("python3", [SCORE_PY, predPath, ...goldPaths, "--json"], { encoding: "utf8" }));
  close(s.result(), py);
  const pyText = execFileSync("python3", [SCORE_PY, predPath, ...goldPaths, "--errors"], { encoding: "utf8" });
  assert.equal(formatResult(s.result()) + "\n" + formatErrors(s.errors) + "\n", pyText);
});

test("gold files keep offsets and labels only, and their documents are found", { skip: !existsSync(GOLD_DIR) ? "no test/gold" : false }, async () => {
  const files = readdirSync(GOLD_DIR).filter((f) => f.endsWith(".gold.json"));
  assert.ok(files.length >= 30, `${files.length} gold files`);
  for (const f of files) {
    const { gold } = await loadGold(join(GOLD_DIR, f));
    assert.equal(`${gold.id}.gold.json`, f);
    for (const list of [gold.entities, gold.timexes, gold.quotes]) {
      for (const x of list) {
        assert.ok(!("text" in x), `${f}: a span carries article text`);
        assert.ok(Number.isInteger(x.start) && x.end > x.start, `${f}: bad span ${x.start}-${x.end}`);
      }
    }
    for (const v of gold.events) assert.equal(typeof v.trigger, "object", `${f}: trigger must be offsets`);
  }
  // the sample's gold finds the bundled sample article by its source name
  const seedLike = join(mkdtempSync(join(tmpdir(), "salname-gold-")), "s.gold.json");
  writeFileSync(seedLike, JSON.stringify({ source: "000_0a529d22fd31e90c.txt", document_date: "2025-10-08", body_offset: 17, entities: [], timexes: [], events: [], quotes: [] }));
  const g = await loadGold(seedLike);
  const docs = await findDocuments([g], [], (m) => assert.fail(m));
  assert.equal(docs.get("000_0a529d22fd31e90c")?.text.slice(0, 6), "Rusiya");
});

// The annotate command on good and bad input: every bad file is named with its reason, the other
// documents are still printed, and the exit code says something failed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../bin/salname.js", import.meta.url));
const SAMPLE = fileURLToPath(new URL("./fixtures/000_0a529d22fd31e90c.txt", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "salname-cli-"));

function salname(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", maxBuffer: 256 << 20 });
  return {
    code: r.status, out: r.stdout, err: r.stderr,
    get docs() { return r.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l)); },
  };
}

test("annotate the sample as JSONL", () => {
  const r = salname(["annotate", SAMPLE, "--format", "jsonl"]);
  assert.equal(r.code, 0, r.err);
  const d = r.docs[0];
  assert.equal(d.id, "000_0a529d22fd31e90c");
  assert.equal(d.document_date, "2025-10-08");
  assert.ok(d.text.startsWith("Rusiya prezidenti"));
  for (const k of ["sentences", "tokens", "entities", "timexes", "events", "quotes"]) assert.ok(Array.isArray(d[k]), k);
});

test("pretty format is readable text", () => {
  const r = salname(["annotate", SAMPLE, "--format", "pretty"]);
  assert.equal(r.code, 0);
  assert.match(r.out, /2025-10-08/);
  assert.match(r.out, /prezidenti \[?Vladimir Putin\]? /);
  assert.match(r.out, /^  1 .*görüşəcək/m);
});

test("JSONL records: ids, published with an offset, bad lines reported by line, others kept", () => {
  const f = join(dir, "batch.jsonl");
  writeFileSync(f, [
    JSON.stringify({ id: "a", published: "2025-08-24T23:30:00-04:00", text: "Bakıda görüş olub." }),
    "{not json",
    JSON.stringify({ id: "b", title: "x" }),
    JSON.stringify({ id: "c", date: "2025-02-30", text: "x" }),
    JSON.stringify({ id: 7, date: "2025-01-02", text: "İkinci sənəd." }),
  ].join("\n") + "\n");
  const r = salname(["annotate", f, "--format", "jsonl"]);
  assert.equal(r.code, 1);
  assert.deepEqual(r.docs.map((d) => [d.id, d.document_date]), [["a", "2025-08-24"], ["7", "2025-01-02"]]);
  assert.match(r.err, /batch\.jsonl:2: not JSON/);
  assert.match(r.err, /batch\.jsonl:3: record has no "text"/);
  assert.match(r.err, /batch\.jsonl:4: .*not a date/);
});

test("bad files: empty, binary, impossible header date; legacy encodings decoded", () => {
  const empty = join(dir, "empty.txt"); writeFileSync(empty, "");
  const bin = join(dir, "image.txt"); writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]));
  const baddate = join(dir, "baddate.txt"); writeFileSync(baddate, " date 2025-13-40 Mətn.");
  const cp1254 = join(dir, "tr.txt"); writeFileSync(cp1254, Buffer.from([0x42, 0x61, 0x6b, 0xfd, 0x20, 0xfe, 0x65, 0x68, 0x65, 0x72, 0x69])); // "Bakı şeheri"
  const cp1251 = join(dir, "ru.txt"); writeFileSync(cp1251, Buffer.from([0xc1, 0xe0, 0xea, 0xfb, 0x20, 0xf8, 0xe0, 0xf5, 0xe0, 0xf0, 0xe8])); // "Бакы шахари"
  const u16 = join(dir, "u16.txt"); writeFileSync(u16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(" date 2025-10-08 Düşənbədə görüş.", "utf16le")]));
  const r = salname(["annotate", empty, bin, baddate, cp1254, cp1251, u16, "--format", "jsonl"]);
  assert.equal(r.code, 1);
  assert.match(r.err, /empty\.txt: empty file/);
  assert.match(r.err, /image\.txt: binary data/);
  assert.match(r.err, /baddate\.txt: header date "2025-13-40" is not a calendar date/);
  const byId = Object.fromEntries(r.docs.map((d) => [d.id, d]));
  assert.equal(byId.tr.text, "Bakı şeheri");
  assert.equal(byId.ru.text, "Бакы шахари");
  assert.equal(byId.u16.document_date, "2025-10-08");
  assert.equal(byId.u16.text, "Düşənbədə görüş.");
});

test("standard input: plain text with --date, and JSONL", () => {
  const a = salname(["annotate", "--date", "2025-10-08", "--format", "jsonl"], "Putin Düşənbədə.");
  assert.equal(a.code, 0, a.err);
  assert.equal(a.docs[0].document_date, "2025-10-08");
  const b = salname(["annotate", "--format", "jsonl"], '{"id":"x","date":"2025-01-01","text":"Bir."}\n{"id":"y","text":"İki."}\n');
  assert.deepEqual(b.docs.map((d) => d.id), ["x", "y"]);
  const c = salname(["annotate", "--date", "2025-02-30"], "x");
  assert.equal(c.code, 2);
  assert.match(c.err, /not a calendar date/);
});

test("lemma command prints word<TAB>lemma in order", () => {
  const r = spawnSync(process.execPath, [BIN, "lemma"], { input: "Bakı\n\nDüşənbə\n", encoding: "utf8" });
  assert.equal(r.status, 0);
  const rows = r.stdout.split("\n").filter((l) => l !== "").map((l) => l.split("\t"));
  assert.equal(rows.length, 3);
  assert.deepEqual(rows.map((x) => x[0]), ["Bakı", "", "Düşənbə"]);
});

test("worker threads give the same output, in input order, as one thread", () => {
  const f = join(dir, "many.jsonl");
  const recs = Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `d${i}`, date: "2025-10-08", text: `Prezident İlham Əliyev oktyabrın ${i + 1}-də Bakıda ${"görüşüb. ".repeat(i + 1)}` }));
  recs.splice(5, 0, "{broken");
  writeFileSync(f, recs.join("\n") + "\n");
  const one = salname(["annotate", f, "--workers", "0"]);
  const two = salname(["annotate", f, "--workers", "2"]);
  assert.equal(two.code, 1);
  assert.match(two.err, /many\.jsonl:6: not JSON/);
  assert.equal(two.out, one.out);
  assert.deepEqual(two.docs.map((d) => d.id), Array.from({ length: 12 }, (_, i) => `d${i}`));
});

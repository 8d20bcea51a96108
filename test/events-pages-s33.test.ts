// Events of real news pages (stop 33): holders of an office named together for the states listed before the plural
// role, and a meeting of two people told apart from a later one of them and a third. Sentences invented for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-06-10") => annotate({ id: "t", text, document_date: date }).events ?? [];
const of = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type).map((e) => e.actors);

test("a plural office after states listed names each state's holder, and the states stay", () => {
  const [a] = of("Rusiya və Azərbaycan prezidentləri Astanada görüşüblər.", "CONSULT");
  for (const x of ["Vladimir Putin", "İlham Əliyev", "Rusiya", "Azərbaycan"]) assert.ok(a?.includes(x), x);
  const [b] = of("Türkiyə və Azərbaycan xarici işlər nazirləri telefonla danışıblar.", "CONSULT");
  for (const x of ["Hakan Fidan", "Ceyhun Bayramov"]) assert.ok(b?.includes(x), x);
  // look-alike: a plural office after one state names no one person (`Avropa liderləri`), the state as before
  const [c] = of("Fransa prezidentləri Bakıya səfər ediblər.", "CONSULT");
  assert.ok(!c?.includes("Emmanuel Makron"));
});

test("two people meeting, then they and a third, are two meetings; the same two told again are one", () => {
  const t = "Paşinyan Vaşinqtonda Donald Trampla ikitərəfli görüş keçirəcək. O, həmçinin ABŞ və Azərbaycan prezidentlərinin iştirakı ilə üçtərəfli görüş keçirəcək.";
  const ms = of(t, "CONSULT", "2025-08-05");
  assert.equal(ms.length, 2);
  assert.ok(ms.some((a) => a.includes("İlham Əliyev")));
  assert.ok(ms.some((a) => !a.includes("İlham Əliyev") && a.includes("Donald Tramp")));
  // look-alike: the same two told again, one by the office, are one meeting
  const again = "Paşinyan Vaşinqtonda Donald Trampla görüş keçirəcək. Məlumatda qeyd olunur ki, Paşinyan ABŞ Prezidenti ilə Vaşinqtonda görüş keçirəcək.";
  assert.equal(of(again, "CONSULT", "2025-08-05").length, 1);
});

test("regret over one's own act is no charge; a delegation led by someone and met as a partner keeps the subject first", () => {
  assert.deepEqual(of("Rektor bildirib: “Bu addımı atmağa məcbur olduğumuza görə səmimi şəkildə təəssüf edirəm”.", "ACCUSE"), []);
  // regret over a side's act stays a charge
  assert.equal(of("Nazir Rusiya kontingentinin müraciətlərə məhəl qoymamasına təəssüf edirik deyib.", "ACCUSE").length, 1);
  const [met] = of("Kamal Həsənov Alison Hukerin rəhbərlik etdiyi nümayəndə heyəti ilə görüşüb.", "CONSULT");
  assert.equal(met?.[0], "Kamal Həsənov");
  // a delegation led by someone as the subject: its leader first
  const [visit] = of("Milli Məclisin sədri Sahibə Qafarovanın rəhbərlik etdiyi nümayəndə heyəti Ankaraya səfər edib.", "CONSULT");
  assert.equal(visit?.[0], "Sahibə Qafarova");
});

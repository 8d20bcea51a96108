// The misses of a third blind headline set (src/lang/az/events/headline-misses-3.ts and the engine rules they needed):
// ties deepened, criminal cases dropped, a joint appearance before the press, upcoming talks,
// dates given inside a quotation, harm told in a quoted accusation, and surnames opening quoted speech; each with look-alikes
// that tell no such act. Sentences are invented for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { getLanguage } from "../src/lang/index.js";
import { extractEvents } from "../src/extract/events/index.js";
import { annotate } from "../src/pipeline.js";
import { docOf, entity, timex } from "./helpers-events.js";
import type { EntityType } from "../src/text/doc.js";

const az = getLanguage("az");

function evs(text: string, ents: [string, EntityType, string][], dates: [string, string][] = []) {
  const d = docOf(text);
  for (const [surface, type, name] of ents) entity(d, surface, type, name);
  for (const [surface, value] of dates) timex(d, surface, value);
  return extractEvents(d, az);
}

test("ties deepened with a side are COOPERATE; a crisis deepening or a deepening as an aim is not", () => {
  const a = evs("Norveç ilə Fransa arasında əlaqələr dərinləşir.", [["Norveç", "LOC", "Norveç"], ["Fransa", "LOC", "Fransa"]]);
  assert.deepEqual(a.map((e) => [e.type, e.mode]), [["COOPERATE", "asserted"]]);
  assert.deepEqual(a[0].actors, ["Norveç", "Fransa"]);
  const b = evs('Norveç naziri: "Fransa ilə münasibətlərimizi daha da dərinləşdiririk"', [["Norveç", "LOC", "Norveç"], ["Fransa", "LOC", "Fransa"]]);
  assert.ok(b.some((e) => e.type === "COOPERATE" && e.actors.includes("Fransa")));
  // no tie named: a crisis deepens
  assert.deepEqual(evs("Norveçdə siyasi böhran dərinləşir.", [["Norveçdə", "LOC", "Norveç"]]).filter((e) => e.type === "COOPERATE"), []);
  // the deepening is the aim of a meeting, which is the act told
  const c = evs("Norveç naziri tərəfdaşlığın dərinləşdirilməsi məqsədilə Fransa naziri ilə görüşəcək.", [["Norveç", "LOC", "Norveç"], ["Fransa", "LOC", "Fransa"]]);
  assert.deepEqual(c.map((e) => e.type), ["CONSULT"]);
});

test("criminal cases against a side dropped are CONCEDE; a contract ended is not", () => {
  const a = evs("Norveçdə keçmiş nazir Hansenə qarşı cinayət işinə xitam verilib.", [["Norveçdə", "LOC", "Norveç"], ["Hansenə", "PER", "Hansen"]]);
  assert.deepEqual(a.map((e) => e.type), ["CONCEDE"]);
  assert.ok(a[0].actors.includes("Hansen"));
  assert.deepEqual(evs("Norveçdə Hansenlə bağlanmış əmək müqaviləsinə xitam verilib.", [["Norveçdə", "LOC", "Norveç"], ["Hansenlə", "PER", "Hansen"]]), []);
});

test("two sides appearing before the press together met; one speaker's statement is no meeting", () => {
  const a = evs("Hansen və Dubois mətbuata bəyanatlarla çıxış ediblər.", [["Hansen", "PER", "Hansen"], ["Dubois", "PER", "Dubois"]]);
  assert.deepEqual(a.map((e) => e.type), ["CONSULT"]);
  assert.deepEqual(a[0].actors, ["Hansen", "Dubois"]);
  assert.deepEqual(evs("Hansen mətbuata bəyanatla çıxış edib.", [["Hansen", "PER", "Hansen"]]), []);
});

test("talks called upcoming are to come", () => {
  const a = evs("Hansen Fransa ilə qarşıdakı danışıqların mövzularını açıqlayıb.", [["Hansen", "PER", "Hansen"], ["Fransa", "LOC", "Fransa"]]);
  assert.deepEqual(a.map((e) => [e.type, e.mode]), [["CONSULT", "future"]]);
});

test("a date inside a quotation dates the quoted act, not the telling around it", () => {
  const a = evs('Hansen: "Norveç 2027-ci ildə Fransa ilə görüşəcək"', [["Hansen", "PER", "Hansen"], ["Norveç", "LOC", "Norveç"], ["Fransa", "LOC", "Fransa"]],
    [["2027-ci ildə", "2027"]]);
  assert.equal(a.length, 1);
  assert.equal(a[0].date, "2027");
  // a year the speaker names does not date the speaker's own act told outside the quotation
  const b = evs('Hansen Fransanı tənqid edib: "2019-cu ildə də belə idi"', [["Hansen", "PER", "Hansen"], ["Fransanı", "LOC", "Fransa"]], [["2019-cu ildə", "2019"]]);
  assert.deepEqual(b.map((e) => e.type), ["ACCUSE"]);
  assert.notEqual(b[0].date, "2019");
});

test("harm told in a quotation that an accusation opens is alleged: reported", () => {
  const a = evs('Hansen Fransanı ittiham edib: "Norveç Fransaya hücum edib"', [["Hansen", "PER", "Hansen"], ["Fransanı", "LOC", "Fransa"], ["Norveç", "LOC", "Norveç"], ["Fransaya", "LOC", "Fransa"]]);
  const harm = a.find((e) => e.type === "ASSAULT");
  assert.ok(harm);
  assert.equal(harm.mode, "reported");
  assert.ok(a.some((e) => e.type === "ACCUSE"));
  // speech with no accusation before it keeps its mode
  const b = evs('Hansen bildirib: "Norveç Fransaya hücum edib"', [["Hansen", "PER", "Hansen"], ["Norveç", "LOC", "Norveç"], ["Fransaya", "LOC", "Fransa"]]);
  assert.equal(b.find((e) => e.type === "ASSAULT")?.mode, "asserted");
});

test("a known surname opening quoted speech after a colon is a name; one opening a quoted title is not read by itself", () => {
  const ents = (text: string) => annotate({ id: "t", text, document_date: "2025-11-20" }).entities;
  assert.ok(ents('Peskov bildirib: "Uitkoff sabah Pekinə uçacaq"').some((e) => e.name === "Uitkoff" && e.type === "PER"));
  assert.ok(!ents('Deputatlar "Tramp körpüsü" layihəsini bəyəniblər').some((e) => e.type === "PER" && e.name === "Tramp"));
  // a known person whose name holds what is elsewhere a title
  assert.ok(ents("Şeyx Hasina Dehlidə jurnalistlərlə danışıb").some((e) => e.name === "Şeyx Hasina" && e.type === "PER"));
});

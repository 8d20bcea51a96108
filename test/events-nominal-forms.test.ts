// Nominal and participle forms of triggers: a verbal noun with its owner in the genitive (`X-in Y-ə zəng
// etməsi`), an object participle before the event noun (`X-in Y-ə etdiyi zəng`) or before its object
// (`X-in həbs etdiyi Y`), a subject participle before its doer (`Y-ə hücum edən X`), and the look-alikes
// that tell no event (a verbal noun as a topic, `… barədə`). Sentences are invented for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { EntityType, Event } from "../src/text/doc.js";
import { eventsWith } from "./helpers-events.js";

const P = (s: string, n = s): [string, EntityType, string] => [s, "PER", n];
const L = (s: string, n = s): [string, EntityType, string] => [s, "LOC", n];

function one(evs: Event[], type: string): Event {
  const e = evs.find((x) => x.type === type);
  assert.ok(e, `no ${type} in ${JSON.stringify(evs.map((x) => x.type))}`);
  return e;
}
const sides = (e: Event) => [...e.actors].sort();

test("verbal noun `-ması` owned by a genitive: the owner is the doer, the dative the partner", () => {
  const e = one(eventsWith("Norveçin Fransaya hücum etməsi bazarları silkələyib.", [L("Norveçin", "Norveç"), L("Fransaya", "Fransa")]), "ASSAULT");
  assert.deepEqual(sides(e), ["Fransa", "Norveç"]);
  assert.equal(e.mode, "asserted");
});

test("verbal noun of a call keeps the mode of its clause (`… etməsi gözlənilir`: future)", () => {
  const e = one(eventsWith("Con Smitin Pyer Dübuaya zəng etməsi gözlənilir.", [P("Con Smitin", "Con Smit"), P("Pyer Dübuaya", "Pyer Dübua")]), "CONSULT");
  assert.deepEqual(sides(e), ["Con Smit", "Pyer Dübua"]);
  assert.equal(e.mode, "future");
});

test("verbal noun with an accusative object owned by another genitive: the first genitive is the doer", () => {
  const e = one(eventsWith("Norveçin Fransanın təklifini rədd etməsi gərginliyi artırıb.", [L("Norveçin", "Norveç"), L("Fransanın", "Fransa")]), "REJECT");
  assert.equal(e.actors[0], "Norveç");
  assert.ok(e.actors.includes("Fransa"));
});

test("event noun that is the object of a verbal noun: the verbal noun's owner is the doer", () => {
  const e = one(eventsWith("Norveçin Fransa ilə danışıqlara başlaması neft qiymətlərini aşağı salıb.", [L("Norveçin", "Norveç"), L("Fransa")]), "CONSULT");
  assert.deepEqual(sides(e), ["Fransa", "Norveç"]);
});

test("object participle of the light verb before the event noun (`X-in Y-ə etdiyi zəng`)", () => {
  const e = one(eventsWith("Con Smitin Pyer Dübuaya etdiyi zəng zamanı iqtisadi məsələlər müzakirə olunub.", [P("Con Smitin", "Con Smit"), P("Pyer Dübuaya", "Pyer Dübua")]), "CONSULT");
  assert.deepEqual(sides(e), ["Con Smit", "Pyer Dübua"]);
  assert.equal(e.mode, "asserted");
});

test("object participle past an adjective (`göstərdiyi hərbi yardım`)", () => {
  const e = one(eventsWith("Norveçin Fransaya göstərdiyi hərbi yardım Almaniyanı narahat edib.", [L("Norveçin", "Norveç"), L("Fransaya", "Fransa"), L("Almaniyanı", "Almaniya")]), "AID");
  assert.deepEqual(sides(e), ["Fransa", "Norveç"]);
});

test("object participle trigger before a name: the name is its object (`X-in həbs etdiyi Y`)", () => {
  const e = one(eventsWith("Norveçin həbs etdiyi Con Smit azad edilib.", [L("Norveçin", "Norveç"), P("Con Smit")]), "COERCE");
  assert.deepEqual(sides(e), ["Con Smit", "Norveç"]);
});

test("subject participle: the name after it is the doer (`Y ilə görüşən X`)", () => {
  const e = one(eventsWith("Pyer Dübua ilə görüşən Con Smit Londona qayıdıb.", [P("Pyer Dübua"), P("Con Smit"), L("Londona", "London")]), "CONSULT");
  assert.deepEqual(sides(e), ["Con Smit", "Pyer Dübua"]);
});

test("subject participle before an abbreviation names its doer (`İrana hücum edən ABŞ`)", () => {
  const e = one(eventsWith("İrana hücum edən ABŞ yeni bəyanat yayıb.", [L("İrana", "İran"), L("ABŞ")]), "ASSAULT");
  assert.deepEqual(sides(e), ["ABŞ", "İran"]);
});

test("subject participle before a state and a bare noun object of the main verb tells the state's act", () => {
  const e = one(eventsWith("Fransanı dəstəkləyən Norveç bəyanat yayıb.", [L("Fransanı", "Fransa"), L("Norveç")]), "SUPPORT");
  assert.deepEqual(sides(e), ["Fransa", "Norveç"]);
});

test("a verbal noun as a topic (`… etməsi barədə`, `… ilə bağlı`) is no event", () => {
  const a = eventsWith("Con Smitin Pyer Dübuaya zəng etməsi barədə məlumat yayılıb.", [P("Con Smitin", "Con Smit"), P("Pyer Dübuaya", "Pyer Dübua")]);
  assert.equal(a.filter((e) => e.type === "CONSULT").length, 0);
  const b = eventsWith("Norveçin Fransaya hücum etməsi ilə bağlı müzakirələr aparılacaq.", [L("Norveçin", "Norveç"), L("Fransaya", "Fransa")]);
  assert.equal(b.filter((e) => e.type === "ASSAULT").length, 0);
  const c = eventsWith("Norveçin Fransa ilə danışıqlara başlaması barədə xəbərlər yayılıb.", [L("Norveçin", "Norveç"), L("Fransa")]);
  assert.equal(c.filter((e) => e.type === "CONSULT").length, 0);
});

test("an act ordered (`… etmələri barədə göstəriş`) is no topic", () => {
  const e = eventsWith("Nazirlik Norveçin səfirliyinin əməkdaşlarına Fransanı tərk etmələri barədə göstəriş verib.", [L("Norveçin", "Norveç"), L("Fransanı", "Fransa")]);
  assert.ok(e.some((x) => x.type === "RETREAT"));
});

test("an attack word naming a kind of thing is no attack (`hücum helikopterləri`)", () => {
  const e = eventsWith("Norveç hücum helikopterləri istehsalını artırır.", [L("Norveç")]);
  assert.equal(e.filter((x) => x.type === "ASSAULT").length, 0);
});

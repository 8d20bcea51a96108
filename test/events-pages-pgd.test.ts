// Real news from other outlets, second round (stop 32): dates inside participle clauses and retellings. The sentences here
// are written for these tests: a date inside a participle clause describing the act's cause or object (a passive `-mış`
// participle, a clause of several words before its participle) is that noun's, not the act's; a meeting frame
// (`Görüş zamanı …`) told after an envoy's summons, with no meeting told before, is the summons told again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-11-20") => annotate({ id: "t", text, document_date: date });
const events = (text: string, date?: string) => doc(text, date).events ?? [];
const dated = (text: string, type: string) => events(text).filter((e) => e.type === type).map((e) => e.date);

test("a date in a passive `-mış` participle clause of the act's cause (`keçirilmiş seçkilər ilə əlaqədar`) is the cause's", () => {
  assert.deepEqual(dated("Baş nazir Əli Məmmədov iyunun 7-də keçirilmiş seçkilər ilə əlaqədar istefa verib.", "RETREAT").filter((d) => d === "2025-06-07"), []);
  assert.deepEqual(dated("Nazir Kamal Rüstəmov mayın 3-də baş vermiş qəzaya görə istefa verib.", "RETREAT").filter((d) => d === "2025-05-03"), []);
  // look-alike: the same participle before the occasion the act took place at dates it
  assert.deepEqual(dated("Baş nazir Əli Məmmədov iyunun 7-də keçirilmiş iclasda istefa verib.", "RETREAT"), ["2025-06-07"]);
});

test("a date opening a participle clause of several words that describes the act's object is the object's", () => {
  assert.deepEqual(dated("Türkiyə polisi 2015-ci ildə qətl törətməkdə şübhəli sayılan Azərbaycan vətəndaşını saxlayıb.", "COERCE").filter((d) => d === "2015"), []);
  assert.deepEqual(dated("Polis 2015-ci ildə qətl törətməkdə şübhəli sayılan Orxan Əliyevi saxlayıb.", "COERCE").filter((d) => d === "2015"), []);
  // look-alikes: no participle, the date is the act's; a participle describing the occasion dates the act
  assert.deepEqual(dated("Polis 2015-ci ildə Bakıda Orxan Əliyevi saxlayıb.", "COERCE"), ["2015"]);
  assert.deepEqual(dated("Nazir iyunun 7-də keçirilmiş iclasda Orxan Əliyevi tənqid edib.", "ACCUSE"), ["2025-06-07"]);
});

test("`Görüş zamanı …` after an envoy's summons, with no meeting told before, is the summons told again", () => {
  const summons = "Bu gün Gürcüstanın Azərbaycandakı səfiri Levan Beridze Azərbaycan Xarici İşlər Nazirliyinə çağırılıb.\n\n" +
    "Bu barədə XİN-dən məlumat verilib.\n\n";
  const evs = events(summons + "Görüş zamanı Gürcüstan səfirinə ölkəsinin son addımlarına görə etiraz bildirilib.");
  assert.ok(evs.some((e) => e.type === "ACCUSE"));
  assert.deepEqual(evs.filter((e) => e.type === "CONSULT"), []);
  // look-alike: a meeting told before, its frame goes on with it: one meeting
  const met = events("Azərbaycanın xarici işlər naziri Ceyhun Bayramov Gürcüstanın xarici işlər naziri Maka Botçorişvili ilə görüşüb.\n\n" +
    "Görüş zamanı tərəflər ikitərəfli əlaqələri müzakirə ediblər.");
  assert.equal(met.filter((e) => e.type === "CONSULT").length, 1);
});

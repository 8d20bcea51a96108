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

test("a date of the cause inside a quotation (`\"Dünən X tərəfindən qəbul olunmuş qərəzli qətnamə ilə əlaqədar …\"`) is the cause's", () => {
  const text = "Nazirliyin sözçüsü Aynur Qasımova bildirib: \"Dünən Belçika Parlamenti tərəfindən qəbul olunmuş qərəzli qətnamə ilə əlaqədar " +
    "Belçikanın ölkəmizdəki səfiri Yan De Vos XİN-ə çağırıldı\".";
  const evs = events(text).filter((e) => e.type === "ACCUSE");
  assert.ok(evs.length > 0);
  assert.ok(evs.every((e) => e.date !== "2025-11-19"));
  // look-alike: the day told of the act itself
  const own = events("Nazirliyin sözçüsü Aynur Qasımova bildirib: \"Dünən Belçikanın ölkəmizdəki səfiri Yan De Vos XİN-ə çağırıldı\".");
  assert.ok(own.some((e) => e.type === "ACCUSE" && e.date === "2025-11-19"));
});

test("a meeting with the envoy told after his summons (`Nazir müavini səfirlə görüş keçirib`) is the complaint told again", () => {
  const summons = "Belçikanın ölkəmizdəki səfiri Yan De Vos Azərbaycan Xarici İşlər Nazirliyinə çağırılıb.\n\n";
  const evs = events(summons + "Xarici işlər nazirinin müavini Elnur Məmmədov səfir Yan De Vos ilə görüş keçirib.");
  assert.ok(evs.some((e) => e.type === "ACCUSE"));
  assert.deepEqual(evs.filter((e) => e.type === "CONSULT"), []);
  // look-alike: a meeting of other people after the summons is a meeting of its own
  const other = events(summons + "Xarici işlər nazirinin müavini Elnur Məmmədov Gürcüstanın səfiri Levan Beridze ilə görüş keçirib.");
  assert.equal(other.filter((e) => e.type === "CONSULT").length, 1);
});

test("a list of dates, each of its own item, before the act (`avqustun 22-24-ü X-ə, sentyabrın 16-sı Y-ə … səfərlərinə`) dates none", () => {
  const list = events("Hökumət Prezident Nino Beridzenin avqustun 22-24-ü Ukraynaya, sentyabrın 16-sı İsveçrəyə, dekabrın 18-20-si İsrailə " +
    "səfərlərinə rədd cavabı verib.");
  assert.ok(list.every((e) => !["2025-12-18", "2025-09-16", "2025-08-22"].includes(e.date ?? "")));
  // look-alikes: one date told coarser then finer, or one date alone, dates the act
  assert.deepEqual(dated("Prezident İlham Əliyev 2025-ci ildə, mayın 5-də Bakıda Vladimir Putin ilə görüşüb.", "CONSULT"), ["2025-05-05"]);
  assert.deepEqual(dated("Prezident İlham Əliyev mayın 5-də Vladimir Putin ilə görüşüb.", "CONSULT"), ["2025-05-05"]);
});

test("an official complaint told again (a note, then the envoy summoned for it) is one act; the other side's answer is another", () => {
  const note = "Azərbaycan Belçikaya nota verib.\n\n";
  const one = events(note + "Belçikanın ölkəmizdəki səfiri Yan De Vos Azərbaycan Xarici İşlər Nazirliyinə çağırılıb.");
  assert.equal(one.filter((e) => e.type === "ACCUSE").length, 1);
  // look-alikes: the side complained to answering, and a complaint to another state, are acts of their own
  assert.equal(events(note + "Belçika da Azərbaycana nota verib.").filter((e) => e.type === "ACCUSE").length, 2);
  assert.equal(events(note + "Belçika Azərbaycanın səfirini XİN-ə çağırıb.").filter((e) => e.type === "ACCUSE").length, 2);
  assert.equal(events(note + "Azərbaycan Fransaya da nota verib.").filter((e) => e.type === "ACCUSE").length, 2);
});

test("a date in a participle clause describing the subject past its birth year (`… sayılan 1989-cu il təvəllüdlü X`) is the subject's", () => {
  assert.deepEqual(dated("2015-ci ildə qətl törətməkdə şübhəli sayılan 1989-cu il təvəllüdlü Orxan Əliyev Gürcüstan polisi tərəfindən saxlanılıb.", "COERCE")
    .filter((d) => d === "2015"), []);
  assert.deepEqual(dated("Axtarışda olan, 2015-ci ildə qətl törətməkdə şübhəli sayılan 1989-cu il təvəllüdlü T. Q əməliyyat nəticəsində " +
    "Gürcüstan polisi tərəfindən saxlanılıb.", "COERCE").filter((d) => d === "2015"), []);
  // look-alike: no participle, the date is the act's
  assert.deepEqual(dated("2015-ci ildə Orxan Əliyev Gürcüstan polisi tərəfindən saxlanılıb.", "COERCE"), ["2015"]);
});

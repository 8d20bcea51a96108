// Modes, sides and speakers the grammar around a trigger gives, on invented news sentences (probes of
// reported claims, plans, possibility, quotations and sentences that go on from the one before).
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string) => annotate({ id: "t", text, document_date: "2025-11-12" });
const events = (text: string) => doc(text).events ?? [];
const modes = (text: string) => events(text).map((e) => `${e.type}:${e.mode}`);
const first = (text: string) => events(text).map((e) => `${e.type}:${e.actors[0]}`);
const speakers = (text: string) => (doc(text).quotes ?? []).map((q) => q.speaker ?? null);

test("the verb governing an event noun may be the auxiliary of possibility itself", () => {
  assert.deepEqual(modes("Putin Trampla Budapeştdə görüşə bilər."), ["CONSULT:possible"]);
  assert.deepEqual(modes("Əliyevin Vaşinqtona səfəri mümkündür."), ["CONSULT:possible"]);
  // look-alike: another verb after the noun tells the act
  assert.deepEqual(modes("Putin Trampla görüşə gəlib."), ["CONSULT:asserted"]);
});

test("a frame of what the press wrote or spread reports the sentence; an outlet's own information does not", () => {
  assert.deepEqual(modes("Nəşrin yazdığına görə, Tramp Putinlə telefonla danışıb."), ["CONSULT:reported"]);
  assert.deepEqual(modes("Mediada yayılan məlumata görə, Zelenski Ərdoğanla Ankarada görüşüb."), ["CONSULT:reported"]);
  assert.deepEqual(modes("KİV-in məlumatına görə, Rusiya Xarkova raket zərbəsi endirib."), ["ASSAULT:reported"]);
  assert.deepEqual(modes("Məlumata görə, Zelenski Ərdoğanla Ankarada görüşüb."), ["CONSULT:asserted"]);
});

test("a clause after a word of claiming and `ki` is reported; after a statement it is told", () => {
  assert.deepEqual(modes("İddia edilir ki, İran Azərbaycanla sərhəddə hərbi təlim keçirib."), ["MOBILIZE:reported"]);
  assert.deepEqual(modes("Paşinyan iddia edib ki, Azərbaycan Ermənistana hücum edib.").filter((m) => m.startsWith("ASSAULT")), ["ASSAULT:reported"]);
  assert.deepEqual(modes("Bildirilir ki, Paşinyan Makronla görüşüb."), ["CONSULT:asserted"]);
  assert.deepEqual(modes("Əliyev bildirib ki, Paşinyan Makronla görüşüb."), ["CONSULT:asserted"]);
});

test("readiness in the first person inside a quotation is the speaker's own", () => {
  assert.deepEqual(first("Zelenski deyib: «Biz Putinlə görüşməyə hazırıq»."), ["AGREE:Zelenski"]);
  assert.deepEqual(first("\"Mən Putinlə görüşməyə hazıram\", - Zelenski bildirib."), ["AGREE:Zelenski"]);
  // (a noun of the act before it, the predicate closing the quoted clause)
  assert.deepEqual(first("\"Biz Ukrayna ilə danışıqlara hazırıq\", - Putin qeyd edib."), ["AGREE:Putin"]);
  // look-alike: ready for a thing that is no act between sides
  assert.deepEqual(first("Zelenski deyib: «Biz qışa tam hazırıq»."), []);
});

test("an act not planned is told negated; the object of another act not planned is no event", () => {
  assert.deepEqual(modes("Putin Trampla görüşməyi planlaşdırmır."), ["CONSULT:negated"]);
  assert.deepEqual(modes("Peskov: \"Putin Trampla görüşməyi planlaşdırmır\"."), ["CONSULT:negated"]);
  assert.deepEqual(modes("Putin Trampla görüşməyi planlaşdırır."), ["CONSULT:future"]);
  assert.deepEqual(modes("Rusiya Ukraynaya hücumları dayandırmağı planlaşdırmır."), []);
  // an event noun whose own verb is a plan or expectation denied
  assert.deepEqual(modes("Putinin Bakıya səfəri hələlik planlaşdırılmır."), ["CONSULT:negated"]);
  assert.deepEqual(modes("Ukraynaya qarşı hücumları dayandırmaq planlaşdırılmır."), []);
});

test("a clause before the colon with an act of its own: its subject speaks", () => {
  assert.deepEqual(speakers("Əliyev Makronu ittiham edib: \"Fransa Ermənistanı silahlandırmağa davam edir\"."), ["Əliyev"]);
  assert.deepEqual(speakers("Ərdoğan Netanyahuya müraciət edib: \"Qəzzada qətliamı dərhal dayandırın\"."), ["Ərdoğan"]);
  // look-alike: a passive clause names no one who speaks
  assert.deepEqual(speakers("Bakıda yeni məktəb açılıb: \"Şagirdlər sevinir və dərslərə hazırdır\".").filter((s) => s !== null), []);
});

test("a passive verb of which an event noun is the subject leaves the noun's owner its doer", () => {
  assert.deepEqual(first("Putinin dekabrda Hindistana səfəri planlaşdırılır."), ["CONSULT:Putin"]);
  assert.deepEqual(first("Əliyevin Ərdoğanla görüşü təxirə salınıb."), ["CONSULT:Əliyev"]);
  // look-alike: with no owner, the place visited stays the only side
  assert.deepEqual(first("Dekabrda Hindistana səfər planlaşdırılır."), []);
});

test("a bare stem before a light verb is the phrase's noun: the light verb carries the tense", () => {
  assert.deepEqual(modes("Türkiyə İsraillə danışıqları davam etdirəcək."), ["CONSULT:future"]);
  assert.deepEqual(modes("Türkiyə İsraillə danışıqları davam etdirib."), ["CONSULT:asserted"]);
});

test("a sentence with no subject word goes on with the subject of the sentence before", () => {
  // (the trip itself, `Nyu-Yorka yollanıb`, is a visit, as `Nyu-Yorka gedib`: src/lang/az/events/coverage-c3.ts)
  assert.deepEqual(events("Sentyabrın 20-də Ərdoğan Nyu-Yorka yollanıb. Həmin gün Trampla görüşüb.").map((e) => [...e.actors].sort().join("|")), ["Nyu-York|Ərdoğan", "Tramp|Ərdoğan"]);
  assert.deepEqual(events("Oktyabrın 15-də Putin Astanada olub. Bir gün sonra Tokayevlə danışıqlar aparıb.").map((e) => e.actors[0]), ["Putin"]);
  // look-alike: a subject noun of its own, named or not, keeps the sentence to itself
  assert.ok(!events("Sentyabrın 20-də Ərdoğan Nyu-Yorka yollanıb. Həmin gün nümayəndə heyəti Trampla görüşüb.").some((e) => e.actors.includes("Tramp") && e.actors.includes("Ərdoğan")));
});

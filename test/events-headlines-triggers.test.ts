// Trigger families found missing in headlines (searches, sentences, executions, ground taken, flights halted,
// concessions, aid asked, envoys summoned, agreements approved, …): one invented sentence per family.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Event } from "../src/text/doc.js";
import { eventsWith } from "./helpers-events.js";

const NOR = "Norlandiya", WES = "Qərbistan", KA = "Kamran Əlizadə", NB = "Nadir Babayev";

const events = eventsWith;

function only(evs: Event[], type: string): Event {
  const of = evs.filter((e) => e.type === type);
  assert.equal(of.length, 1, `one ${type} in ${JSON.stringify(evs.map((e) => [e.type, e.trigger.text]))}`);
  return of[0];
}

test("a search of premises is a seizure (COERCE 171); a search for the missing is none", () => {
  const e = only(events("Antikorrupsiya Bürosu nazir Kamran Əlizadənin ofisində axtarış aparıb.",
    [["Antikorrupsiya Bürosu", "ORG", "Antikorrupsiya Bürosu"], ["Kamran Əlizadənin", "PER", KA]]), "COERCE");
  assert.equal(e.cameo, "171");
  assert.equal(e.trigger.text, "axtarış aparıb");
  const none = events("Fövqəladə Hallar Nazirliyi itkin turistlərin axtarışını aparır.",
    [["Fövqəladə Hallar Nazirliyi", "ORG", "FHN"]]);
  assert.equal(none.filter((x) => x.type === "COERCE").length, 0);
});

test("a court's sentence is COERCE arrest, the one sentenced in the dative", () => {
  const e = only(events("Norlandiya məhkəməsi Kamran Əlizadəyə sərt hökm oxuyub.",
    [["Norlandiya", "LOC", NOR], ["Kamran Əlizadəyə", "PER", KA]]), "COERCE");
  assert.equal(e.cameo, "173");
  assert.ok(e.actors.includes(KA));
  const d = only(events("Norlandiyada Kamran Əlizadəyə ölüm cəzası verilib.",
    [["Norlandiyada", "LOC", NOR], ["Kamran Əlizadəyə", "PER", KA]]), "COERCE");
  assert.equal(d.trigger.text, "cəzası verilib");
});

test("an execution is an ASSAULT (targeted)", () => {
  const e = only(events("Norlandiya hakimiyyəti dörd məhbusu edam edib.", [["Norlandiya", "LOC", NOR]]), "ASSAULT");
  assert.equal(e.actors[0], NOR);
  assert.equal(e.plover_mode, "targeted");
  assert.equal(e.mode, "asserted");
});

test("ground taken by an army is COERCE 192 (CAMEO-to-PLOVER: occupy territory); a fire brought under control is not", () => {
  const e = only(events("Norlandiya ordusu Qərbistanda daha bir yaşayış məntəqəsini nəzarətə götürüb.",
    [["Norlandiya", "LOC", NOR], ["Qərbistanda", "LOC", WES]]), "COERCE");
  assert.equal(e.cameo, "192");
  assert.equal(e.actors[0], NOR);
  const f = only(events("Norlandiya qoşunları iki kəndi nəzarət altına alıb.", [["Norlandiya", "LOC", NOR]]), "COERCE");
  assert.equal(f.cameo, "192");
  const none = events("Norlandiyada meşədə baş vermiş yanğın nəzarət altına alınıb.", [["Norlandiyada", "LOC", NOR]]);
  assert.equal(none.length, 0);
});

test("flights to a country halted are a SANCTION", () => {
  const e = only(events("Norlandiya Qərbistana bütün uçuşları dayandırıb.", [["Norlandiya", "LOC", NOR], ["Qərbistana", "LOC", WES]]), "SANCTION");
  assert.deepEqual(e.actors, [NOR, WES]);
});

test("concessions in the plural (`güzəştlərinə getməyəcək`) are CONCEDE, negated", () => {
  const e = only(events("Kamran Əlizadə ərazi güzəştlərinə getməyəcək.", [["Kamran Əlizadə", "PER", KA]]), "CONCEDE");
  assert.equal(e.mode, "negated");
});

test("aid or asylum asked for is a REQUEST of the one asked (ablative)", () => {
  const e = only(events("Norlandiya Qərbistandan hərbi yardım istəyir.", [["Norlandiya", "LOC", NOR], ["Qərbistandan", "LOC", WES]]), "REQUEST");
  assert.deepEqual(e.actors, [NOR, WES]);
  assert.equal(events("Norlandiya Qərbistandan hərbi yardım istəyir.", [["Norlandiya", "LOC", NOR], ["Qərbistandan", "LOC", WES]])
    .filter((x) => x.type === "AID").length, 0);
  const s = only(events("Kamran Əlizadə Qərbistandan siyasi sığınacaq almaq istəyir.",
    [["Kamran Əlizadə", "PER", KA], ["Qərbistandan", "LOC", WES]]), "REQUEST");
  assert.deepEqual(s.actors, [KA, WES]);
});

test("sanctions suspended and a ban lifted are concessions; a visa-free regime cancelled restricts", () => {
  const e = only(events("Norlandiya Qərbistana qarşı sanksiyaları müvəqqəti dayandırıb.",
    [["Norlandiya", "LOC", NOR], ["Qərbistana", "LOC", WES]]), "CONCEDE");
  assert.equal(e.cameo, "081");
  only(events("Norlandiya Kamran Əlizadənin ölkədən çıxma qadağasını aradan qaldırıb.",
    [["Norlandiya", "LOC", NOR], ["Kamran Əlizadənin", "PER", KA]]), "CONCEDE");
  const v = events("Norlandiya Qərbistanla vizasız rejimi ləğv edir.", [["Norlandiya", "LOC", NOR], ["Qərbistanla", "LOC", WES]]);
  assert.equal(v.filter((x) => x.type === "CONCEDE").length, 0);
  assert.equal(only(v, "COERCE").cameo, "172");
});

test("sanctions whose consideration is stopped are only possible", () => {
  const e = only(events("Norlandiya parlamenti Qərbistana qarşı sanksiyaların nəzərdən keçirilməsini dayandırıb.",
    [["Norlandiya parlamenti", "ORG", "Norlandiya parlamenti"], ["Qərbistana", "LOC", WES]]), "SANCTION");
  assert.equal(e.mode, "possible");
});

test("talks halted are a SANCTION (164), not talks held, past an adverb", () => {
  const evs = events("Norlandiya Qərbistan ilə danışıqları rəsmən dayandırıb.", [["Norlandiya", "LOC", NOR], ["Qərbistan", "LOC", WES]]);
  assert.equal(evs.filter((x) => x.type === "CONSULT").length, 0);
  assert.equal(only(evs, "SANCTION").cameo, "164");
});

test("an envoy summoned to a ministry: the ministry's side protests (ACCUSE 114)", () => {
  const e = only(events("Norlandiyanın səfiri Qərbistan Xarici İşlər Nazirliyinə çağırılıb.",
    [["Norlandiyanın", "LOC", NOR], ["Qərbistan Xarici İşlər Nazirliyinə", "ORG", "Qərbistan XİN"]]), "ACCUSE");
  assert.equal(e.cameo, "114");
  assert.ok(e.actors.includes(NOR));
  // conscripts called up are no envoys
  assert.equal(events("Norlandiyada gənclər hərbi xidmətə çağırılıb.", [["Norlandiyada", "LOC", NOR]]).length, 0);
});

test("an agreement approved (even shouted in capitals) or acceded to is signed (SUPPORT 057)", () => {
  const e = only(events("Kamran Əlizadə Norlandiya ilə sazişi TƏSDİQLƏYİB.", [["Kamran Əlizadə", "PER", KA], ["Norlandiya", "LOC", NOR]]), "SUPPORT");
  assert.equal(e.cameo, "057");
  assert.deepEqual(e.actors, [KA, NOR]);
  assert.equal(only(events("Norlandiya konvensiyaya qoşulub.", [["Norlandiya", "LOC", NOR]]), "SUPPORT").cameo, "057");
  // a rule approved is no agreement
  assert.equal(events("Kamran Əlizadə yeni qaydanı təsdiqləyib.", [["Kamran Əlizadə", "PER", KA]]).length, 0);
});

test("a delegation received and letters exchanged are CONSULT", () => {
  const e = only(events("Kamran Əlizadə Norlandiya şirkətinin nümayəndə heyətini qəbul edib.",
    [["Kamran Əlizadə", "PER", KA], ["Norlandiya", "LOC", NOR]]), "CONSULT");
  assert.equal(e.cameo, "043");
  assert.equal(e.actors[0], KA);
  const m = only(events("Kamran Əlizadə və Nadir Babayev məktub mübadiləsi ediblər.",
    [["Kamran Əlizadə", "PER", KA], ["Nadir Babayev", "PER", NB]]), "CONSULT");
  assert.deepEqual(m.actors, [KA, NB]);
});

test("thanks addressed in a letter are SUPPORT", () => {
  const e = only(events("Nadir Babayev Kamran Əlizadəyə təşəkkür məktubu ünvanlayıb.",
    [["Nadir Babayev", "PER", NB], ["Kamran Əlizadəyə", "PER", KA]]), "SUPPORT");
  assert.deepEqual(e.actors, [NB, KA]);
});

test("arms sales stopped are a SANCTION (1622), not arms supplied", () => {
  const evs = events("Norlandiya Qərbistana silah satışını dayandırıb.", [["Norlandiya", "LOC", NOR], ["Qərbistana", "LOC", WES]]);
  assert.equal(evs.filter((x) => x.type === "AID").length, 0);
  assert.equal(only(evs, "SANCTION").cameo, "1622");
});

test("a tranche approved for a country is AID", () => {
  const e = only(events("Avropa Şurası Norlandiyaya yeni tranşı təsdiqləyib.",
    [["Avropa Şurası", "ORG", "Avropa Şurası"], ["Norlandiyaya", "LOC", NOR]]), "AID");
  assert.deepEqual(e.actors, ["Avropa Şurası", NOR]);
});

test("an offer rejected is a REJECT, no promise", () => {
  const evs = events("Norlandiya Qərbistanın təklifini rədd edib.", [["Norlandiya", "LOC", NOR], ["Qərbistanın", "LOC", WES]]);
  assert.equal(evs.filter((x) => x.type === "AGREE").length, 0);
  only(evs, "REJECT");
});

test("access restricted is COERCE 172", () => {
  const e = only(events("Norlandiya hökuməti sosial şəbəkələrə giriş məhdudlaşdırıb.", [["Norlandiya", "LOC", NOR]]), "COERCE");
  assert.equal(e.cameo, "172");
});

test("a missile tested past an adverb, soldiers sent: MOBILIZE", () => {
  only(events("Norlandiya yeni raketini uğurla sınaqdan keçirib.", [["Norlandiya", "LOC", NOR]]), "MOBILIZE");
  const e = only(events("Norlandiya Qərbistana əsgər göndərəcək.", [["Norlandiya", "LOC", NOR], ["Qərbistana", "LOC", WES]]), "MOBILIZE");
  assert.equal(e.mode, "future");
});

test("concern felt is ACCUSE; a plan of conflict prepared is a THREATEN", () => {
  only(events("Norlandiya Qərbistanın addımından dərin narahatlıq duyur.", [["Norlandiya", "LOC", NOR], ["Qərbistanın", "LOC", WES]]), "ACCUSE");
  only(events("Norlandiya gizli şəkildə Qərbistanla münaqişə planı hazırlayıb.", [["Norlandiya", "LOC", NOR], ["Qərbistanla", "LOC", WES]]), "THREATEN");
});

test("sent back to prison is COERCE arrest", () => {
  const e = only(events("Norlandiya Kamran Əlizadəni həbsxanaya qaytarıb.", [["Norlandiya", "LOC", NOR], ["Kamran Əlizadəni", "PER", KA]]), "COERCE");
  assert.equal(e.cameo, "173");
});

test("a meeting called off is that meeting, negated, not a restriction", () => {
  const evs = events("Kamran Əlizadə Nadir Babayev ilə görüşünü ləğv edib.", [["Kamran Əlizadə", "PER", KA], ["Nadir Babayev", "PER", NB]]);
  assert.equal(evs.filter((x) => x.type === "COERCE").length, 0);
  const e = only(evs, "CONSULT");
  assert.equal(e.mode, "negated");
  assert.deepEqual(e.actors, [KA, NB]);
});

test("a strike told in a clause one does not know about still took place; `endirə bilmir` cannot", () => {
  const e = only(events("Norlandiya dənizdə kimə zərbə endirdiyini bilmir.", [["Norlandiya", "LOC", NOR]]), "ASSAULT");
  assert.equal(e.mode, "asserted");
  assert.equal(e.trigger.text, "zərbə endirdiyini");
  const n = only(events("Norlandiya Qərbistana zərbə endirə bilmir.", [["Norlandiya", "LOC", NOR], ["Qərbistana", "LOC", WES]]), "ASSAULT");
  assert.equal(n.mode, "negated");
});

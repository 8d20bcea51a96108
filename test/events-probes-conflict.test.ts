// Grammar of conflict and coercion, on invented news sentences (probes p2): each rule with a look-alike that must
// not change. The whole pipeline runs, through `annotate`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string) => annotate({ id: "t", text, document_date: "2025-11-20" }).events ?? [];
const sides = (text: string) => events(text).map((e) => `${e.type}:${e.actors.join("|")}`);
const ofType = (text: string, type: string) => events(text).filter((e) => e.type === type);

test("a title written in its possessed form (`Baş naziri`) is a nominative subject, not an accusative", () => {
  assert.equal(ofType("Ermənistanın Baş naziri Rusiyanı ittiham edib.", "ACCUSE")[0]?.actors[0], "Nikol Paşinyan");
  // look-alike: the accusative form is still the one acted on
  assert.deepEqual(ofType("Putin Ermənistanın baş nazirini tənqid edib.", "ACCUSE")[0]?.actors.slice(0, 2), ["Putin", "Nikol Paşinyan"]);
});

test("a bare noun with a phrase of its own before the light verb takes the verb from a possessed head (`tələblərini rədd edib`)", () => {
  assert.deepEqual(sides("Norveç Fransanın tələblərini rədd edib."), ["REJECT:Norveç|Fransa"]);
  assert.deepEqual(sides("Norveç Fransanın xahişini rədd edib."), ["REJECT:Norveç|Fransa"]);
  // look-alike: the demand made is still one
  assert.deepEqual(sides("Norveç Fransadan izahat tələb edib."), ["REQUEST:Norveç|Fransa"]);
});

test("defence against attacks (`hava hücumundan müdafiə`) is no attack", () => {
  assert.deepEqual(ofType("Norveç Fransanı hava hücumundan müdafiə sistemləri verməyə çağırıb.", "ASSAULT"), []);
  assert.equal(ofType("Norveç Fransaya hava hücumu edib.", "ASSAULT").length, 1);
});

test("a genitive owning a counted object (`X-in 5 təyyarəsini vurduğunu`) is no subject of the reported verb", () => {
  assert.deepEqual(ofType("Norveç İsveçin 5 təyyarəsini vurduğunu iddia edib.", "ASSAULT")[0]?.actors, ["Norveç", "İsveç"]);
  // look-alike: a free genitive before a number in another case is still the doer
  assert.equal(ofType("Norveç İsveçin 5 kəndə hücum etdiyini iddia edib.", "ASSAULT")[0]?.actors[0], "İsveç");
});

test("a genitive owns an event noun past a name and the noun that name owns (`X-in Y ərazisinə hücumu`)", () => {
  assert.deepEqual(ofType("Con Smit Norveçin İsveç ərazisinə hücumlarını pisləyib.", "ASSAULT")[0]?.actors, ["Norveç", "İsveç"]);
  // look-alike: a genitive owning the possessed noun itself (`X-in ərazisinə`) is the target's, not the doer
  assert.notEqual(ofType("Con Smit Norveçin ərazisinə İsveçin hücumunu pisləyib.", "ASSAULT")[0]?.actors[0], "Norveç");
});

test("the future participle with a genitive (`X-in Y-ə hücum edəcəyi`) has its subject in the genitive", () => {
  const e = ofType("Norveçin İsveçə hücum edəcəyi gözlənilir.", "ASSAULT")[0];
  assert.deepEqual(e?.actors, ["Norveç", "İsveç"]);
  assert.equal(e?.mode, "future");
  // look-alike: a genitive owning a noun a bare name owns (`X-in Y vilayətinə`) is still the subject
  assert.equal(ofType("Rusiya Ukraynanın Kursk vilayətinə hücum etdiyini açıqlayıb.", "ASSAULT")[0]?.actors[0], "Ukrayna");
});

test("a name in the accusative before a place noun is no place (`X Y-i sərhəddə … ittiham edib`)", () => {
  assert.deepEqual(ofType("Norveç İsveçi sərhəddə təxribat törətməkdə ittiham edib.", "ACCUSE")[0]?.actors, ["Norveç", "İsveç"]);
  // look-alike: a bare name before a place noun in the locative is where it happens
  assert.equal(ofType("Norveç ərazisində İsveç dronları vurulub.", "ASSAULT")[0]?.location, "Norveç");
});

test("a bare police or court in a capital acts for its state (as in the passive)", () => {
  assert.deepEqual(sides("Bakıda polis 20 nəfəri həbs edib."), ["COERCE:Azərbaycan"]);
  assert.deepEqual(sides("Bakıda polis yol qəzası ilə bağlı araşdırma aparır."), []);
});

test("a side warned (`X Y-i xəbərdar edib`) is threatened; the public warned of weather is not", () => {
  assert.deepEqual(sides("Norveç İsveçi ciddi nəticələr barədə xəbərdar edib."), ["THREATEN:Norveç|İsveç"]);
  assert.deepEqual(sides("Xidmət vətəndaşları güclü külək barədə xəbərdar edib."), []);
});

test("the genitive owning the object phrase is the one acted on, not a name inside the phrase", () => {
  assert.deepEqual(ofType("Norveç İsveçin Finlandiyaya silah satışına etiraz edib.", "ACCUSE")[0]?.actors, ["Norveç", "İsveç"]);
  assert.deepEqual(ofType("Con Smit İsveçin Finlandiyanı silahlandırmasını pisləyib.", "ACCUSE")[0]?.actors, ["Con Smit", "İsveç"]);
  // look-alike: a bare name owning the noun (`Qətər kral ailəsindən`) keeps its place
  assert.ok(events("Con Smitin Qətər kral ailəsindən hədiyyə olaraq qəbul etməyi planlaşdırdığı təyyarə bahadır.").some((e) => e.type === "AID" && e.actors.includes("Qətər")));
});

test("a pronoun in the object's case between a farther name and the verb is the object (`XİN-ə çağırıb və ona nota verib`)", () => {
  assert.ok(!events("Norveç İsveçin səfirini XİN-ə çağırıb və ona etiraz notası təqdim edib.").some((e) => e.actors.includes("XİN")));
  // look-alike: a pronoun a person stands for is that person
  assert.ok(sides("Makron Putinə zəng edib və ona təşəkkür edib.").includes("SUPPORT:Makron|Putin"));
});

test("the act an accusation charges someone with (`X-i Y etməkdə ittiham edib`) is told by the accusation alone", () => {
  assert.deepEqual(sides("Con Smit kilsə rəhbərlərini dövlət çevrilişinə cəhd etməkdə ittiham edib."), ["ACCUSE:Con Smit"]);
  assert.deepEqual(sides("Norveç İsveçi danışıqları pozmaqda günahlandırıb."), ["ACCUSE:Norveç|İsveç"]);
  // look-alike: an act told in a clause of its own stays
  assert.ok(sides("Norveç İsveçə hücum edib və Finlandiyanı müharibəni qızışdırmaqda ittiham edib.").includes("ASSAULT:Norveç|İsveç"));
});

test("a phrase with an object participle inside (`X-in Y-ə tətbiq etdiyi tariflər`) is the genitive's act", () => {
  assert.deepEqual(ofType("Con Smitin İsveçə tətbiq etdiyi tariflər bazarları sarsıdıb.", "SANCTION")[0]?.actors, ["Con Smit", "İsveç"]);
  assert.deepEqual(ofType("Con Smitin tətbiq etdiyi tariflər bazarları sarsıdıb.", "SANCTION")[0]?.actors, ["Con Smit"]);
});

test("a noun before a verb of naming is the name given, no act (`… terror aktı adlandırıb`)", () => {
  assert.ok(!events("Con Smit İsveçin Norveçə raket zərbəsini terror aktı adlandırıb.").some((e) => e.type === "ASSAULT" && e.actors[0] === "Con Smit"));
  assert.equal(ofType("Norveç Osloda terror aktı törədib.", "ASSAULT").length, 1);
});

test("a genitive owns an event noun past its partner with a postposition (`X-in Y ilə görüşü`)", () => {
  assert.deepEqual(ofType("Tramp Putinin Zelenski ilə görüşünə dəstək olacağını bildirib.", "CONSULT")[0]?.actors, ["Putin", "Zelenski"]);
});

test("an event noun owned by a genitive keeps its doer: past a body noun (`X ordusunun`) and under a passive verb", () => {
  assert.deepEqual(ofType("Norveç ordusunun İsveçə hücumu davam edir.", "ASSAULT")[0]?.actors, ["Norveç", "İsveç"]);
  assert.deepEqual(ofType("Norveçin İsveçə hücumları dayandırılıb.", "ASSAULT")[0]?.actors, ["Norveç", "İsveç"]);
  // look-alike: a passive verb of its own, with its agent, is still the agent's act
  assert.equal(ofType("İsveç Norveç tərəfindən bombalanıb.", "ASSAULT")[0]?.actors[0], "Norveç");
});

test("a name before a time postposition (`X gecə ərzində`) is the subject, no owner of the time", () => {
  assert.deepEqual(ofType("Norveç gecə ərzində İsveçə 300 dron buraxıb.", "ASSAULT")[0]?.actors, ["Norveç", "İsveç"]);
  // look-alike: a bare name before a place noun in the locative is still where it happens
  assert.equal(ofType("Norveç ərazisində İsveç dronları vurulub.", "ASSAULT")[0]?.location, "Norveç");
});

// Triggers from the walk of the CAMEO codebook, codes 06 (cooperate), 07 (aid), 08 (concede, retreat),
// 09 (investigate) and 12 (reject): src/lang/az/events/codebook-concession.ts. Invented sentences.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsWith } from "./helpers-events.js";

test("06 COOPERATE: goods supplied, sold or delivered to a state; arms make it military", () => {
  const [gas] = eventsWith("Qazaxıstan Çinə qaz tədarük edəcək.", [["Qazaxıstan", "LOC", "Qazaxıstan"], ["Çinə", "LOC", "Çin"]]);
  assert.equal(gas.type, "COOPERATE");
  assert.equal(gas.cameo, "061");
  assert.deepEqual(gas.actors, ["Qazaxıstan", "Çin"]);
  assert.equal(gas.mode, "future");
  const [arms] = eventsWith("Fransa Hindistana qırıcı təyyarələr satıb.", [["Fransa", "LOC", "Fransa"], ["Hindistana", "LOC", "Hindistan"]]);
  assert.equal(arms.type, "COOPERATE");
  assert.equal(arms.cameo, "062");
  assert.deepEqual(arms.actors, ["Fransa", "Hindistan"]);
  assert.equal(arms.mode, "asserted");
  const [oil] = eventsWith("Qazaxıstan nefti ilk dəfə Gürcüstana çatdırılıb.", [["Qazaxıstan", "LOC", "Qazaxıstan"], ["Gürcüstana", "LOC", "Gürcüstan"]]);
  assert.equal(oil.type, "COOPERATE");
  assert.ok(oil.actors.includes("Gürcüstan") && oil.actors.includes("Qazaxıstan"));
});

test("06 COOPERATE: no side named, no trade event (an auction sale, a matter brought to notice)", () => {
  assert.equal(eventsWith("Rəssamın əsəri Əhməd Quliyev tərəfindən hərracda 5 milyon dollara satılıb.", [["Əhməd Quliyev", "PER", "Əhməd Quliyev"]]).length, 0);
  assert.equal(eventsWith("Nazir Əhməd Quliyev məsələni Prezidentin diqqətinə çatdırıb.", [["Əhməd Quliyev", "PER", "Əhməd Quliyev"]]).length, 0);
  // investment received is a figure, not an act between sides
  assert.equal(eventsWith("Texnoparka investorlar tərəfindən 20 milyon manat investisiya yatırılıb.", [["Texnoparka", "LOC", "Texnopark"]]).length, 0);
});

test("06 COOPERATE: investment in a state, legal assistance, intelligence shared, a suspect handed over", () => {
  const [inv] = eventsWith("Qətər Gürcüstana 2 milyard dollar sərmayə yatıracaq.", [["Qətər", "LOC", "Qətər"], ["Gürcüstana", "LOC", "Gürcüstan"]]);
  assert.equal(inv.type, "COOPERATE");
  assert.deepEqual(inv.actors, ["Qətər", "Gürcüstan"]);
  const [legal] = eventsWith("Moldova və Rumıniya qarşılıqlı hüquqi yardım göstərəcək.", [["Moldova", "LOC", "Moldova"], ["Rumıniya", "LOC", "Rumıniya"]]);
  assert.equal(legal.type, "COOPERATE");
  assert.equal(legal.cameo, "063");
  assert.deepEqual(legal.actors, ["Moldova", "Rumıniya"]);
  const [intel] = eventsWith("Litva və Latviya kəşfiyyat məlumatlarını paylaşıb.", [["Litva", "LOC", "Litva"], ["Latviya", "LOC", "Latviya"]]);
  assert.equal(intel.type, "COOPERATE");
  assert.equal(intel.cameo, "064");
  assert.deepEqual(intel.actors, ["Litva", "Latviya"]);
  const [handed] = eventsWith("Axtarışda olan şəxs Qazaxıstandan Özbəkistana təhvil verilib.", [["Qazaxıstandan", "LOC", "Qazaxıstan"], ["Özbəkistana", "LOC", "Özbəkistan"]]);
  assert.equal(handed.type, "COOPERATE");
  assert.equal(handed.cameo, "063");
  assert.ok(handed.actors.includes("Özbəkistan"));
  // the bodies of soldiers handed over are a return (RETREAT), a park handed to a body no act between sides
  const [bodies] = eventsWith("Ukrayna Rusiyaya 500 hərbçinin cəsədini təhvil verib.", [["Ukrayna", "LOC", "Ukrayna"], ["Rusiyaya", "LOC", "Rusiya"]]);
  assert.equal(bodies.type, "RETREAT");
  assert.deepEqual(bodies.actors, ["Ukrayna", "Rusiya"]);
  assert.equal(eventsWith("Park Kapital Holdinq tərəfindən İcra Hakimiyyətinə təhvil verilib.", [["Kapital Holdinq", "ORG", "Kapital Holdinq"], ["İcra Hakimiyyətinə", "ORG", "İcra Hakimiyyəti"]])
    .filter((e) => e.type === "COOPERATE").length, 0);
});

test("07 AID: financial support given is aid, not praise; donations", () => {
  const [money] = eventsWith("Yaponiya Moldovaya 50 milyon dollar maliyyə dəstəyi verəcək.", [["Yaponiya", "LOC", "Yaponiya"], ["Moldovaya", "LOC", "Moldova"]]);
  assert.equal(money.type, "AID");
  assert.equal(money.cameo, "071");
  assert.deepEqual(money.actors, ["Yaponiya", "Moldova"]);
  assert.equal(money.mode, "future");
  const [gift] = eventsWith("Bank Respublika Türkiyəyə 1 milyon dollar ianə edib.", [["Bank Respublika", "ORG", "Bank Respublika"], ["Türkiyəyə", "LOC", "Türkiyə"]]);
  assert.equal(gift.type, "AID");
  assert.deepEqual(gift.actors, ["Bank Respublika", "Türkiyə"]);
});

test("08 CONCEDE: restrictions lifted, a visa-free regime brought in, a step back, giving in", () => {
  const [lift] = eventsWith("Kanada Gürcüstana qoyulan məhdudiyyətləri aradan qaldırıb.", [["Kanada", "LOC", "Kanada"], ["Gürcüstana", "LOC", "Gürcüstan"]]);
  assert.equal(lift.type, "CONCEDE");
  assert.equal(lift.cameo, "081");
  assert.deepEqual(lift.actors, ["Kanada", "Gürcüstan"]);
  const [visa] = eventsWith("Oman Qazaxıstanla vizasız rejim tətbiq edəcək.", [["Oman", "LOC", "Oman"], ["Qazaxıstanla", "LOC", "Qazaxıstan"]]);
  assert.equal(visa.type, "CONCEDE");
  assert.deepEqual(visa.actors, ["Oman", "Qazaxıstan"]);
  assert.equal(visa.mode, "future");
  const [back] = eventsWith("Serbiya bu məsələdə geri addım atıb.", [["Serbiya", "LOC", "Serbiya"]]);
  assert.equal(back.type, "CONCEDE");
  assert.equal(back.cameo, "080");
  const [gaveIn] = eventsWith("Serbiya təzyiqlərə boyun əyməyib.", [["Serbiya", "LOC", "Serbiya"]]);
  assert.equal(gaveIn.type, "CONCEDE");
  assert.equal(gaveIn.mode, "negated");
});

test("08 RETREAT: an embargo lifted, fire ceased, fighting halted, troops pulled out, a resignation accepted", () => {
  const [embargo] = eventsWith("Kanada Kubaya qarşı embarqonu götürüb.", [["Kanada", "LOC", "Kanada"], ["Kubaya", "LOC", "Kuba"]]);
  assert.equal(embargo.type, "RETREAT");
  assert.equal(embargo.cameo, "085");
  assert.deepEqual(embargo.actors, ["Kanada", "Kuba"]);
  const [fire] = eventsWith("Tailand ordusu atəşi dayandırıb.", [["Tailand", "LOC", "Tailand"]]);
  assert.equal(fire.type, "RETREAT");
  assert.equal(fire.plover_mode, "ceasefire");
  const [halt] = eventsWith("Sudan ordusu döyüş əməliyyatlarını dayandırıb.", [["Sudan", "LOC", "Sudan"]]);
  assert.equal(halt.type, "RETREAT");
  const [out] = eventsWith("Fransa Malidən hərbçilərini çıxarıb.", [["Fransa", "LOC", "Fransa"], ["Malidən", "LOC", "Mali"]]);
  assert.equal(out.type, "RETREAT");
  assert.equal(out.plover_mode, "withdraw");
  assert.deepEqual(out.actors, ["Fransa", "Mali"]);
  const [resign] = eventsWith("Prezident Aydın Kərimov nazir Samir Qasımovun istefasını qəbul edib.",
    [["Aydın Kərimov", "PER", "Aydın Kərimov"], ["Samir Qasımovun", "PER", "Samir Qasımov"]]);
  assert.equal(resign.type, "RETREAT");
  assert.equal(resign.plover_mode, "resign");
  assert.deepEqual(resign.actors, ["Aydın Kərimov", "Samir Qasımov"]);
});

test("08 look-alikes: a military operation carried out is no halt, troops deployed no withdrawal", () => {
  const ops = eventsWith("Sudan ordusu hərbi əməliyyat keçirib.", [["Sudan", "LOC", "Sudan"]]);
  assert.equal(ops.filter((e) => e.type === "RETREAT").length, 0);
  const deployed = eventsWith("Fransa Maliyə hərbçilərini göndərib.", [["Fransa", "LOC", "Fransa"], ["Maliyə", "LOC", "Mali"]]);
  assert.equal(deployed.filter((e) => e.type === "RETREAT").length, 0);
});

test("09 ACCUSE investigate: an inquiry or audit opened (the dative noun before `başla`)", () => {
  const [inquiry] = eventsWith("Baş Prokurorluq istintaqa başlayıb.", [["Baş Prokurorluq", "ORG", "Baş Prokurorluq"]]);
  assert.equal(inquiry.type, "ACCUSE");
  assert.equal(inquiry.plover_mode, "investigate");
  assert.deepEqual(inquiry.actors, ["Baş Prokurorluq"]);
  const [audit] = eventsWith("Vergi Xidməti şirkətdə yoxlamalara başlayıb.", [["Vergi Xidməti", "ORG", "Vergi Xidməti"]]);
  assert.equal(audit.type, "ACCUSE");
  assert.equal(audit.plover_mode, "investigate");
  // (checks begun in a state body, `nazirlikdə`, are one body of a state assessing another, no event, as the studied
  // headlines read them: test/events-precision-cp25b.test.ts)
  assert.equal(eventsWith("Hesablama Palatası nazirlikdə yoxlamalara başlayıb.", [["Hesablama Palatası", "ORG", "Hesablama Palatası"]]).length, 0);
  // a study cited is no investigation
  assert.equal(eventsWith("Oksford Universitetinin araşdırmasına görə qiymətlər artıb.", [["Oksford Universitetinin", "ORG", "Oksford Universiteti"]]).length, 0);
});

test("12 REJECT: an offer turned down, opposition voiced, goods not let through customs", () => {
  const [turned] = eventsWith("Serbiya Kosovonun təklifini geri çevirib.", [["Serbiya", "LOC", "Serbiya"], ["Kosovonun", "LOC", "Kosovo"]]);
  assert.equal(turned.type, "REJECT");
  assert.deepEqual(turned.actors, ["Serbiya", "Kosovo"]);
  const [against] = eventsWith("Slovakiya bu planın əleyhinə çıxıb.", [["Slovakiya", "LOC", "Slovakiya"]]);
  assert.equal(against.type, "REJECT");
  const [held] = eventsWith("Qazaxıstan yük maşınlarını gömrükdən buraxmır.", [["Qazaxıstan", "LOC", "Qazaxıstan"]]);
  assert.equal(held.type, "REJECT");
  assert.equal(held.cameo, "1243");
  assert.equal(held.mode, "asserted");
  // let through is no refusal; being against is a view, no act
  assert.equal(eventsWith("Qazaxıstan yük maşınlarını gömrükdən buraxıb.", [["Qazaxıstan", "LOC", "Qazaxıstan"]]).filter((e) => e.type === "REJECT").length, 0);
  assert.equal(eventsWith("Slovakiya bu planın əleyhinə olduğunu bildirib.", [["Slovakiya", "LOC", "Slovakiya"]]).filter((e) => e.type === "REJECT").length, 0);
});

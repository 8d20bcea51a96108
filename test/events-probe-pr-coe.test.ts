// Invented sentences of world news for the material-conflict types (helper pr-coe, ../src/lang/az/events/probe-pr-coe.ts,
// the decree rule of ../src/extract/events/vetoes.ts and the model-name rule of ../src/extract/events/arguments.ts):
// activists, protesters or ships detained in the active, a body declared undesirable or its work stopped, fire suffered,
// readiness regimes, militia and reservists mobilised, exercises begun told by the dative, a decree that imposes
// sanctions, and a claimed strike on a state's aircraft named by its model; each with a look-alike that stays as it was.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string) => annotate({ id: "t", text, document_date: "2025-06-20" }).events ?? [];
const sides = (text: string) => events(text).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);
const types = (text: string) => events(text).map((e) => e.type);

test("activists, protesters or a ship detained in the active by a state are COERCE; what one keeps is none", () => {
  assert.deepEqual(sides("Türkiyə hərbçiləri gəmidəki fəalları saxlayıb."), ["COERCE:Türkiyə"]);
  assert.deepEqual(sides("Serbiyada polis yüzlərlə etirazçını saxlayıb."), ["COERCE:Serbiya"]);
  assert.deepEqual(sides("İran Yunanıstan tankerini saxlayıb."), ["COERCE:Yunanıstan|İran"]);
  // look-alikes: a stance or a contact kept, prices kept stable
  assert.deepEqual(sides("Partiya fəal mövqeyini saxlayıb."), []);
  assert.deepEqual(sides("Jurnalistlər səfirliklə əlaqə saxlayıblar."), []);
  assert.deepEqual(sides("Mərkəzi Bank faiz dərəcəsini sabit saxlayıb."), []);
});

test("a body declared undesirable is COERCE 172 (`arzuolunmaz təşkilat elan edib`); a person declared so stays an expulsion", () => {
  const ev = events("Rusiya Baş Prokurorluğu Almaniyanın bir fondunu arzuolunmaz təşkilat elan edib.");
  assert.deepEqual(ev.map((e) => `${e.type}:${e.cameo}`), ["COERCE:172"]);
  assert.ok(ev[0].actors.includes("Rusiya"));
  assert.deepEqual(types("Rusiya Estoniya konsulunu arzuolunmaz şəxs elan edib."), ["SANCTION"]);
});

test("a named body's work stopped or banned, or its office closed, by a state is COERCE; a firm stopping its own work is none", () => {
  assert.deepEqual(sides("Rusiya \"Memorial\" təşkilatının fəaliyyətini qadağan edib."), ["COERCE:Memorial|Rusiya"]);
  assert.deepEqual(sides("Azərbaycan USAID-in fəaliyyətini dayandırıb."), ["COERCE:Azərbaycan|USAID"]);
  assert.deepEqual(sides("Rusiya \"Amnesty International\" təşkilatının ofisini bağlayıb."), ["COERCE:Amnesty International|Rusiya"]);
  assert.deepEqual(sides("Şirkət fəaliyyətini müvəqqəti dayandırıb."), []);
  assert.deepEqual(sides("Şirkət Bakıdakı ofisini bağlayıb."), []);
});

test("fire suffered is ASSAULT (`raket atəşinə məruz qalıb`, `atəşə məruz qalıb`); fire one was not ready for is none", () => {
  assert.deepEqual(types("Xarkov gecə raket atəşinə məruz qalıb."), ["ASSAULT"]);
  assert.deepEqual(types("Ermənistan mövqeləri atəşə məruz qalıb."), ["ASSAULT"]);
  assert.deepEqual(types("Kənd sakinləri qəfil atəşə hazır olmayıb."), []);
});

test("an army put on high readiness told by `rejim` is MOBILIZE 152; a rescue service's readiness regime is none", () => {
  assert.deepEqual(sides("Polşa ordusu yüksək hazırlıq rejiminə keçirilib."), ["MOBILIZE:Polşa"]);
  assert.deepEqual(sides("Fövqəladə Hallar Nazirliyi yüksək hazırlıq rejiminə keçib."), []);
});

test("militia mobilised and reservists called up are MOBILIZE; soldiers called on to act are asked", () => {
  assert.deepEqual(types("Kuba 2 milyon milis səfərbər edəcəyini bildirib."), ["MOBILIZE"]);
  assert.deepEqual(sides("Ukrayna ehtiyatda olan 30 min hərbçini çağırıb."), ["MOBILIZE:Ukrayna"]);
  assert.ok(!types("Prezident hərbçiləri sülhü qorumağa çağırıb.").includes("MOBILIZE"));
});

test("exercises begun told by the dative are MOBILIZE (`ordu … təlimlərə başlayıb`); a school's training is none", () => {
  assert.deepEqual(sides("Yaponiya ordusu Okinava ətrafında təlimlərə başlayıb."), ["MOBILIZE:Yaponiya"]);
  assert.deepEqual(sides("Çin donanması Sarı dənizdə təlimə başlayıb."), ["MOBILIZE:Çin"]);
  assert.deepEqual(sides("Universitet müəllimləri yeni təlimlərə başlayıb."), []);
});

test("a visa-free regime suspended for a state's citizens is COERCE; one brought in stays a concession", () => {
  assert.deepEqual(types("Aİ Serbiya vətəndaşları üçün vizasız rejimi dayandırıb."), ["COERCE"]);
  assert.ok(!types("Aİ Serbiya vətəndaşları üçün vizasız rejim tətbiq edib.").includes("COERCE"));
});

test("a decree that imposes sanctions or tariffs, signed, is SANCTION; one that grants something stays none", () => {
  assert.deepEqual(sides("Zelenski Belarusun 40 şirkətinə qarşı sanksiyalar tətbiq edən fərman imzalayıb."),
    ["SANCTION:Belarus|Zelenski"]);
  assert.ok(types("Tramp Meksikaya rüsum tətbiq edən fərman imzalayıb.").includes("SANCTION"));
  // look-alikes: a participle of imposing before a common noun of people is a class of doers; a decree of pay
  assert.deepEqual(types("Sanksiyalar tətbiq edən ölkələr itki verir."), []);
  assert.deepEqual(types("Prezident maaş artımı haqqında fərman imzalayıb."), []);
});

test("a state claiming to have downed another's aircraft named by its model is the doer, no accusation", () => {
  assert.deepEqual(sides("Ukrayna Rusiyanın Su-35 qırıcısını vurduğunu açıqlayıb."), ["ASSAULT:Rusiya|Ukrayna"]);
  // look-alike: a named place between the genitive and its noun keeps the genitive as the doer told of
  assert.ok(types("Zelenski Rusiyanın Odessa limanına hücum etdiyini bildirib.").includes("ACCUSE"));
});

test("tariffs a state imposes, told by the object participle before the rate (`tətbiq etdiyi 30 faiz tarif`), are SANCTION", () => {
  assert.deepEqual(sides("Meksika Çin mallarına tətbiq etdiyi 30 faiz tarif dərəcəsini saxlayıb."), ["SANCTION:Meksika|Çin"]);
  // look-alikes: a bank's interest rate, a firm's delivery price
  assert.deepEqual(sides("Bank kreditlərə tətbiq etdiyi 15 faiz dərəcəsini azaldıb."), []);
  assert.deepEqual(sides("Şirkət çatdırılmaya tətbiq etdiyi 5 manat tarifi dəyişməyib."), []);
});

test("units stationed or sent are MOBILIZE (`briqada yerləşdirəcək`); a unit's history studied is none", () => {
  assert.deepEqual(sides("Norveç Finlandiyaya briqada yerləşdirəcək."), ["MOBILIZE:Finlandiya|Norveç"]);
  assert.deepEqual(sides("Tələbələr batalyon tarixini öyrənib."), []);
});

test("a shoot-out that took place is ASSAULT (`sərhəddə atışma olub`); a children's shooting game is none", () => {
  assert.ok(types("Tacikistan və Qırğızıstan sərhədində atışma olub.").includes("ASSAULT"));
  assert.deepEqual(types("Məktəbdə uşaqlar arasında atışma oyunu olub."), []);
});

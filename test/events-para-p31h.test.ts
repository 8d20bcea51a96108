// Paraphrases of studied headline events, in invented headlines (helper para31h): the same act told in the other words a
// headline uses for it. A person summoned to the police by its
// acronym; one thrown into custody; mediation or a loan asked of a side by its noun; a clash at the border of a
// hyphenated pair is between the pair. Each with a look-alike that must stay as it was.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-11-20") => annotate({ id: "t", text, document_date: date });
const sides = (text: string) => (doc(text).events ?? []).map((e) => `${e.type}:${e.mode}:${[...e.actors].sort().join("|")}`);

test("a person summoned to the police by its acronym or name (`X DİN-ə çağırılıb`, `DTX-yə`) is questioned by it", () => {
  assert.deepEqual(sides("Jurnalist Rauf Səmədov DİN-ə çağırıldı"), ["ACCUSE:asserted:DİN|Rauf Səmədov"]);
  assert.deepEqual(sides("Rauf Səmədov DTX-yə çağırılıb"), ["ACCUSE:asserted:DTX|Rauf Səmədov"]);
  assert.deepEqual(sides("Rauf Səmədov Daxili İşlər Nazirliyinə çağırılıb"), ["ACCUSE:asserted:Daxili İşlər Nazirliyi|Rauf Səmədov"]);
  // look-alikes: one called up to a team, or invited to a religious ceremony (`dini`), is questioned by no one
  assert.deepEqual(sides("Rauf Səmədov millisinə çağırılıb"), []);
  assert.deepEqual(sides("Rauf Səmədov dini mərasimə çağırılıb"), []);
});

test("thrown into custody (`həbsə atılıb`) is an arrest, as `həbsə alınıb`", () => {
  assert.deepEqual(sides("Peruda sabiq nazir həbsə atılıb"), ["COERCE:asserted:Peru"]);
  assert.deepEqual(sides("Peruda sabiq nazir həbsə alınıb"), ["COERCE:asserted:Peru"]);
  // look-alike: a ball thrown is no arrest
  assert.deepEqual(sides("Peruda futbolçu topu qapıya atıb"), []);
});

test("mediation or a loan asked of a side by its noun (`X Y-dən vasitəçilik istəyib`) is a request", () => {
  assert.deepEqual(sides("Sudan Qətərdən vasitəçilik istəyib"), ["REQUEST:demanded:Qətər|Sudan"]);
  assert.deepEqual(sides("Misir BVF-dən yeni kredit istəyir"), ["REQUEST:demanded:BVF|Misir"]);
  // look-alikes: a loan asked of a bank by no named side, and people wanting loans, ask no side
  assert.deepEqual(sides("Sahibkarlar bankdan kredit istəyir"), []);
  assert.deepEqual(sides("Kredit istəyənlərin sayı artıb"), []);
});

test("a clash at the border of a hyphenated pair (`X-Y sərhədində atışma olub`) is between the pair", () => {
  assert.deepEqual(sides("Hindistan-Pakistan sərhədində toqquşma baş verib"), ["ASSAULT:asserted:Hindistan|Pakistan"]);
  assert.deepEqual(sides("Tailand-Kamboca sərhədində atışma olub"), ["ASSAULT:asserted:Kamboca|Tailand"]);
  assert.deepEqual(sides("Pakistan-Əfqanıstan sərhəd xəttində atışma olub"), ["ASSAULT:asserted:Pakistan|Əfqanıstan"]);
  // look-alikes: an arrest or a crossing opened at such a border is no act of the pair together
  assert.deepEqual(sides("Azərbaycan-İran sərhədində yeni keçid məntəqəsi açılıb"), []);
  assert.ok(!sides("Azərbaycan-Gürcüstan sərhədində qaçaqmalçı saxlanılıb").some((s) => s.includes("Azərbaycan|Gürcüstan")));
});

test("energy carried to a state (`X Y-yə qaz nəql edəcək`) is cooperation, as exported", () => {
  assert.deepEqual(sides("Türkmənistan Əfqanıstana elektrik enerjisi nəql edəcək"), ["COOPERATE:future:Türkmənistan|Əfqanıstan"]);
  // look-alikes: a trade's own figure grown supplies no state; a patient carried to hospital is no trade
  assert.deepEqual(sides("Qazaxıstanın taxıl ixracı artıb"), []);
  assert.deepEqual(sides("Yaralı sürücü xəstəxanaya nəql edilib"), []);
});

test("a prison term cut, the colloquial sentence (`X-ə 6 il iş kəsilib`), is the court's act on the person", () => {
  assert.deepEqual(sides("Bloger Rauf Səmədova 6 il iş kəsildi"), ["COERCE:asserted:Rauf Səmədov"]);
  assert.deepEqual(sides("Məhkəmə Rauf Səmədova 9 il iş kəsib"), ["COERCE:asserted:Rauf Səmədov"]);
  // look-alikes: the light cut, one's own work stopped, a tree felled
  assert.deepEqual(sides("Bakının bəzi ərazilərində işıq kəsiləcək"), []);
  assert.deepEqual(sides("Rauf Səmədov işini kəsib"), []);
  assert.deepEqual(sides("Rauf Səmədov ağacı kəsib"), []);
});

test("joined owners whose last carries the genitive for both (`X və Y-nin nazirləri telefonla danışıb`) are both sides", () => {
  assert.deepEqual(sides("Misir və Qətərin xarici işlər nazirləri telefonla danışıb"), ["CONSULT:asserted:Misir|Qətər"]);
  assert.deepEqual(sides("Misir və Qətər xarici işlər nazirləri telefonla danışıb"), ["CONSULT:asserted:Misir|Qətər"]);
  // look-alike: a genitive with no conjunction before it owns the subject's partner phrase, as before (one side talks
  // to the other's minister)
  assert.deepEqual(sides("Misir Qətərin xarici işlər naziri ilə telefonla danışıb"), ["CONSULT:asserted:Misir|Qətər"]);
});

test("bombs dropped (`aviabomba atıb`) and strikes carried out (`hava zərbələri həyata keçirib`) are attacks", () => {
  assert.deepEqual(sides("Rusiya Ukraynanın Xarkov vilayətinə aviabomba atıb"), ["ASSAULT:asserted:Rusiya|Ukrayna"]);
  assert.deepEqual(sides("İsrail Livana hava zərbələri həyata keçirib"), ["ASSAULT:asserted:Livan|İsrail"]);
  // look-alike: a bombshell of news dropped is no attack
  assert.deepEqual(sides("O, sosial şəbəkədə informasiya bombası atıb"), []);
});

test("an aid package for a state approved (`X Y-yə hərbi yardım paketi təsdiqləyib`) is aid to it", () => {
  assert.deepEqual(sides("Kanada Ukraynaya 2 milyard dollarlıq hərbi yardım paketi təsdiqləyib"), ["AID:asserted:Kanada|Ukrayna"]);
  // look-alikes: aid to farmers at home, or the rules of aid, name no state
  assert.deepEqual(sides("Hökumət fermerlərə yardım paketini təsdiqləyib"), []);
  assert.deepEqual(sides("Nazirlər Kabineti yardım qaydalarını təsdiqləyib"), []);
});

test("the hearsay perfect (`görüşübmüş`) and a `Media:` label tell a report", () => {
  assert.deepEqual(sides("Makron Si Cinpinlə gizli görüşübmüş"), ["CONSULT:reported:Makron|Si Cinpin"]);
  assert.deepEqual(sides("Media: Makron Si Cinpinlə gizli görüşüb"), ["CONSULT:reported:Makron|Si Cinpin"]);
  // look-alikes: the plain perfect is told; hearsay of another thing the attacker did leaves the attack told
  assert.deepEqual(sides("Makron Si Cinpinlə gizli görüşüb"), ["CONSULT:asserted:Makron|Si Cinpin"]);
  assert.deepEqual(sides("Polis əməkdaşlarına atəş açan Rauf Səmədov bu il vətəndaşlıq alıbmış").map((s) => s.split(":")[1]), ["asserted"]);
});

test("a negated finite verb (`görüşmədi`) is the verb, not a noun with a first-person possessive (`görüş-m-ə-di`)", () => {
  assert.deepEqual(sides("Makron Si Cinpinlə görüşmədi"), ["CONSULT:negated:Makron|Si Cinpin"]);
  assert.deepEqual(sides("Makron və Si Cinpin görüşmədilər"), ["CONSULT:negated:Makron|Si Cinpin"]);
  // look-alikes: the positive past and the noun in a case stay as they were
  assert.deepEqual(sides("Makron Si Cinpinlə görüşdü"), ["CONSULT:asserted:Makron|Si Cinpin"]);
  assert.deepEqual(sides("Makron Si Cinpinlə görüşdə Tayvanı müzakirə edib").filter((s) => s.startsWith("CONSULT")).length, 1);
});

test("a place set on fire by drones or missiles (`X dronları Y-in zavodunu yandırıb`) is an attack", () => {
  assert.deepEqual(sides("Ukrayna dronları Rusiyanın neft terminalını yandırıb"), ["ASSAULT:asserted:Rusiya|Ukrayna"]);
  // look-alikes: cars burnt by protesters, candles lit, name no weapon
  assert.deepEqual(sides("Etirazçılar Tbilisidə maşınları yandırıb"), []);
  assert.deepEqual(sides("Ukraynalılar şam yandırıb"), []);
});

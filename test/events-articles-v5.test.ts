// Articles of Azerbaijan's own foreign relations as the Baku agencies tell them (Russia: the airliner, arrests, envoys
// summoned; the peace agreement with Armenia; the President's receptions, letters and guests), written for these tests: a
// list of acts asked together, a sentence opening in the occasion a dated sentence told, the speaker of a statement told
// by its owner's own noun, a grave or a memorial visited, what a demand noun asks, an explanation awaited, a meeting chaired.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-08-11") => annotate({ id: "t", text, document_date: date });
const events = (text: string, date?: string) => doc(text, date).events ?? [];
const told = (text: string, date?: string) => events(text, date).map((e) => `${e.type}:${e.date}`);

test("each act of a list asked together is what the verb of asking asks, no act of its own", () => {
  const asked = events("Dövlətimizin başçısı Rusiya tərəfinin təqsirini etiraf etməsini, günahkarların cəzalandırılmasını və " +
    "zərərçəkənlərə təzminat ödənilməsini tələb edib.");
  assert.deepEqual(asked.map((e) => e.type), ["REQUEST"]);
  assert.ok(asked[0].actors.includes("Rusiya"));
  // look-alike: the same acts told as done, one after another, are acts
  const done = events("Rusiya təqsirini etiraf edib, günahkarlar isə cəzalandırılıb və Bakı təzminat tələb edib.").map((e) => e.type);
  assert.ok(done.includes("CONCEDE") && done.includes("COERCE"));
});

test("a sentence opening in the occasion a dated sentence told goes on with it (`Mərasimdə …`, `Əməliyyat zamanı …`)", () => {
  assert.ok(told("Azərbaycan və Ermənistan sazişin mətnini avqustun 8-də Vaşinqtonda paraflayıb. Sənədi nazirlər imzalayıblar. " +
    "Mərasimdə ABŞ Prezidenti Donald Tramp iştirak edib.").includes("CONSULT:2025-08-08"));
  assert.ok(told("Xatırladaq ki, iyunun 27-də Yekaterinburqda Rusiya polisi azərbaycanlıların evlərinə basqın edib. Əməliyyat zamanı " +
    "Rusiya polisi Azərbaycan vətəndaşlarını döyüb.", "2025-06-30").includes("ASSAULT:2025-06-27"));
  // look-alike: a sentence opening with a name turns to another act, on the news' own date
  assert.ok(told("Azərbaycan və Ermənistan sazişi avqustun 8-də Vaşinqtonda paraflayıb. Prezident Donald Tramp Paşinyanla görüşüb.")
    .includes("CONSULT:2025-08-11"));
});

test("a statement told by its owner's own noun (`X bəyanatında …`) is X's: `- bəyanatda deyilir` quotes X", () => {
  const q = doc("Ermənistan Müdafiə Nazirliyi məlumatı təkzib edib və Azərbaycanın dezinformasiya yaydığını iddia edib. Azərbaycan " +
    "Xarici İşlər Nazirliyi bəyanatında İrəvanı sülh prosesini pozmaqda ittiham edib. \"Ermənistan təxribatlardan çəkinməli və " +
    "sülh sazişini imzalamalıdır\", - bəyanatda deyilir.").quotes ?? [];
  assert.equal(q[0]?.speaker, "Azərbaycan Xarici İşlər Nazirliyi");
  // look-alike: a subject before another noun in a case (`ofisində`) issues no statement; the one who did is quoted
  const other = doc("Ermənistan XİN bəyanat yayıb. Azərbaycan Müdafiə Nazirliyi ofisində iclas keçirib. \"Sülh prosesi davam " +
    "etməlidir\", - bəyanatda deyilir.").quotes ?? [];
  assert.equal(other[0]?.speaker, "Ermənistan XİN");
});

test("a grave, an alley of honour or a memorial visited is homage, no visit of a host", () => {
  assert.deepEqual(events("Gürcüstan hökumətinin başçısı Fəxri xiyabanda ulu öndər Heydər Əliyevin məzarını ziyarət edib."), []);
  assert.deepEqual(events("Qonaq Şəhidlər xiyabanını ziyarət edib."), []);
  // look-alike: a country visited is a visit
  assert.deepEqual(events("Kobaxidze Azərbaycanı ziyarət edib.").map((e) => e.type), ["CONSULT"]);
});

test("an act's verbal noun before a noun of asking (`azad edilməsi tələbi`) is what is asked; the demand conveyed is a REQUEST", () => {
  const r = events("Bakı saxlanılan jurnalistlərin azad edilməsi tələbini Rusiyaya çatdırıb.");
  assert.deepEqual(r.map((e) => `${e.type}:${e.actors.join("+")}`), ["REQUEST:Azərbaycan+Rusiya"]);
  // look-alike: the release told as done is one
  assert.deepEqual(events("Rusiya saxlanılan jurnalistləri azad edib.").map((e) => e.type), ["RETREAT"]);
  // and a teacher's demand passed on to students asks no side
  assert.deepEqual(events("Müəllim tələbini tələbələrə çatdırıb."), []);
});

test("an explanation awaited from a state is a REQUEST; one awaited from no one asks no side", () => {
  const [r] = events("Bakı Moskvadan izahat gözləyir.");
  assert.deepEqual([r?.type, ...(r?.actors ?? [])], ["REQUEST", "Azərbaycan", "Rusiya"]);
  assert.deepEqual(events("Bu məsələ ilə bağlı izahat gözlənilir."), []);
});

test("a gathering of leaders chaired is attendance (`iclasına sədrlik ediblər`); a body chaired for a term is none", () => {
  const [c] = events("Sonra İlham Əliyev və Kasım-Jomart Tokayev Ali Dövlətlərarası Şuranın birinci iclasına sədrlik ediblər.");
  assert.equal(c?.type, "CONSULT");
  assert.ok(c.actors.includes("İlham Əliyev") && c.actors.includes("Kasım-Jomart Tokayev"));
  assert.deepEqual(events("Qazaxıstan bu il Türk Dövlətləri Təşkilatına sədrlik edir."), []);
});

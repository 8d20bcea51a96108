// Sentences written for these tests (stop 35, sh) in the style of news of diplomatic disputes: replies given to a side or
// to what it said, a note addressed, reports called false news, a cause dated inside a
// second participle, a statement's date in its own attribute, a complaint told again by its state, an idiom of cause,
// calls for sanctions and an envoy summoned over a police act.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-11-20") => annotate({ id: "t", text, document_date: date }).events ?? [];
const of = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type).map((e) => e.actors);

test("a reply given to a named side is a retort; an answer to a question, a positive one or one of force is none", () => {
  const got = of("Moldova XİN Rumıniyaya cavab verib.", "ACCUSE");
  assert.equal(got.length, 1);
  assert.ok(got[0].includes("Moldova") && got[0].includes("Rumıniya"));
  assert.deepEqual(of("Nazir jurnalistlərin suallarına cavab verib.", "ACCUSE"), []);
  assert.deepEqual(of("Nazir Karim Sultanovun sualına cavab verib.", "ACCUSE"), []);
  assert.deepEqual(of("Litva hökuməti Polşaya müsbət cavab verib.", "ACCUSE"), []);
  assert.deepEqual(of("Ordu Gürcüstana raket zərbələri ilə cavab verib.", "ACCUSE"), []);
  // (a reply still to come is no retort told)
  assert.deepEqual(of("Moldova XİN Rumıniyaya cavab verəcək.", "ACCUSE"), []);
});

test("a reply or a reaction to what a named side said rebuts it, and the statement's date is not the reply's", () => {
  const text = "Nazirliyin sözçüsü Orxan Vəliyev Litva Xarici İşlər Nazirliyinin 3 oktyabr tarixli bəyanatına cavab verib.";
  const got = events(text).filter((e) => e.type === "ACCUSE");
  assert.equal(got.length, 1);
  assert.ok(got[0].actors.includes("Orxan Vəliyev") && got[0].actors.includes("Litva"));
  assert.notEqual(got[0].date, "2025-10-03");
  const reaction = of("Sözçü Orxan Vəliyev Latviyanın baş naziri Anna Ozolanın paylaşımına reaksiya verib.", "ACCUSE");
  assert.equal(reaction.length, 1);
  assert.ok(reaction[0].includes("Anna Ozola"));
  // words owned by no side are none
  assert.deepEqual(of("Sözçü bu fikirlərə cavab olaraq bəyanat yayıb.", "ACCUSE"), []);
});

test("a note addressed to a side is an official complaint", () => {
  assert.equal(of("Səfirlik Polşanın Xarici İşlər Nazirliyinə rəsmi nota ünvanlayıb.", "ACCUSE").length, 1);
  // a letter addressed is none
  assert.deepEqual(of("Tələbə Polşanın Xarici İşlər Nazirliyinə məktub ünvanlayıb.", "ACCUSE"), []);
});

test("reports called false news are denied", () => {
  assert.equal(of("Gürcüstanın nazir müavini bu videoları yalan məlumat adlandırıb.", "REJECT").length, 1);
  // false news spread is no denial
  assert.deepEqual(of("Gürcüstanın saytı yalan məlumat yayıb.", "REJECT"), []);
});

test("a date inside a second participle clause of the cause dates the cause, not the complaint", () => {
  const text = "Moldova martın 2-də Kişinyovda keçirilmiş tədbirdə Moldovanın ünvanına səsləndirilən ifadələrə görə Rumıniyaya etiraz bildirib.";
  const got = events(text, "2025-03-05").filter((e) => e.type === "ACCUSE");
  assert.equal(got.length, 1);
  assert.notEqual(got[0].date, "2025-03-02");
  // a date of the complaint's own clause stays its date
  const own = events("Moldova martın 4-də Rumıniyaya etiraz bildirib.", "2025-03-05").filter((e) => e.type === "ACCUSE");
  assert.equal(own[0].date, "2025-03-04");
});

test("a complaint told again by the state of the ministry that made it is that complaint", () => {
  const text = "Kanadanın Polşadakı səfiri Tom Rayt Kanada polisinin prezident Andjey Dudanın mühafizəçilərinin və Polşa " +
    "vətəndaşlarının həbsinə dair order verməsi ilə bağlı XİN-ə çağırılıb. Bu barədə Polşa Xarici İşlər Nazirliyi məlumat yayıb. " +
    "Məlumatda bildirilir ki, rəsmi Varşava Kanada polisinin qərarına etiraz bildirib.";
  assert.equal(of(text, "ACCUSE").length, 1);
  // the other side's protest is another act
  assert.equal(of(text.replace("rəsmi Varşava Kanada polisinin", "rəsmi Ottava isə Polşa hökumətinin"), "ACCUSE").length, 2);
});

test("an idiom of cause is no force withdrawn; a state's forces leaving are", () => {
  assert.deepEqual(of("Litva və Latviya arasında danışıqlar münasibətlərin yaxşılaşmasına gətirib çıxarmayıb.", "RETREAT"), []);
  assert.equal(of("Fransa Malidən çıxıb.", "RETREAT").length, 1);
});

test("calls for sanctions impose none", () => {
  assert.deepEqual(of("Moldovaya qarşı sanksiya çağırışları münasibətləri mürəkkəbləşdirir.", "SANCTION"), []);
  assert.equal(of("Avropa İttifaqı Moldovaya qarşı sanksiya tətbiq edib.", "SANCTION").length, 1);
});

test("an envoy summoned over a police act is one complaint, no questioning", () => {
  const got = events("Kanadanın Polşadakı səfiri Polşa polisinin iki vətəndaşı saxlaması ilə bağlı Xarici İşlər Nazirliyinə çağırılıb.")
    .filter((e) => e.type === "ACCUSE");
  assert.equal(got.length, 1);
  assert.equal(got[0].cameo, "114");
  // a person summoned to the police is questioned
  assert.equal(events("Jurnalist Karim Sultanov polisə çağırılıb.").filter((e) => e.cameo === "090").length, 1);
});

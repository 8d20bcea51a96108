// Sentences written for these tests (stop 34, sg) in the style of news of cooperation between states and of domestic
// politics: a deputy speaking at his parliament's sitting, a programme of cooperation approved, a programme's span of
// years, damage in the writer's quotes, a crowd brought out to the streets, demands told by the imperative, and a signing
// told again by the ministries that signed for their states.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-11-20") => annotate({ id: "t", text, document_date: date }).events ?? [];
const of = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type).map((e) => e.actors);

test("a parliament's or a cabinet's own sitting, and a deputy speaking at it, meet no one", () => {
  assert.deepEqual(of("Bu fikirləri deputat Orxan Səfərli parlamentin noyabrın 18-də keçirilən plenar iclasında çıxışı zamanı deyib.", "CONSULT"), []);
  assert.deepEqual(of("Bunu komitə üzvü Lalə Nəbiyeva parlamentin bu gün keçirilən iclasında bildirib.", "CONSULT"), []);
  assert.deepEqual(of("Gələn həftə Gürcüstan Nazirlər Kabinetinin büdcə ilə bağlı növbədənkənar iclası keçiriləcək.", "CONSULT"), []);
  assert.deepEqual(of("Sözçü Aliyə Nurova bunun səbəbi kimi Nazirlər Kabinetinin təcili iclasının keçirilməsini göstərib.", "CONSULT"), []);
  // a speech at an international body's session, and a joint commission's sitting, stay meetings
  assert.equal(of("Prezident Kasım-Jomart Tokayev BMT Baş Assambleyasının sessiyasında çıxışı zamanı bildirib.", "CONSULT").length, 1);
  assert.equal(of("Qazaxıstan-Gürcüstan hökumətlərarası komissiyasının iclası keçirilib.", "CONSULT").length, 1);
});

test("a programme of cooperation approved with a named side is signed into force; a state's own programme is none", () => {
  const got = events("Litva hökuməti Gürcüstanın Mədəniyyət Nazirliyi ilə əməkdaşlıq proqramının layihəsini təsdiqləyib.")
    .filter((e) => e.type === "SUPPORT");
  assert.equal(got.length, 1);
  assert.equal(got[0].cameo, "057");
  assert.ok(got[0].actors.includes("Gürcüstan"));
  assert.deepEqual(of("Nazirlər Kabineti 2026-2030-cu illər üçün Regional İnkişaf Proqramını təsdiqləyib.", "SUPPORT"), []);
});

test("a span of years names the period of a programme, no day of its signing", () => {
  const got = events("Qazaxıstan ilə Gürcüstan arasında 2025-2029-cu illər üzrə turizm sahəsində əməkdaşlıq proqramı imzalanıb.", "2025-11-20")
    .filter((e) => e.type === "SUPPORT");
  assert.equal(got.length, 1);
  assert.equal(got[0].date, "2025-11-20");
  // a day told still dates it
  const dated = events("Noyabrın 12-də Qazaxıstan ilə Gürcüstan arasında əməkdaşlıq proqramı imzalanıb.", "2025-11-20").filter((e) => e.type === "SUPPORT");
  assert.equal(dated[0]?.date, "2025-11-12");
});

test("a signing told by the states, then by the ministries that signed for them, is one signing", () => {
  const text = "Qazaxıstan ilə Gürcüstan arasında turizm sahəsində əməkdaşlıq proqramı imzalanıb.\n" +
    "Noyabrın 12-də Astanada görüş keçirilib.\n" +
    "Nazirlikdən bildirilib ki, görüşün sonunda Qazaxıstan Turizm Nazirliyi ilə Gürcüstan İqtisadiyyat Nazirliyi arasında proqram imzalanıb.";
  assert.equal(events(text).filter((e) => e.type === "SUPPORT").length, 1);
});

test("damage in the writer's quotes or in the plural is caused, no strike; a strike on a quoted target stays", () => {
  assert.deepEqual(of("Bu addımın Gürcüstana hansı “ziyanlar” vurduğu hələ bəlli deyil.", "ASSAULT"), []);
  assert.deepEqual(of("Sel fermerlərə ciddi zərərlər vurub.", "ASSAULT"), []);
  assert.equal(of("Rusiya ordusu Ukraynanın “Neptun” qurğusunu vurub.", "ASSAULT").length, 1);
});

test("people brought out onto the streets are a crowd raised, no troops withdrawn", () => {
  assert.deepEqual(of("Partiya sədri Kamil Vəliyev deyib ki, Gəncədə küçələrə daha çox qüvvə çıxara biləcək yeganə təşkilat onlardır.", "RETREAT"), []);
  assert.equal(of("Türkiyə qüvvələrini Liviyadan çıxarıb.", "RETREAT").length, 1);
});

test("an imperative of the second or third person in a speaker's words is a demand; a courtesy formula is none", () => {
  const asked = events("Partiya sədri Tural Həsənli hökumətə müraciət edib: \"Həbs olunan gəncləri azad edin\".");
  assert.ok(asked.some((e) => e.type === "REQUEST" && e.mode === "demanded" && e.actors[0] === "Tural Həsənli"));
  assert.ok(!asked.some((e) => e.type === "RETREAT" && e.mode === "asserted"));
  const jussive = events("Tural Həsənli deyib: \"Ermənistan Azərbaycana hücumları dayandırsın\".");
  assert.ok(jussive.some((e) => e.type === "REQUEST" && e.mode === "demanded"));
  assert.ok(!jussive.some((e) => e.type === "ASSAULT" && e.mode === "asserted"));
  // the reader told what to do outside quotation marks asks no side
  assert.deepEqual(events("Ətraflı məlumat üçün nazirliyə müraciət edin."), []);
  // a letter's formulas ask nothing, and its congratulation stays told
  const letter = events("Məktubda deyilir: \"Hörmətli Prezident! İcazə verin, Sizi milli bayram münasibətilə səmimi qəlbdən təbrik edim\".");
  assert.ok(!letter.some((e) => e.type === "REQUEST"));
});

test("the future participle before a common noun describes it; closing its clause it tells the act to come", () => {
  const text = "Anna Berq deyib: \"Ehtiyacların Qiymətləndirilməsi Qrupu sentyabrda Gürcüstana səfər etdi və seçkiqabağı mühiti, " +
    "gələcək seçkilərə hazırlığı qiymətləndirdi\".";
  assert.deepEqual(events(text).filter((e) => e.type === "CONSULT").map((e) => e.trigger.text), ["səfər etdi"]);
  assert.deepEqual(of("Qazaxıstan Gürcüstana gələcək il yeni heyət göndərəcək.", "CONSULT"), []);
  assert.deepEqual(of("Qazaxıstan regionda əməkdaşlıq edə biləcək ölkələrlə danışıqlara hazırdır.", "COOPERATE"), []);
  const visit = events("Qazaxıstan Prezidenti Tbilisiyə gələcək və gürcüstanlı həmkarı ilə görüşəcək.").filter((e) => e.type === "CONSULT");
  assert.ok(visit.some((e) => e.mode === "future" && e.actors.includes("Gürcüstan")));
});

test("a list of adjectives the lexicon knows joins no clauses: the states between whom a commission sits stay its sides", () => {
  const got = of("Astanada Qazaxıstan ilə Gürcüstan arasında ticarət-iqtisadi, elmi-texniki və mədəni əməkdaşlıq üzrə Hökumətlərarası " +
    "Komissiyanın 7-ci iclası keçirilib.", "CONSULT");
  assert.equal(got.length, 1);
  assert.ok(got[0].includes("Qazaxıstan") && got[0].includes("Gürcüstan"));
});

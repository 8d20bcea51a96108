// Clause shapes that decide an event's mode and sides: a converb takes the time of the verb it leads to, and a participle
// describing the noun after it ends its own clause at that noun. Sentences invented for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string) => annotate({ id: "t", text, document_date: "2025-11-20" }).events ?? [];
const types = (text: string) => events(text).map((e) => `${e.type}:${[...e.actors].sort().join("|")}:${e.mode}`);

test("a converb's act takes the future of the verb it leads to, not that verb's negation", () => {
  assert.deepEqual(types("Makron Bakıya gələndə Əliyevlə görüşəcək."),
    ["CONSULT:Azərbaycan|Makron:future", "CONSULT:Makron|Əliyev:future"]);
  assert.deepEqual(types("Makron Bakıya gələrək Əliyevlə görüşəcək.").map((x) => x.split(":").pop()), ["future", "future"]);
  // look-alikes: in the past both happened; a negated main verb leaves the visit asserted
  assert.deepEqual(types("Makron Bakıya gələndə Əliyevlə görüşüb.").map((x) => x.split(":").pop()), ["asserted", "asserted"]);
  assert.ok(types("Makron Bakıya gələndə Əliyevlə görüşməyib.").includes("CONSULT:Azərbaycan|Makron:asserted"));
});

test("a participle describing the noun after it takes no side from the main clause", () => {
  // (the arrested journalist fled to France: France arrested no one)
  assert.deepEqual(types("Həbs edilən jurnalist Fransaya qaçıb."), []);
  assert.deepEqual(types("Saxlanılan şəxs Gürcüstanla sərhəddə yaşayırmış."), []);
  // look-alikes: a name that is the described noun itself, or names joined under one case, stay the participle's
  assert.ok(types("Həbs edilən Rusiya vətəndaşı Bakıya gətirilib.").some((x) => x.startsWith("COERCE:Rusiya")));
  // (a charge describing them, `korrupsiyada ittiham olunan X və Y`, tells who they are and is no event: stop 30)
  assert.ok(types("Zelenski həbs edilən Mindiç və Sukermana qarşı sanksiyalar tətbiq edib.")
    .includes("COERCE:Mindiç|Sukerman|Zelenski:asserted"));
  // and an act in the main clause keeps its own sides
  assert.ok(types("Həbs edilən jurnalist Fransaya sığınacaq üçün müraciət edib.").every((x) => !x.startsWith("COERCE:")));
});

test("an active participle describing private people is their act, no state's", () => {
  // (tourists or citizens who visit are counted, no visit between states)
  assert.deepEqual(types("Azərbaycana səfər edən Fransa vətəndaşlarının sayı artıb."), []);
  assert.deepEqual(types("Gürcüstana gələn Çin turistləri şəhəri gəziblər."), []);
  // look-alikes: representatives of a state's civil society are a delegation; a minister is the state's
  assert.ok(types("Bakıya gələn Gürcüstanın vətəndaş cəmiyyətinin nümayəndələri görüş keçirib.").some((x) => x.startsWith("CONSULT:Azərbaycan|Gürcüstan")));
  assert.ok(types("Azərbaycana səfər edən Fransanın xarici işlər naziri Jan-Noel Barro Ceyhun Bayramovla görüşüb.")
    .some((x) => x.startsWith("CONSULT:Azərbaycan|Fransa|Jan-Noel Barro")));
});

test("a nominalised verb with its own genitive subject takes no side from the main clause's nominative", () => {
  // (the USA condemned or told the arrest: it arrested no one)
  assert.deepEqual(types("ABŞ jurnalistin həbs edildiyini bildirib."), []);
  assert.deepEqual(types("ABŞ jurnalistin həbs olunmasını pisləyib."), ["ACCUSE:ABŞ:asserted"]);
  assert.deepEqual(types("Azərbaycan jurnalistlərin azad edilməsini alqışlayıb."), ["SUPPORT:Azərbaycan:asserted"]);
  assert.ok(types("Fransa səfirin ölkədən çıxarılmasına etiraz edib.").every((x) => !x.startsWith("SANCTION:Fransa")));
  // look-alikes: with no genitive the main subject is the clause's own (`X Y ilə görüşdüyünü bildirib`); a genitive that
  // owns another noun (`NATO-nun səyləri çərçivəsində`) is no subject of the trigger
  assert.deepEqual(types("Putin Əliyevlə görüşdüyünü bildirib."), ["CONSULT:Putin|Əliyev:asserted"]);
  // (and an order about the act is the order-giver's act: a pardon decree signed)
  assert.ok(types("Prezident Kasım-Jomart Tokayev 50 nəfərin əfv edilməsi haqqında fərman imzalayıb.").some((x) => x.startsWith("CONCEDE:Kasım-Jomart Tokayev")));
  assert.deepEqual(types("ABŞ Rusiyanın Ukraynaya hücum etməsini pisləyib."), ["ASSAULT:Rusiya|Ukrayna:asserted", "ACCUSE:ABŞ|Rusiya:asserted"]);
  assert.ok(types("Tramp NATO-nun səyləri çərçivəsində Ukraynaya yardım göstərməyə hazır olduğunu bildirib.")
    .some((x) => x.includes("Tramp") && x.includes("Ukrayna")));
});

test("a headline's label is not the doer of an act a passive participle tells done by no one named", () => {
  // (Zelenski speaks of an attack made on a firm: he did not attack)
  assert.ok(types("Zelenski: Odessada Azərbaycan şirkətinin təsisatına edilən hücum qəsdən olub").every((x) => !x.includes("Zelenski")));
  // look-alike: a label before an act it takes part in stays its side
  assert.ok(types("Kreml: Kiyevlə danışıqlar davam edəcək").some((x) => x.includes("Kreml")));
});

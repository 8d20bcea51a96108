// Sentences written for these tests (stop 34, se) in the style of South Caucasus news: a defence ministry calling a report
// a lie, a border shelling told with the villages its positions lie by, a report's topic dated apart from its denial, the
// forces of a state named by a nationality word before their units, and a thing that does not fit a frame.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-11-20") => annotate({ id: "t", text, document_date: date }).events ?? [];
const of = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type);

test("a report called a lie by a ministry is its denial; a lie told of no report is none", () => {
  const got = of("Müdafiə Nazirliyindən bildirilib ki, Tacikistan KİV-də yayılan məlumat tamamilə yalandır.", "REJECT");
  assert.equal(got.length, 1);
  assert.ok(got[0].actors.includes("Tacikistan"));
  // (no report in its clause: a word of a story, no denial)
  assert.deepEqual(of("Yazıçı deyib ki, bu nağıl yalandır.", "REJECT"), []);
  assert.deepEqual(of("Onun sözlərinə görə, hər şey yalandır.", "REJECT"), []);
});

test("reports said to have no ground are denied by whoever says so; a fear with no ground is no denial", () => {
  const got = of("Müdafiə Nazirliyi bildirib ki, Tacikistan mətbuatında yayılan məlumatların heç bir əsası yoxdur.", "REJECT");
  assert.equal(got.length, 1);
  assert.deepEqual(got[0].actors, ["Müdafiə Nazirliyi", "Tacikistan"]);
  assert.deepEqual(of("Ekspert Ramin Qasımlı deyib ki, bu qorxunun heç bir əsası yoxdur.", "REJECT"), []);
});

test("the villages a side's positions lie by are ground, not the doer of the shelling", () => {
  const text = "Qırğızıstan Silahlı Qüvvələrinin bölmələri Batken rayonunun Qaraqaya, Dəmirli, eləcə də Leylek rayonunun " +
    "Sarıbulaq, Qızılca kəndləri istiqamətində yerləşən mövqelərindən Tacikistan Ordusunun mövqelərini atəşə tutub.";
  const got = of(text, "ASSAULT");
  assert.equal(got.length, 1);
  assert.ok(got[0].actors.includes("Qırğızıstan"), JSON.stringify(got[0].actors));
  assert.ok(!got[0].actors.includes("Sarıbulaq") && !got[0].actors.includes("Qaraqaya"), JSON.stringify(got[0].actors));
  // (a name alone as the subject still acts)
  assert.ok(of("Qırğızıstan Tacikistan Ordusunun mövqelərini atəşə tutub.", "ASSAULT")[0].actors.includes("Qırğızıstan"));
});

test("a date before positions said to lie somewhere dates the shelling", () => {
  const text = "Qırğızıstan Silahlı Qüvvələrinin bölmələri martın 3-də Batken rayonunun Aksay kəndində yerləşən mövqelərindən " +
    "Leylek rayonu istiqamətində yerləşən Tacikistan Ordusunun mövqelərini atəşə tutub.";
  const got = of(text, "ASSAULT", "2025-03-04");
  assert.equal(got.length, 1);
  assert.equal(got[0].date, "2025-03-03");
  // (a participle of an act after the date is that act's: `martın 3-də həbs edilən X-i azad edib`)
  const freed = of("Tacikistan martın 3-də həbs edilən Qırğızıstan vətəndaşlarını azad edib.", "RETREAT", "2025-03-10");
  assert.ok(freed.every((e) => e.date !== "2025-03-03"), JSON.stringify(freed));
});

test("the date of a report's topic is not the date of the report's denial", () => {
  const text = "Martın 3-ü Tacikistan Ordusunun bölmələri tərəfindən guya Qırğızıstan mövqelərinin atəşə tutulması barədə " +
    "yayılan məlumat tamamilə yalandır.";
  const got = of(text, "REJECT", "2025-03-05");
  assert.equal(got.length, 1);
  assert.notEqual(got[0].date, "2025-03-03");
  // (talks about a signing are on the date that opens them)
  assert.equal(of("Martın 3-də Qırğızıstanla sərhəd sazişinin imzalanması barədə danışıqlar aparılıb.", "CONSULT", "2025-03-05")[0]?.date, "2025-03-03");
});

test("a state's armed units named by a nationality word are that state", () => {
  const got = of("Erməni silahlı birləşmələri Azərbaycan Ordusunun mövqelərini atəşə tutub.", "ASSAULT");
  assert.equal(got.length, 1);
  assert.ok(got[0].actors.includes("Ermənistan"), JSON.stringify(got[0].actors));
  // (a section of a radio is no force)
  assert.deepEqual(of("Radionun erməni bölməsi Bakı haqqında reportaj hazırlayıb.", "ASSAULT"), []);
});

test("a visit that does not fit a frame is one visit, and the not fitting comes nowhere", () => {
  const got = of("Emoməli Rəhmonun Batkenə səfəri razılaşmaya ziddir və sülh çərçivəsinə tamamilə uyğun gəlmir.", "CONSULT");
  assert.equal(got.length, 1);
  assert.equal(got[0].trigger.text, "səfəri");
  assert.deepEqual(of("Bu addım Tacikistanın maraqlarına uyğun gəlmir.", "CONSULT"), []);
  // (coming to a country stays a visit)
  assert.equal(of("Emoməli Rəhmon Batkenə gəlib.", "CONSULT").length, 1);
});

test("a quoted verb of the first person is the speaker's act, a genitive before it owns its object", () => {
  const got = of("Nazir Rəşad Məmmədli bildirib: “Xüsusi olaraq, Fransa Prezidenti Emmanuel Makronun şəxsi töhfəsini yüksək qiymətləndiririk”.", "SUPPORT");
  assert.equal(got.length, 1);
  assert.ok(got[0].actors.includes("Rəşad Məmmədli") && got[0].actors.includes("Emmanuel Makron"), JSON.stringify(got[0].actors));
  // (a quoted verb of the third person with a subject named in the quotation is that subject's)
  const third = of("Nazir Rəşad Məmmədli bildirib: “Emmanuel Makron Qazaxıstanın töhfəsini yüksək qiymətləndirir”.", "SUPPORT");
  assert.equal(third.length, 1);
  assert.equal(third[0].actors[0], "Emmanuel Makron");
  assert.ok(!third[0].actors.includes("Rəşad Məmmədli"), JSON.stringify(third[0].actors));
});

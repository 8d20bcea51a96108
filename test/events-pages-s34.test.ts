// Events of real news pages (stop 34, lead): the day a statement was made, read from the sentence telling it again.
// Sentences invented for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-06-10") =>
  annotate({ id: "t", text, document_date: date }).events.map((e) => [e.type, e.actors, e.date]);

test("a date in the dative in the sentence telling the words again is one a rally is set for, not the day of saying", () => {
  const t = "Elnur Səfərov müxalifəti HƏDƏLƏDİ\n\n“Bu yürüş təxribatdan başqa bir şey deyil”.\n\n" +
    "Bu sözləri Xəbər.az-a açıqlamasında partiyanın 21 iyuna planlaşdırdığı yürüş haqqında danışarkən deputat Elnur Səfərov söyləyib.";
  const threat = events(t).find(([type]) => type === "THREATEN");
  assert.deepEqual(threat, ["THREATEN", ["Elnur Səfərov"], "2025-06-10"]);
  // the day of saying in the locative still dates it
  const u = t.replace("Bu sözləri", "Bu sözləri iyunun 8-də");
  assert.deepEqual(events(u).find(([type]) => type === "THREATEN"), ["THREATEN", ["Elnur Səfərov"], "2025-06-08"]);
});

test("three states joined by hyphens are three sides, before `arasında` as before the trigger's noun", () => {
  assert.deepEqual(events("Vilnüsdə Litva-Latviya-Estoniya arasında memorandum imzalanıb.")[0]?.[1], ["Litva", "Latviya", "Estoniya"]);
  assert.deepEqual(events("Bakıda Azərbaycan-Gürcüstan-Qazaxıstan üçtərəfli görüşü keçirilib.")[0]?.[1], ["Azərbaycan", "Gürcüstan", "Qazaxıstan"]);
  // a pair before `arasında` too
  assert.deepEqual(events("Vilnüsdə Litva-Latviya arasında memorandum imzalanıb.")[0]?.[1], ["Litva", "Latviya"]);
  // look-alike: no entity of the joined word
  const d = annotate({ id: "t", text: "Vilnüsdə Litva-Latviya-Estoniya arasında memorandum imzalanıb.", document_date: "2025-06-10" });
  assert.ok(!d.entities.some((e) => e.text.includes("-")), JSON.stringify(d.entities.map((e) => e.text)));
});

test("three cities joined by hyphens name a route, one name", () => {
  const d = annotate({ id: "t", text: "Yüklər Bakı–Tbilisi–Qars dəmir yolu ilə daşınıb.", document_date: "2025-06-10" });
  assert.deepEqual(d.entities.map((e) => [e.text, e.type]), [["Bakı–Tbilisi–Qars", "LOC"]]);
});

test("a city naming a treaty or a group after it is no side of the act", () => {
  const t = "Səfirliyin 2 əməkdaşının 1961-ci il Vyana Konvensiyası ilə ziddiyyət təşkil edən fəaliyyətinə görə Gürcüstan onları arzuolunmaz şəxs elan edib.";
  const sanction = events(t).find(([type]) => type === "SANCTION");
  assert.ok(sanction && !(sanction[1] as string[]).includes("Avstriya"), JSON.stringify(events(t)));
  // look-alike: a capital standing for its state stays a side
  assert.deepEqual(events("Vaşinqton Tehranı ittiham edib.")[0]?.[1], ["ABŞ", "İran"]);
});

test("a letter's formula asking to accept one's wishes or respect asks nothing of a side", () => {
  const t = "Təşkilatın Baş katibi Nərmin Qasımova Prezidentə təbrik məktubu ünvanlayıb. Məktubda deyilir: \"Sizi təbrik edir, " +
    "ən xoş arzularımı qəbul etməyinizi xahiş edirəm. Ən yüksək ehtiramımı qəbul etməyinizi xahiş edirəm\".";
  assert.ok(!events(t).some(([type]) => type === "REQUEST"), JSON.stringify(events(t)));
  // look-alike: asking a state to declare diplomats unwelcome is a request
  assert.deepEqual(events("Gürcüstan İrandan diplomatı arzuolunmaz şəxs elan etməsini xahiş edib.").find(([type]) => type === "REQUEST")?.[1], ["Gürcüstan", "İran"]);
});

test("a third person's imperative after `ki` in a quotation wishes or supposes, asks no one", () => {
  const t = "Direktor deyib: “Ola bilər ki, müəllim İdman Akademiyasını bitirsin, amma biliklər köhnəlir”.";
  assert.ok(!events(t).some(([type]) => type === "REQUEST"), JSON.stringify(events(t)));
  const u = "Nazir deyib: “Ümumi yanaşma budur ki, 2030-cu ilə qədər Gəncə ən yaxşı şəhərlər sırasına qoşulsun”.";
  assert.ok(!events(u).some(([type]) => type === "REQUEST"), JSON.stringify(events(u)));
});

test("a third person's imperative after a verb of asking and `ki` is still the demand", () => {
  const t = "Samir Vəliyev məhkəmədə deyib: “Prokuror Kamran Quliyev məni təhqir edib. Tələb edirəm ki, buna görə məndən üzr istəsin”.";
  // (asked, not an apology made)
  assert.ok(events(t).some(([type]) => type === "REQUEST") && !events(t).some(([type]) => type === "CONCEDE"), JSON.stringify(events(t)));
});

test("a quoted wish of being (`… yolda olsun`) asks no act", () => {
  const t = "Kamran Əliyev: \"Sükan arxasında hər saniyə önəmlidir - gözünüz telefonda yox, yolda olsun\"";
  assert.ok(!events(t).some(([type]) => type === "REQUEST"), JSON.stringify(events(t)));
});

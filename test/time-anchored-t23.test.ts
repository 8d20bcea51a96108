// The time stage on relative expressions of narrative anchored to a date the text named (time23): each general cause
// fixed, proved on sentences written for these tests, each with a look-alike that must keep its old reading.
import { test } from "node:test";
import assert from "node:assert/strict";
import { timexChecks } from "./support/timexes.js";

const OCT = "2025-10-15"; // a Wednesday

const { tx, one, none } = timexChecks(OCT);
const pairs = (text: string, date = OCT) => tx(text, date).map((t) => [t.text, t.value, t.mod]);

test("N units before counts from the day the text just named where the verb's tense agrees, else from the document date", () => {
  assert.equal(one("Nazir oktyabrın 9-da Romaya gəlib. İki gün əvvəl o, Milanda olub.", "İki gün əvvəl").value, "2025-10-07");
  assert.equal(one("Heyət cümə günü Ankaraya çatıb.\n\nBir gün əvvəl o, İstanbulda olub.", "Bir gün əvvəl").value, "2025-10-09");
  // (a day named by a relative word is named too: `dünən`)
  assert.equal(one("Dünən heyət Bakıya çatıb. Bir gün əvvəl o, Tbilisidə olub.", "Bir gün əvvəl").value, "2025-10-13");
  // (a future verb after a day ahead)
  assert.equal(one("Forum oktyabrın 28-də açılacaq. Bir gün əvvəl nümayəndələr qeydiyyatdan keçəcək.", "Bir gün əvvəl").value, "2025-10-27");
  // (in years or months: from the year or month the text last named)
  assert.equal(one("Bank 2023-cü ilin mayında yaradılıb. Bir il əvvəl isə onun təsisçiləri lisenziya alıb.", "Bir il əvvəl").value, "2022");
  assert.equal(one("Müqavilə aprelin 18-də imzalanıb. İki ay əvvəl tərəflər danışıqlara başlayıb.", "İki ay əvvəl").value, "2025-02");
  // look-alikes: no day named before; a day ahead under a past verb; a year named, no day; a duration
  assert.equal(one("İki gün əvvəl nazir Milanda olub.", "İki gün əvvəl").value, "2025-10-13");
  assert.equal(one("Seçki oktyabrın 26-da keçiriləcək. Üç gün əvvəl komissiya siyahını açıqlayıb.", "Üç gün əvvəl").value, "2025-10-12");
  assert.equal(one("Nazir 2021-ci ildə təyin olunub. İki gün əvvəl o, istefa verib.", "İki gün əvvəl").value, "2025-10-13");
  assert.deepEqual(pairs("Sammit oktyabrın 13-də başlayıb. Müzakirələr iki gündür davam edir."), [["oktyabrın 13-də", "2025-10-13", undefined], ["iki gündür", "P2D", undefined]]);
  // (one offset does not count from another: a repeated passage keeps its value)
  assert.deepEqual(tx("Bir gün əvvəl nazir istefa verib. Bir gün əvvəl nazir istefa verib.").map((t) => t.value), ["2025-10-14", "2025-10-14"]);
});

test("növbəti il, növbəti gün after a past verb follow the period the text just named; ahead, they count from now", () => {
  assert.equal(one("Şirkət 2019-cu ildə yaradılıb. Növbəti il o, birjaya çıxıb.", "Növbəti il").value, "2020");
  assert.equal(one("Komissiya martın 3-də toplanıb. Növbəti gün hesabat dərc edilib.", "Növbəti gün").value, "2025-03-04");
  // look-alikes: a future verb; a repeated future sentence does not count from itself
  assert.equal(one("Şirkət 2024-cü ildə 5 milyon gəlir əldə edib. Növbəti il gəlir artacaq.", "Növbəti il").value, "2026");
  assert.deepEqual(tx("Növbəti il vergi artacaq. Növbəti il vergi artacaq.").map((t) => t.value), ["2026", "2026"]);
});

test("the end of the year or month after a past verb is of the year or month the text just named", () => {
  assert.deepEqual(one("Bank 2023-cü ilin fevralında lisenziya alıb. İlin sonunda o, 20 filial açıb.", "İlin sonunda"), { text: "İlin sonunda", type: "DATE", value: "2023", mod: "END" });
  assert.deepEqual(one("Sərgi avqustun 5-də açılıb. Ayın sonunda isə bağlanıb.", "Ayın sonunda"), { text: "Ayın sonunda", type: "DATE", value: "2025-08", mod: "END" });
  // look-alike: a future verb, the current year
  assert.deepEqual(one("Fond 2024-cü ildə yaradılıb. İlin sonunadək onun kapitalı artırılacaq.", "İlin sonunadək"), { text: "İlin sonunadək", type: "DATE", value: "2025", mod: "END" });
});

test("həmin vaxt, o vaxt opening a clause are the time the text just named, at its grain", () => {
  assert.equal(one("Hökumət 2021-ci ilin yayında istefa verib. Həmin vaxt ölkədə böhran olub.", "Həmin vaxt").value, "2021-SU");
  assert.equal(one("Zəlzələ oktyabrın 11-də baş verib. O vaxt prezident xaricdə olub.", "O vaxt").value, "2025-10-11");
  // look-alikes: a time of day as a subject; nothing named before
  assert.deepEqual(pairs("Giriş oktyabrın 11-də olacaq. Vərəqədə həmin vaxt göstərilib."), [["oktyabrın 11-də", "2025-10-11", undefined]]);
  none("Həmin vaxt ölkədə böhran olub.");
});

test("inside a quotation a day the speaker named anchors the speaker's relative days; the narrative keeps its own", () => {
  assert.equal(one('Səfir deyib: "Biz avqustun 2-də Bakıya gəldik, ertəsi gün isə etimadnaməni təqdim etdik."', "ertəsi gün").value, "2025-08-03");
  // look-alike: a day quoted does not anchor the narrative after the quotation
  assert.equal(one('Nazir oktyabrın 6-da Parisə gedib. O deyib: "Biz iyunun 1-də orada razılaşmışdıq." Ertəsi gün o, Londona gedib.', "Ertəsi gün").value, "2025-10-07");
});

test("a background paragraph (Xatırladaq ki, …) does not move the story's anchor past its end", () => {
  const text = "Nazir oktyabrın 7-də Astanaya gəlib.\n\nXatırladaq ki, o, Qazaxıstana ilk dəfə 2022-ci il iyunun 14-də səfər edib.\n\nErtəsi gün nazir Almatıya yola düşüb.";
  assert.equal(one(text, "Ertəsi gün").value, "2025-10-08");
  // look-alike: inside the background (no blank line), its own day anchors
  assert.equal(one("Xatırladaq ki, o, 2022-ci il iyunun 14-də saxlanılıb.\nBir gün sonra məhkəmə onu həbs edib.", "Bir gün sonra").value, "2022-06-15");
});

test("a clause closed by a possessed participle under a present verb of saying is past", () => {
  assert.equal(one("Müqavilənin noyabrın 25-də imzalandığı bildirilir.", "noyabrın 25-də").value, "2024-11-25");
  // look-alikes: a future participle; a present verb of its own
  assert.equal(one("Müqavilənin noyabrın 25-də imzalanacağı bildirilir.", "noyabrın 25-də").value, "2025-11-25");
  assert.equal(one("Noyabrın 25-də müqavilə imzalanır.", "Noyabrın 25-də").value, "2025-11-25");
});

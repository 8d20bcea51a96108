// Sentences written for these tests (stop 37, cause: wrong dates): an act told in a relative clause is not dated by the
// main clause's date after it, and a day a plan was set for, told in a relative clause before an act told done, is not
// the act's day; the plan itself set for that day is on it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date: string) => annotate({ id: "t", text, document_date: date }).events ?? [];
const dates = (text: string, type: string, date: string) => events(text, date).filter((e) => e.type === type).map((e) => e.date);

test("an arrest told in a relative clause takes no date of the main clause after it", () => {
  // the hearing is today; the arrest, told by its participle, on no day the text gives
  assert.deepEqual(dates("Gürcüstanda həbs olunan Azərbaycan vətəndaşı Kamran Əlizadənin bu gün keçirilən məhkəmə prosesi təxirə salınıb.", "COERCE", "2024-03-14"), ["2024-03-14"]);
  const ds = dates("Rüşvət işinə görə oğlu həbs edilən nazir Orxan Balayev dünən baş nazirlə görüşdə istefaya hazır olduğunu bildirib.", "COERCE", "2024-03-14");
  assert.deepEqual(ds, ["2024-03-14"]);
  // an arrest told by its own finite verb is on the main clause's date still
  assert.deepEqual(dates("Axtarışda olan Tural Vəliyev 2023-cü ilin yanvarında Gürcüstanda həbs edilib.", "COERCE", "2024-03-14"), ["2023-01"]);
});

test("a day set for a plan in a relative clause does not date a refusal or a cancellation told done", () => {
  assert.deepEqual(dates("Şəhər İcra Hakimiyyəti Xalq Partiyasının mayın 20-nə planlaşdırdığı mitinqə icazə verməyib.", "REJECT", "2024-05-25"), ["2024-05-25"]);
  // the plan told as set for the day is on it
  assert.deepEqual(dates("Gürcüstan Baş naziri Levan Kobaxidze yaxın günlərdə Türkiyəyə səfər edəcəyini təsdiqləyib. Baş nazirin səfəri mayın 20-nə planlaşdırılıb.", "CONSULT", "2024-05-16"), ["2024-05-20"]);
});

test("a day named again without its year is the day written with its year before", () => {
  const text = "Tərəflər 2024-cü il dekabrın 25-də baş vermiş qəzanın nəticələrini müzakirə edəcəklər. Xatırladaq ki, dekabrın 25-də sərnişin təyyarəsi dənizin yaxınlığında qəzaya uğrayıb.";
  const tx = annotate({ id: "t", text, document_date: "2026-03-02" }).timexes.map((x) => x.value);
  assert.deepEqual(tx, ["2024-12-25", "2024-12-25"]);
  // with no such day before, a year-less day told done is the last one before the news
  const alone = annotate({ id: "t", text: "Xatırladaq ki, dekabrın 25-də sərnişin təyyarəsi dənizin yaxınlığında qəzaya uğrayıb.", document_date: "2026-03-02" }).timexes.map((x) => x.value);
  assert.deepEqual(alone, ["2025-12-25"]);
});

test("a span of months a count of acts covers dates none of them; a coming one may still", () => {
  assert.deepEqual(dates("Qazaxıstanın Atırau vilayətindən yanvar-iyul ayları ərzində təxminən 500 miqrant öz vətənlərinə deportasiya edilib.", "COERCE", "2025-08-11"), ["2025-08-11"]);
  // a single month still dates the act
  assert.deepEqual(dates("Qazaxıstanın Atırau vilayətindən iyul ayında 500 miqrant öz vətənlərinə deportasiya edilib.", "COERCE", "2025-08-11"), ["2025-07"]);
});

test("a speaker going on by a pronoun is not on the date of what was said after the complementiser", () => {
  const text = "Baş nazir Marek Novak bildirib ki, məqsəd münaqişəni dayandırmaqdır. O əlavə edib ki, yalnız ötən həftə 500 nəfər həlak olub. O, NATO-ya çağırış edərək atəşkəs üçün addımlar atmağa dəvət edib.";
  assert.deepEqual(dates(text, "REQUEST", "2025-09-13"), ["2025-09-13"]);
  // the day of saying before the complementiser still dates it
  assert.deepEqual(dates("Nazir Marek Novak sentyabrın 10-da bildirib ki, hökumət yeni qərar qəbul edib. O, NATO-nu müharibəyə son qoymağa çağırıb.", "REQUEST", "2025-09-13"), ["2025-09-10"]);
});

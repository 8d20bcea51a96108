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

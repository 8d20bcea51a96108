// Event modes (asserted / future / demanded / negated / possible / reported) from the constructions
// around a trigger, and the eval listing of matched events whose mode is wrong. Sentences are invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { getLanguage } from "../src/lang/index.js";
import { extractEvents } from "../src/extract/events/index.js";
import { Scorer, formatErrors, type GoldFile } from "../src/eval/score.js";
import { docOf, entity, timex } from "./helpers-events.js";
import { compareToDay } from "../src/extract/events/mode.js";

const az = getLanguage("az");

function modeOf(text: string, type: string, names: [string, "PER" | "LOC" | "ORG"][]): string | undefined {
  const d = docOf(text);
  for (const [name, kind] of names) entity(d, name, kind, name);
  return extractEvents(d, az).find((e) => e.type === type)?.mode;
}

test("a noun whose own verb plans it is future (`səfəri planlaşdırılır`, `görüşü gözlənilir`)", () => {
  assert.equal(modeOf("Con Smitin Norveçə səfəri planlaşdırılır.", "CONSULT", [["Con Smit", "PER"], ["Norveç", "LOC"]]), "future");
  assert.equal(modeOf("Con Smitin Pyer Dümonla görüşü gözlənilir.", "CONSULT", [["Con Smit", "PER"], ["Pyer Dümon", "PER"]]), "future");
});

test("a noun whose governing phrase plans it is future (`görüşü nəzərdə tutulur`); a plan denied is negated", () => {
  assert.equal(modeOf("Norveçin Fransa ilə görüşü nəzərdə tutulur.", "CONSULT", [["Norveç", "LOC"], ["Fransa", "LOC"]]), "future");
  assert.equal(modeOf("Norveç Fransa ilə danışıqlar aparmağı planlaşdırmır.", "CONSULT", [["Norveç", "LOC"], ["Fransa", "LOC"]]), "negated");
  // `gözlənilməz` "unexpected" neither plans nor denies
  assert.equal(modeOf("Norveç Fransaya hücum edib, bu gözlənilməz idi.", "ASSAULT", [["Norveç", "LOC"], ["Fransa", "LOC"]]), "asserted");
});

test("an act told by an impersonal claim is reported, even in the future (`… deyəcəyi bildirilir`)", () => {
  assert.equal(modeOf("Norveçin Fransaya hücum edəcəyi bildirilir.", "ASSAULT", [["Norveç", "LOC"], ["Fransa", "LOC"]]), "reported");
  // a plain future of one's own stays future
  assert.equal(modeOf("Norveç Fransaya hücum edəcək.", "ASSAULT", [["Norveç", "LOC"], ["Fransa", "LOC"]]), "future");
});

test("`-a bilər` in a reported clause is still possible (`hücum edə biləcəyini bildirib`), its negation negated", () => {
  const sides: [string, "LOC"][] = [["Norveç", "LOC"], ["Fransa", "LOC"]];
  assert.equal(modeOf("Norveç Fransaya hücum edə biləcəyini bildirib.", "ASSAULT", sides), "possible");
  assert.equal(modeOf("Norveç Fransaya hücum edə bilmədiyini bildirib.", "ASSAULT", sides), "negated");
});

test("a converb's act is its subject's own, not the content of the claim made by the main verb", () => {
  const text = "Norveç Fransanı sərhədi pozmaqda ittiham edərək, danışıqların pozulduğunu iddia edib.";
  assert.equal(modeOf(text, "ACCUSE", [["Norveç", "LOC"], ["Fransa", "LOC"]]), "asserted");
});

test("an act put under consideration is possible (`… nəzərdən keçirir`)", () => {
  const text = "Norveç hökuməti səfiri Con Smitin vəzifəsindən uzaqlaşdırılmasını nəzərdən keçirir.";
  assert.equal(modeOf(text, "COERCE", [["Norveç", "LOC"], ["Con Smit", "PER"]]), "possible");
  assert.equal(modeOf("Norveç Fransanı tanımağı nəzərdən keçirir.", "SUPPORT", [["Norveç", "LOC"], ["Fransa", "LOC"]]), "possible");
  // a meeting in which things were considered took place
  assert.equal(modeOf("Norveç və Fransa arasında görüşdə məsələlər nəzərdən keçirilib.", "CONSULT", [["Norveç", "LOC"], ["Fransa", "LOC"]]), "asserted");
});

test("the short verbal noun in -ma is no negation (`imzalanma mərasimi`), a negated verb still is", () => {
  const sides: [string, "LOC"][] = [["Norveç", "LOC"], ["Fransa", "LOC"]];
  assert.equal(modeOf("Norveç və Fransa arasında sazişin imzalanma mərasimi keçirilib.", "SUPPORT", sides), "asserted");
  assert.equal(modeOf("Norveç Fransa ilə sazişi imzalamayıb.", "SUPPORT", sides), "negated");
});

function datedModeOf(text: string, type: string, names: [string, "PER" | "LOC" | "ORG"][], date: [string, string]): string | undefined {
  const d = docOf(text, "2025-10-08");
  for (const [name, kind] of names) entity(d, name, kind, name);
  timex(d, date[0], date[1]);
  return extractEvents(d, az).find((e) => e.type === type)?.mode;
}

test("an act dated after the news was written is future; a present tense on the day itself is a schedule", () => {
  const sides: [string, "LOC"][] = [["Norveç", "LOC"], ["Fransa", "LOC"]];
  // the document is of 2025-10-08
  assert.equal(datedModeOf("Norveç oktyabrın 12-də Fransaya səfərə gedir.", "CONSULT", sides, ["oktyabrın 12-də", "2025-10-12"]), "future");
  assert.equal(datedModeOf("Norveç oktyabrın 8-də Fransaya səfərə gedir.", "CONSULT", sides, ["oktyabrın 8-də", "2025-10-08"]), "future");
  // what happened on the day, or was going on before it, stays asserted
  assert.equal(datedModeOf("Norveç oktyabrın 8-də Fransaya səfərə gedib.", "CONSULT", sides, ["oktyabrın 8-də", "2025-10-08"]), "asserted");
  assert.equal(datedModeOf("Norveç oktyabrın 2-də Fransaya səfərə gedib.", "CONSULT", sides, ["oktyabrın 2-də", "2025-10-02"]), "asserted");
});

test("a participle of expecting plans its noun past bare attributes, unless the noun's own predicate tells it done", () => {
  assert.equal(modeOf("Con Smitin Norveçə gözlənilən işgüzar səfəri zamanı ticarət müzakirə olunub.", "CONSULT", [["Con Smit", "PER"], ["Norveç", "LOC"]]), "future");
  assert.equal(modeOf("Norveçin Fransa ilə çoxdan gözlənilən rəsmi görüşü keçirilib.", "CONSULT", [["Norveç", "LOC"], ["Fransa", "LOC"]]), "asserted");
});

test("the complement of a purpose infinitive is still to come (`sammitində iştirak etmək üçün gəlib`)", () => {
  const names: [string, "PER" | "ORG"][] = [["Con Smit", "PER"], ["Şimal Təşkilatı", "ORG"]];
  assert.equal(modeOf("Con Smit Şimal Təşkilatının Zirvə görüşündə iştirak etmək üçün Osloya gəlib.", "CONSULT", names), "future");
  // the same gathering as the setting of a done act stays asserted
  assert.equal(modeOf("Con Smit Şimal Təşkilatının Zirvə görüşündə çıxış edib.", "CONSULT", names), "asserted");
});

test("a date value stands after, on or before a day: weeks and months as spans", () => {
  assert.equal(compareToDay("2025-W21", "2025-05-18"), 1); // the 18th is the Sunday of week 20
  assert.equal(compareToDay("2025-W20", "2025-05-18"), 0);
  assert.equal(compareToDay("2025-W19", "2025-05-18"), -1);
  assert.equal(compareToDay("2025-09", "2025-08-31"), 1);
  assert.equal(compareToDay("2025-08", "2025-08-14"), 0);
  assert.equal(compareToDay("2025-08-14T10:00", "2025-08-14"), 0);
  assert.equal(compareToDay("2025-SU", "2025-05-18"), null);
});

test("eval lists matched events whose mode differs from gold's, with the trigger text", () => {
  const text = "Norveç Fransaya hücum edib. Başqa cümlə.";
  const gold: GoldFile = {
    id: "d1", document_date: "2025-01-01", entities: [], timexes: [], quotes: [],
    events: [{ type: "ASSAULT", trigger: { start: 16, end: 26 }, actors: ["Norveç", "Fransa"], date: null, mode: "asserted" }],
  };
  const s = new Scorer();
  s.add(gold, { events: [{ type: "ASSAULT", actors: ["Norveç"], date: null, mode: "future", trigger: { start: 16, end: 26, text: "hücum edib" } }] }, text);
  assert.equal(s.result().event_mode_acc, 0);
  assert.deepEqual(s.errors.ev_mode, ["d1: ASSAULT ['Norveç', 'Fransa'] asserted -> future (hücum edib)"]);
  assert.match(formatErrors(s.errors, 60, true), /## ev_mode \(1\)/);
  // score.py's own lists stay as they were
  assert.doesNotMatch(formatErrors(s.errors), /ev_mode/);
});

test("an act that goes on (`… göstərməyə davam edəcək`) takes the tense of the verb of going on", () => {
  const d = docOf("Norveç Fransaya təzyiq göstərməyə davam edəcək. Con Smit Ukraynaya dəstək verməyə davam edir.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransaya", "LOC", "Fransa");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Ukraynaya", "LOC", "Ukrayna");
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => [e.type, e.mode, e.actors[0]]), [["REQUEST", "future", "Norveç"], ["SUPPORT", "asserted", "Con Smit"]]);
});

// Real diplomacy and politics news from other outlets (calls, visits, letters of congratulation and condolence, envoys
// summoned, resignations), studied locally; the sentences here are written for these tests: a letter quoted after an
// outlet's lead line or frame is its sender's, an outlet's cited source is no side, the President's title of
// "Victorious Supreme Commander" names him, a name qualifying a topic's noun is no side, and a prayer for the dead asks
// no one's pardon.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-03-10") => annotate({ id: "t", text, document_date: date });
const events = (text: string, date?: string) => doc(text, date).events ?? [];
const sides = (text: string, date?: string) => events(text, date).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);
const speakers = (text: string) => (doc(text).quotes ?? []).map((q) => q.speaker);

test("a letter quoted after an outlet's lead line or frame (`X.az xəbər verir ki, məktubda deyilir:`) is its sender's", () => {
  const lead = "Estoniyanın Baş naziri Kaspar Tamm Azərbaycan Prezidenti İlham Əliyevə təbrik məktubu göndərib.\n\n";
  assert.deepEqual(speakers(lead + "Xeberler.az xəbər verir ki, məktubda deyilir:\n\n\"Hörmətli cənab Prezident! Sizi bayram münasibətilə təbrik edirəm\"."),
    ["Kaspar Tamm"]);
  assert.deepEqual(speakers(lead + "Xeberler.az-ın məlumatına görə, məktubda deyilir:\n\n\"Hörmətli cənab Prezident! Sizi bayram münasibətilə təbrik edirəm\"."),
    ["Kaspar Tamm"]);
  // a message of condolence quoted by its own noun
  assert.deepEqual(speakers("Prezident Alar Kask Norveç Kralına başsağlığı verib.\n\nQafqazxeber.az xəbər verir ki, başsağlığında deyilir:\n\n" +
    "\"Faciə xəbəri bizi sarsıtdı. Allah rəhmət eləsin!\""), ["Alar Kask"]);
  // look-alikes: with no letter named before, the outlet's line is all there is; a name in the cue's own clause speaks
  assert.deepEqual(speakers("Xeberler.az xəbər verir ki, məktubda deyilir:\n\n\"Biz əməkdaşlığa hazırıq\"."), ["Xeberler.az"]);
  assert.deepEqual(speakers(lead + "Xeberler.az xəbər verir ki, Kaspar Tamm deyib: \"Biz əməkdaşlığa hazırıq\"."), ["Kaspar Tamm"]);
});

test("an outlet's source cited inside its frame (`X.az-ın Y mediasına istinadən xəbərinə görə`) is no side", () => {
  assert.deepEqual(sides("Oxu.az-ın İtaliya mediasına istinadən xəbərinə görə, nazir Marko Rossi istefa verib."), ["RETREAT:Marko Rossi"]);
  assert.deepEqual(sides("Baki.az-ın Rusiya mətbuatına istinadən məlumatına görə, Paşinyan Tehranda Pezeşkianla görüşüb."),
    ["CONSULT:Paşinyan|Pezeşkian"]);
  // look-alike: a state that acts after the frame stays a side
  assert.deepEqual(sides("Oxu.az-ın məlumatına görə, Rusiya Ukraynaya zərbə endirib."), ["ASSAULT:Rusiya|Ukrayna"]);
});

test("the President's title `Müzəffər Ali Baş Komandan` before his name is no other person", () => {
  const d = doc("Prezident, Müzəffər Ali Baş Komandan İlham Əliyev Laçında sakinlərlə görüşündə deyib: \"Biz sülh istəyirik\".");
  assert.deepEqual(d.quotes?.map((q) => q.speaker), ["İlham Əliyev"]);
  assert.ok((d.events ?? []).every((e) => e.actors.every((a) => a === "İlham Əliyev" || a === "Laçın")));
  // look-alike: a person of that given name stays himself
  assert.ok(sides("Müzəffər Əliyev Naxçıvanda fermerlərlə görüşüb.").every((s) => !s.includes("İlham Əliyev")));
});

test("a name qualifying a topic's noun (`Qarabağ münaqişəsi ilə bağlı`) is no side: the leaders just told agree", () => {
  assert.deepEqual(sides("Litva Prezidenti Jonas Kairys latviyalı həmkarı Andris Ozols ilə telefonla danışıb. " +
    "Prezidentlər Kosovo münaqişəsi ilə bağlı koordinasiyanın davam etdirilməsi barədə razılığa gəliblər.").filter((s) => s.startsWith("AGREE")),
  ["AGREE:Andris Ozols|Jonas Kairys|Litva"]);
  // look-alike: a name right before the topic word is still what the talk is about, and a named partner stays the side
  assert.deepEqual(sides("Nazir Suriya böhranı barədə Türkiyə ilə razılığa gəlib."), ["AGREE:Türkiyə"]);
});

test("forgiveness asked of God for the dead (`Allahdan rəhmət və bağışlanma diləyir`) is a prayer, no apology", () => {
  assert.deepEqual(sides("Partiya həlak olanlar üçün Uca Allahdan rəhmət və bağışlanma diləyir."), []);
  // look-alike: pardon asked of people is an apology
  assert.deepEqual(sides("Baş nazir Morten Lund Norveç xalqından bağışlanma istəyib."), ["CONCEDE:Morten Lund|Norveç"]);
});

test("an act asked in the passive by its verbal noun in the nominative (`… tərk etməsi tələb edilib`) is the demand, not the act", () => {
  assert.deepEqual(sides("Norveç diplomatlarının 48 saat ərzində Danimarka ərazisini tərk etməsi tələb edilib."), ["REQUEST:Danimarka|Norveç"]);
  assert.equal(events("Norveç diplomatlarının 48 saat ərzində Danimarka ərazisini tərk etməsi tələb edilib.")[0]?.mode, "demanded");
  // look-alikes: asked in the active, and an act done and told by its own verb
  assert.deepEqual(sides("Danimarka Norveç diplomatlarının ölkəni tərk etməsini tələb edib."), ["REQUEST:Danimarka|Norveç"]);
  assert.deepEqual(sides("Norveç qoşunları Danimarka ərazisini tərk edib.").map((s) => s.split(":")[0]), ["RETREAT"]);
});

test("a year naming a document (`1961-ci il Vyana Konvensiyası`, `… tarixli Fərmanı`) dates no act of its sentence", () => {
  const e = events("Norveç diplomatlarının 1961-ci il Vyana Konvensiyası ilə ziddiyyət təşkil edən fəaliyyətinə görə Danimarka ərazisini tərk etməsi tələb edilib.", "2025-04-15");
  assert.ok(e.length === 1 && e[0].date !== "1961");
  const f = events("Danimarka Prezidentin 2021-ci il 28 may tarixli Fərmanına əsasən Norveçə sanksiyalar tətbiq edib.", "2025-04-15");
  assert.ok(f.length === 1 && f[0].date !== "2021-05-28");
  // look-alike: a year in the locative dates the act
  assert.equal(events("Danimarka 2021-ci ildə Norveçə sanksiyalar tətbiq edib.", "2025-04-15")[0]?.date, "2021");
});

test("`Sabah` (tomorrow) opening a sentence is no part of the name after it", () => {
  const e = events("Sabah Norveç Prezidenti Lars Holm ilə Danimarka Prezidenti Erik Berg arasında telefon danışığı olacaq.");
  assert.ok(e.length === 1 && e[0].actors.includes("Lars Holm") && e[0].date === "2025-03-11");
});

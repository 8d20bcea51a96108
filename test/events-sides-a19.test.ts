// Who the sides are (helper a19), on invented sentences in the style of the Baku agencies: people for the two sides of
// the act just told (`Nazirlər …`, `İki lider …`, `hər iki ölkənin xarici işlər nazirləri`), the guest standing for the
// visitor (`Qonaq …`, `Qonağı … qarşılayıb`), foreign surnames in a case (`Vuçiçə`, `Tsviyanoviçi`, `əs-Sisiyə`).
// Each with a look-alike that must not change.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-05-20") => annotate({ id: "t", text, document_date: date });
const events = (text: string, date?: string) => doc(text, date).events ?? [];
const names = (text: string) => (doc(text).entities ?? []).map((e) => `${e.text}=${e.name}`);
const sides = (text: string, type: string) => events(text).filter((e) => e.type === type).map((e) => e.actors);

test("a foreign surname in a case after a given name is read in the nominative; the event keeps its partner", () => {
  const s = "Prezident İlham Əliyev Serbiya Prezidenti Aleksandar Vuçiçə başsağlığı verib.";
  assert.ok(names(s).includes("Aleksandar Vuçiçə=Aleksandar Vuçiç"));
  assert.ok(sides(s, "SUPPORT")[0]?.includes("Aleksandar Vuçiç"));
  assert.ok(names("Prezident İlham Əliyev Jelyka Tsviyanoviçi qəbul edib.").includes("Jelyka Tsviyanoviçi=Jelyka Tsviyanoviç"));
  // `Yakov` is a given name: one person, not two
  assert.ok(names("Prezident İlham Əliyev Monteneqro Prezidenti Yakov Milatoviçə başsağlığı verib.").includes("Yakov Milatoviçə=Yakov Milatoviç"));
  // look-alike: a name whose stem without the vowel ends as no surname keeps it (`Meloni`)
  assert.ok(names("Bayramov Corcia Meloni ilə görüşüb.").includes("Corcia Meloni=Corcia Meloni"));
});

test("a surname led by a particle names again the person told before (`əs-Sisiyə`)", () => {
  const s = "İlham Əliyev Misir Prezidenti Əbdülfəttah əs-Sisi ilə telefonla danışıb. İlham Əliyev əs-Sisiyə təbriklərini çatdırıb.";
  assert.ok(names(s).includes("əs-Sisiyə=Əbdülfəttah əs-Sisi"));
  assert.ok(sides(s, "SUPPORT")[0]?.includes("Əbdülfəttah əs-Sisi"));
  // look-alike: no one named so before, no name
  assert.deepEqual(names("İlham Əliyev əs-Sisiyə təbriklərini çatdırıb."), ["İlham Əliyev=İlham Əliyev"]);
});

test("the guest (`Qonaq`, `Qonağı`) is the one foreign person the article named before", () => {
  const thanks = sides("Türkmənistan Prezidenti Serdar Berdiməhəmmədov Bakıya gəlib. Qonaq səmimi qəbula görə Prezident İlham " +
    "Əliyevə təşəkkür edib.", "SUPPORT")[0] ?? [];
  assert.ok(thanks.includes("Serdar Berdiməhəmmədov") && thanks.includes("İlham Əliyev"));
  const met = sides("Ermənistanın Baş naziri Nikol Paşinyan Bakıya gəlib. Qonağı hava limanında Baş nazirin müavini Şahin " +
    "Mustafayev qarşılayıb.", "CONSULT");
  assert.ok(met.some((a) => a.includes("Şahin Mustafayev") && a.includes("Nikol Paşinyan")));
  // look-alikes: the host's guest owned by another (`Prezidentin qonağı`), a guest hosted (`qonaq edib`), and a home
  // official's trip have no visitor named by the word
  assert.ok(!sides("Gürcüstanın Baş naziri İrakli Kobaxidze Bakıya gəlib. Prezidentin qonağı nahar edib.", "CONSULT").some((a) => a.length > 3));
  assert.deepEqual(sides("Nazir Ceyhun Bayramov Gəncəyə gəlib. Qonaq sakinlərlə görüşüb.", "CONSULT").length, 1);
  // and the guest greeted by no one named is the visit told already (`qonağı rəsmi şəxslər qarşılayıb`)
  assert.deepEqual(sides("Macarıstanın Baş naziri Viktor Orban Bakıya gəlib. Yüksək qonağı hava limanında rəsmi şəxslər qarşılayıb.", "CONSULT").length, 1);
});

test("a sincere reception thanked for (`səmimi qəbula görə`) leaves the subject before it", () => {
  const a = sides("Aleksandar Vuçiç səmimi qəbula görə İlham Əliyevə təşəkkür edib.", "SUPPORT")[0] ?? [];
  assert.ok(a.includes("Aleksandar Vuçiç") && a.includes("İlham Əliyev"));
});

test("people for the sides (`liderlər`, `Üç lider`, `hər iki ölkənin nazirləri`) are those of the act just told", () => {
  const phone = events("Mayın 5-də İlham Əliyev Ərdoğanla görüşüb. Mayın 6-da liderlər telefonla danışıblar.");
  assert.ok(phone.some((e) => e.type === "CONSULT" && e.date === "2025-05-06" && e.actors.includes("İlham Əliyev") && e.actors.includes("Ərdoğan")));
  const three = sides("Əliyev Paşinyanla Brüsseldə görüşüb. Üç lider Şarl Mişellə birlikdə sərhədlərin delimitasiyasını müzakirə ediblər.", "CONSULT");
  assert.ok(three.some((a) => a.includes("Əliyev") && a.includes("Paşinyan") && a.includes("Şarl Mişel")));
  const signed = sides("Ceyhun Bayramov Hakan Fidanla Ankarada görüşüb. Hər iki ölkənin xarici işlər nazirləri anlaşma memorandumu imzalayıblar.", "SUPPORT");
  assert.ok(signed[0]?.includes("Ceyhun Bayramov") && signed[0]?.includes("Hakan Fidan"));
  // look-alikes: no act told before names no sides; one state's ministers are its own; heads of bodies are no sides
  assert.deepEqual(events("Liderlər telefonla danışıblar."), []);
  assert.deepEqual(sides("Rusiyanın nazirləri Bakıda görüşüblər.", "CONSULT"), [["Rusiya"]]);
  assert.deepEqual(events("Bayramov Lavrovla görüşüb. Sonra iqtisadi orqanların rəhbərləri görüşlər keçiriblər.").map((e) => e.actors), [["Bayramov", "Lavrov"]]);
});

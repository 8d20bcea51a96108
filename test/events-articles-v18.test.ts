// Articles of world news as Azerbaijani agencies tell it (the war in Ukraine, Gaza, Iran, tariffs, sanctions, Turkey's
// protests, Taiwan), written for these tests: acts welcomed that were told before, a title before the one named, acts
// called a blow or a violation, arms sales approved, and a verb's own subject that is no one told before.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-10-14") => annotate({ id: "t", text, document_date: date });
const events = (text: string, date?: string) => doc(text, date).events ?? [];
const sides = (text: string, date?: string) => events(text, date).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);
const types = (text: string, date?: string) => events(text, date).map((e) => e.type);

test("a release told before and then welcomed by its verbal noun is that release, no act of the one who welcomes it", () => {
  const text = "HƏMAS dünən 20 israilli girovu Qırmızı Xaç Komitəsinə təhvil verib. "
    + "BMT Baş katibi Antonio Quterreş isə girovların azad edilməsini alqışlayıb.";
  const evs = events(text);
  assert.deepEqual(evs.map((e) => e.type), ["RETREAT", "SUPPORT"]);
  assert.ok(!evs[0].actors.includes("Antonio Quterreş"));
  // (told with the same verb before, the welcomer joins no side of it either)
  const same = events("HƏMAS dünən 20 israilli girovu azad edib. Antonio Quterreş isə girovların azad edilməsini alqışlayıb.");
  assert.deepEqual(same.map((e) => e.type), ["RETREAT", "SUPPORT"]);
  assert.deepEqual(same[0].actors, ["HƏMAS"]);
  // look-alike: an act of another type welcomed stays its own act (a release no one told before is the one welcomed)
  // (by the side named in the genitive; with none named, the one who welcomes it released no one)
  assert.ok(types("Antonio Quterreş HƏMAS-ın girovları azad etməsini alqışlayıb.").includes("RETREAT"));
});

test("talks told before whose resumption is welcomed (`danışıqların bərpasını alqışlayıb`) are no talks of the welcomer", () => {
  const text = "Rusiya və Ukrayna arasında danışıqlar dünən İstanbulda keçirilib. Hakan Fidan danışıqların bərpasını alqışlayıb.";
  const consult = events(text).filter((e) => e.type === "CONSULT");
  assert.equal(consult.length, 1);
  assert.deepEqual([...consult[0].actors].sort(), ["Rusiya", "Ukrayna"]);
  assert.ok(types(text).includes("SUPPORT"));
  // look-alike: the genitive of an act before a noun of its end asked for is the request's (no judging verb)
  assert.deepEqual(types("Rusiya və Ukrayna arasında danışıqlar dünən keçirilib. Ukrayna isə Rusiyanın hücumlarının dayandırılmasını tələb edib."),
    ["CONSULT", "REQUEST"]);
});

test("a title before the one named is no name given (`Tayvan lideri X-i \"separatçı\" adlandırıb` accuses, praises none)", () => {
  assert.deepEqual(types('Çin Müdafiə Nazirliyi Tayvan lideri Lay Çinqdeni "separatçı" adlandırıb.', "2025-04-24"), ["ACCUSE"]);
  // look-alikes: a leader called a leader or a statesman right before the verb is praised
  assert.deepEqual(types("Ərdoğan İlham Əliyevi güclü lider adlandırıb."), ["SUPPORT"]);
  assert.deepEqual(types('Tramp Ərdoğanı "çox güclü lider" adlandırıb.'), ["SUPPORT"]);
  assert.deepEqual(types("Tramp Ərdoğanı böyük dövlət xadimi adlandırıb."), ["SUPPORT"]);
});

test("an act or a decision called a blow or a violation is criticised (ACCUSE 111)", () => {
  assert.deepEqual(sides("Ursula fon der Lyayen ABŞ-ın qərarını dünya iqtisadiyyatına ağır zərbə adlandırıb.", "2025-04-03"),
    ["ACCUSE:ABŞ|Ursula fon der Lyayen"]);
  const text = "ABŞ ötən gecə İranın nüvə obyektlərinə zərbələr endirib. "
    + "İran Xarici İşlər Nazirliyi hücumu beynəlxalq hüququn kobud şəkildə pozulması adlandırıb.";
  assert.deepEqual(types(text, "2025-06-23"), ["ASSAULT", "ACCUSE"]);
  // look-alike: strikes, a blow earlier in the clause, called something else
  assert.deepEqual(types("Netanyahu İsrailin zərbələrini özünümüdafiə adlandırıb."), []);
});

test("the sale of arms to a state approved is military aid (`Tayvana … silah satışını təsdiqləyib`, AID 072)", () => {
  assert.deepEqual(sides("Ötən həftə ABŞ Tayvana 2 milyard dollarlıq silah satışını təsdiqləmişdi.", "2025-04-24"), ["AID:ABŞ|Tayvan"]);
  // look-alikes: a sale of other goods approved, arms sales as a trade
  assert.deepEqual(types("Hökumət Tayvana neft satışını təsdiqləyib."), []);
  assert.deepEqual(types("Şirkət Tayvana silah satışı ilə məşğuldur."), []);
});

test("a verb with a bare noun of its own for subject takes no person told before (`Polis … istifadə edib`)", () => {
  const text = "Partiyanın sədri Özgür Özəl tərəfdarlarını aksiyalara qoşulmağa çağırıb. "
    + "Polis etirazçılara qarşı bibər qazından istifadə edib.";
  assert.ok(!events(text, "2025-03-20").some((e) => e.type === "COERCE" && e.actors.includes("Özgür Özəl")));
  // look-alikes: a dropped subject still takes the sides just told, and so do the sides of a group phrase
  assert.deepEqual(sides("Tramp Putinlə görüşüb. Görüşdə tərəflər atəşkəs barədə razılığa gəliblər."),
    ["CONSULT:Putin|Tramp", "AGREE:Putin|Tramp"]);
  assert.deepEqual(sides("Tramp Putinlə görüşüb. Həmin gün birgə bəyanat imzalanıb."), ["CONSULT:Putin|Tramp", "SUPPORT:Putin|Tramp"]);
});

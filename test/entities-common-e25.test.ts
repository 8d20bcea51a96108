// Entities on fresh politics news (e25): a nickname in quotation marks, a local executive authority, two states before a
// ministry, a name adjective before a title, a common noun opening a sentence before a foreign name, a role noun standing
// for the person the article titled with it. Sentences invented for these tests; each change has a look-alike that must
// stay as it was.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string) => annotate({ id: "t", text, document_date: "2025-11-20" });
const ents = (text: string) => doc(text).entities;
const find = (text: string, surface: string) => ents(text).find((e) => e.text === surface);
const has = (text: string, surface: string) => ents(text).some((e) => e.text === surface);

test("a name in quotation marks before a word for a nickname is a person", () => {
  const text = "\"Qaraqulaq\" ləqəbli bloqer Sumqayıtda saxlanılıb.";
  assert.equal(find(text, "Qaraqulaq")?.type, "PER");
  assert.ok(doc(text).events.some((e) => e.type === "COERCE" && e.actors.includes("Qaraqulaq")));
  assert.equal(find("Polis “Dəmir Əli” ləqəbli şəxsi həbs edib.", "Dəmir Əli")?.type, "PER");
  // look-alike: a quoted name before a body's head stays a body
  assert.equal(find("\"Qaraqulaq\" şirkəti yeni mağaza açıb.", "Qaraqulaq")?.type, "ORG");
});

test("a town's or district's executive authority is one body, not its place", () => {
  const a = find("Qusar Rayon İcra Hakimiyyətinin başçısı sakinlərlə görüşüb.", "Qusar Rayon İcra Hakimiyyətinin");
  assert.equal(a?.type, "ORG");
  assert.equal(a?.name, "Qusar Rayon İcra Hakimiyyəti");
  assert.equal(find("Mingəçevir Şəhər İcra Hakimiyyəti yeni park salıb.", "Mingəçevir Şəhər İcra Hakimiyyəti")?.type, "ORG");
  // look-alikes: the district itself stays a place; a known state before the lower-case word stays the state
  assert.equal(find("Qusar rayonunda yeni məktəb tikilib.", "Qusar")?.type, "LOC");
  assert.equal(find("Rusiya hakimiyyəti bəyanat yayıb.", "Rusiya")?.type, "LOC");
});

test("a state's name right before another state's ministry is a name of its own", () => {
  const text = "Fransa Gürcüstan Müdafiə Nazirliyinə yeni radarlar verib.";
  assert.equal(find(text, "Fransa")?.type, "LOC");
  assert.equal(find(text, "Gürcüstan Müdafiə Nazirliyinə")?.type, "ORG");
  // look-alikes: a state of two words, and two words joined by `və`, are one state's ministry
  assert.ok(has("Böyük Britaniya Müdafiə Nazirliyi bəyanat yayıb.", "Böyük Britaniya Müdafiə Nazirliyi"));
  assert.ok(has("Bosniya və Herseqovina Xarici İşlər Nazirliyi səfiri çağırıb.", "Bosniya və Herseqovina Xarici İşlər Nazirliyi"));
});

test("a name adjective alone before a lower-case title is no place", () => {
  assert.ok(!has("Aİ-nin Ali nümayəndəsi Kaya Kallas Brüsseldə danışıb.", "Ali"));
  // look-alike: the same adjective opening a body's name stays in it
  assert.equal(find("Ali Məhkəmə qərar çıxarıb.", "Ali Məhkəmə")?.type, "ORG");
});

test("a common noun opening a sentence before a foreign name closed by a head is outside the name", () => {
  const a = find("Tədbir Nevada Universitetində keçirilib.", "Nevada Universitetində");
  assert.equal(a?.type, "ORG");
  assert.equal(a?.name, "Nevada Universiteti");
  assert.ok(has("Konfrans Mançester Universitetində davam edib.", "Mançester Universitetində"));
  // look-alikes: a name opening the sentence stays whole, and so does a common noun before a common word (`Dövlət`)
  assert.ok(has("Xəzər Universitetində yeni fakültə açılıb.", "Xəzər Universitetində"));
  assert.ok(has("Dövlət Neft Fondu hesabat yayıb.", "Dövlət Neft Fondu"));
});

test("a title noun opening a sentence stands for the one person the article titled with it", () => {
  const text = "BMT-nin baş katibi Antonio Quterreş Qəzzadakı vəziyyətlə bağlı bəyanat yayıb. Baş katib İsraili tənqid edib.";
  const d = doc(text);
  assert.ok(d.links?.some((l) => l.text === "katib" && l.name === "Antonio Quterreş"));
  assert.ok(d.events.some((e) => e.type === "ACCUSE" && e.actors.includes("Antonio Quterreş")));
  // (with a title's word before the noun, the noun is linked: `Ali nümayəndə`)
  const k = doc("Aİ-nin xarici siyasət üzrə Ali nümayəndəsi Kaya Kallas Kiyevə gəlib. Ali nümayəndə Rusiyanı tənqid edib.");
  assert.ok(k.links?.some((l) => l.text === "nümayəndə" && l.name === "Kaya Kallas"));
  // look-alike: two people titled so, none
  const two = doc("NATO-nun baş katibi Mark Rütte BMT-nin baş katibi Antonio Quterreş ilə görüşüb. Baş katib çıxış edib.");
  assert.ok(!two.links?.some((l) => l.text.toLowerCase() === "katib"));
});

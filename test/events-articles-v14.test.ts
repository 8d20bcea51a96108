// Articles of the South Caucasus peace process and regional security (peace talks, border commissions, mediators' visits,
// mines, prisoners, consular cases, energy diplomacy), written for these tests: a date held by a participle before a verb
// of planning, an occasion named before the dated sentence, a post's noun read as the possessive, a source owned through
// a compound, UN programmes named with their parent's genitive, and minefield maps handed over.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-09-02") => annotate({ id: "t", text, document_date: date });
const events = (text: string, date?: string) => doc(text, date).events ?? [];
const sides = (text: string, date?: string) => events(text, date).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);
const timex = (text: string, date?: string) => (doc(text, date).timexes ?? []).map((t) => t.value);

test("a date held by a bare participle before a verb of planning takes the participle's past (`avqustun 8-də imzalanan … nəzərdə tutulub`)", () => {
  assert.deepEqual(timex("Xatırladaq ki, avqustun 8-də Vaşinqtonda imzalanan bəyannamədə dəhlizin açılması nəzərdə tutulub."), ["2025-08-08"]);
  // look-alikes: a participle before a future verb may still lie ahead; a participle of planning itself points ahead
  assert.deepEqual(timex("Sentyabrın 8-də başlayan sammitdə saziş imzalanacaq."), ["2025-09-08"]);
  assert.deepEqual(timex("Sentyabrın 20-də keçirilməsi nəzərdə tutulan görüşdə saziş imzalanacaq."), ["2025-09-20"]);
});

test("an occasion named before the dated sentence, not in it, carries no date from it (`İclas çərçivəsində …` after `ötən il`)", () => {
  const text = "Bakıda keçirilən Şuranın iclasında çıxış edən Prezident İlham Əliyev bildirib ki, ölkə qaz ixracını artırmağa hazırdır. " +
    "Dövlət başçısının sözlərinə görə, Azərbaycan ötən il Avropaya 13 milyard kubmetr qaz ixrac edib. " +
    "İclas çərçivəsində SOCAR Bolqarıstan və Macarıstanın enerji şirkətləri ilə yeni müqavilələr imzalayıb.";
  const signed = events(text, "2025-02-27").find((e) => e.type === "SUPPORT");
  assert.ok(signed && signed.date !== "2024");
  // look-alike: the occasion the dated sentence itself told (`… paraflanıb. Mərasimdə …`) is on its date
  const after = events("Sülh sazişi avqustun 8-də paraflanıb. Mərasimdə Azərbaycan və Ermənistan liderləri birgə bəyannamə imzalayıblar.")
    .find((e) => e.type === "SUPPORT");
  assert.equal(after?.date, "2025-08-08");
});

test("a post's noun in the accusative read as the possessive names the one titled with it (`Əliyev komissarı qəbul edib`)", () => {
  const met = events("Aİ-nin energetika komissarı Dan Yörgensen Bakıya gəlib. Bundan başqa, İlham Əliyev komissarı qəbul edib.", "2025-02-27")
    .find((e) => e.trigger.text === "qəbul edib");
  assert.ok(met && met.actors.includes("Dan Yörgensen") && met.actors.includes("İlham Əliyev"));
  // look-alike: the post owned by a body (`Aİ komissarı`) is the post, and one before a name (`komissarı X`) that name
  const owned = doc("Aİ-nin energetika komissarı Dan Yörgensen Bakıya gəlib. Sonra Aİ komissarı Bakını tərk edib.", "2025-02-27");
  assert.ok(!(owned.links ?? []).some((l) => l.text === "komissarı" && l.tokStart !== undefined && l.start > 60));
});

test("a source owned through a compound (`X-in mətbuat xidmətinin yaydığı məlumata görə`) is no side", () => {
  const asked = events("Avropa İttifaqının xüsusi nümayəndəsi Toyvo Klaar aprelin 24-də Bakıya gələcək. Aİ-nin mətbuat xidmətinin yaydığı " +
    "məlumata görə, nümayəndə tərəfləri sülh prosesində qazanılmış nailiyyətləri qorumağa çağıracaq.", "2025-04-22");
  assert.ok(!asked.some((e) => e.type === "REQUEST" && e.actors.includes("Avropa İttifaqı")));
  // look-alike: the head of that press service is the body's side
  assert.deepEqual(sides("Aİ-nin mətbuat xidmətinin rəhbəri Ermənistanı tənqid edib."), ["ACCUSE:Aİ|Ermənistan"]);
});

test("a UN programme named with its parent's genitive is one body, and an agency's acronym after it another", () => {
  const ents = (doc("Ötən həftə BMT-nin İnkişaf Proqramı ANAMA-ya yeni minatəmizləmə avadanlığı hədiyyə edib.", "2025-06-14").entities ?? [])
    .map((e) => `${e.type}:${e.text}`);
  assert.deepEqual(ents, ["ORG:BMT-nin İnkişaf Proqramı", "ORG:ANAMA-ya"]);
  // look-alike: the UN alone before another body stays itself
  assert.ok(doc("BMT-nin Baş katibi Antonio Quterreş bəyanat yayıb.").entities?.some((e) => e.text === "BMT-nin"));
});

test("minefield maps handed to a side are information shared (`Ermənistan Azərbaycana mina xəritələrini təqdim edib`)", () => {
  assert.deepEqual(sides("Ermənistan Azərbaycana 8 rayon üzrə mina xəritələrini təqdim edib."), ["COOPERATE:Azərbaycan|Ermənistan"]);
  assert.ok(events("Ermənistan mina xəritələrini Azərbaycana təhvil verib.").some((e) => e.type === "COOPERATE" && e.actors.includes("Azərbaycan")));
  // look-alike: a map shown to journalists, with no mines and no side
  assert.deepEqual(sides("Nazir yeni yol xəritəsini jurnalistlərə təqdim edib."), []);
});

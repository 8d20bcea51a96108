// Invented whole articles of Western and global politics (tariffs and the courts blocking them, sanctions packages,
// dismissals, resignations and no-confidence votes, protests dispersed, crossings closed, visas restricted), annotated
// before the system read them: each change they led to, with a look-alike that must not change.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, document_date = "2025-06-27") => annotate({ id: "t", text, document_date });
const events = (text: string, date?: string) => doc(text, date).events ?? [];
const sides = (text: string, date?: string) => events(text, date).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);

test("a day a speaker names inside a quotation is no anchor of the narrative (`Elə həmin gün …` after it)", () => {
  const d = doc("Donald Tramp yanvarın 20-də ABŞ-ın 47-ci prezidenti kimi and içib. Çıxışında Tramp bəyan edib: \"Amerikanın " +
    "qızıl dövrü bu gün başlayır\". Elə həmin gün yeni prezident Paris iqlim sazişindən çıxmaq barədə fərman imzalayıb.", "2025-01-21");
  assert.equal(d.timexes?.find((x) => x.text === "həmin gün")?.value, "2025-01-20");
  assert.ok((d.events ?? []).some((e) => e.type === "SANCTION" && e.date === "2025-01-20"));
  // look-alike: a day the narrator names still anchors `həmin gün`
  const n = doc("Donald Tramp yanvarın 20-də and içib. Həmin gün o, Paris iqlim sazişindən çıxıb.", "2025-01-25");
  assert.equal(n.timexes?.find((x) => x.text.startsWith("Həmin"))?.value, "2025-01-20");
});

test("a body's abbreviation takes the full name the article writes out (`Avropa İttifaqının … Aİ liderləri`)", () => {
  assert.deepEqual(sides("Avropa İttifaqının Brüsseldə keçirilən sammitində paket razılaşdırılmayıb. Aİ liderləri Rusiyaya " +
    "qarşı iqtisadi sanksiyaları daha altı ay uzadıblar.").filter((s) => s.startsWith("SANCTION")), ["SANCTION:Avropa İttifaqı|Rusiya"]);
  // look-alike: an article that only abbreviates keeps its form
  assert.deepEqual(sides("Aİ liderləri Rusiyaya qarşı sanksiyaları uzadıblar."), ["SANCTION:Aİ|Rusiya"]);
});

test("`Senator` before a name is a title, outside the person's span", () => {
  const d = doc("Senator Çak Şumer bildirib: \"Bu, administrasiyanın tam səriştəsizliyini göstərir\".");
  assert.deepEqual(d.entities.map((e) => [e.type, e.text]), [["PER", "Çak Şumer"]]);
  assert.equal(d.quotes?.[0]?.speaker, "Çak Şumer");
  // look-alike: the Senate stays a body
  assert.ok(doc("ABŞ Senatı qətnaməni qəbul edib.").entities.some((e) => e.type === "ORG" && e.text === "ABŞ Senatı"));
});

test("members of a body just named as the subject (`Deputatlar … çağırıblar`) act for that body", () => {
  const text = "Avropa Parlamenti Gürcüstanla bağlı növbəti qətnamə qəbul edib. Deputatlar Bidzina İvanişviliyə qarşı " +
    "şəxsi sanksiyalar tətbiq olunmasına çağırıblar.";
  assert.deepEqual(sides(text), ["REQUEST:Avropa Parlamenti|Bidzina İvanişvili"]);
  assert.deepEqual(sides("Avropa Parlamenti qətnamə qəbul edib. Deputatlar Gürcüstanı tənqid ediblər."), ["ACCUSE:Avropa Parlamenti|Gürcüstan"]);
  // look-alikes: no body of theirs named, or a thing as the subject, asks no one
  assert.deepEqual(sides("Deputatlar Gürcüstanı sanksiyalar tətbiq etməyə çağırıblar."), []);
  assert.deepEqual(sides("Avropa Parlamenti qətnamə qəbul edib. Hesabatlar Gürcüstanı islahatlara çağırır."), []);
});

test("an act told again on the news's own day is the act told undated before it (`istefa verib … vəzifəsini tərk edib`)", () => {
  assert.deepEqual(sides("Fransanın Baş naziri Sebastyan Lekornü istefa verib. Lekornü hökumətin tərkibini elan etdikdən cəmi " +
    "14 saat sonra vəzifəsini tərk edib.", "2025-10-06").filter((s) => s.startsWith("RETREAT")), ["RETREAT:Fransa|Sebastyan Lekornü"]);
  // look-alike: one on another day is another act
  assert.equal(events("Fransua Bayru istefa verib. Sentyabrın 9-da Bayru yenidən istefa verib.", "2025-10-06")
    .filter((e) => e.type === "RETREAT").length, 2);
});

test("an official dismissed by another (`X-i vəzifəsindən azad edib`) is coerced", () => {
  assert.deepEqual(sides("ABŞ prezidenti Donald Tramp müşaviri Maykl Uoltsu vəzifəsindən azad edib.", "2025-05-02"),
    ["COERCE:ABŞ|Donald Tramp|Maykl Uolts"]);
  // look-alikes: relieved at one's own request, relieved and moved to another post, the appointing power, freed from prison
  assert.deepEqual(sides("Direktor Anar Məmmədov öz ərizəsi ilə vəzifəsindən azad edilib."), []);
  assert.deepEqual(sides("Bəylər Eyyubov tutduğu vəzifədən azad edilərək, Prezident Katibliyinin rəisi vəzifəsinə təyin olunub."), []);
  assert.deepEqual(sides("Rektor klinikanın rəhbərini vəzifəyə təyin və ya vəzifədən azad edə bilməz."), []);
  assert.deepEqual(sides("Tramp jurnalisti həbsdən azad edib.").map((s) => s.split(":")[0]), ["RETREAT"]);
});

test("a resignation handed in, and a government voted out", () => {
  assert.deepEqual(sides("Fransua Bayru istefa ərizəsini Emmanuel Makrona təqdim edib."), ["RETREAT:Emmanuel Makron|Fransua Bayru"]);
  assert.deepEqual(sides("Sentyabrın 8-də Milli Assambleya Fransua Bayru hökumətinə etimadsızlıq göstərib.", "2025-10-06"),
    ["REJECT:Fransua Bayru|Milli Assambleya"]);
  // look-alikes: a resignation taken back, distrust only felt
  assert.deepEqual(sides("Fransua Bayru istefa ərizəsini geri götürüb."), []);
  assert.deepEqual(sides("Cəmiyyətdə hökumətə qarşı etimadsızlıq mühiti yaranıb."), []);
});

test("crossings closed, visas restricted, retaliatory tariffs announced", () => {
  assert.deepEqual(sides("Ötən ay Polşa Belarusla sərhəddəki iki keçid məntəqəsini bağlamışdı.", "2025-08-14"), ["COERCE:Belarus|Polşa"]);
  assert.deepEqual(sides("Litva hökuməti Belarus vətəndaşlarına viza verilməsini məhdudlaşdırmaq qərarına gəlib."), ["COERCE:Belarus|Litva"]);
  assert.deepEqual(sides("Ertəsi gün Çin ABŞ mallarına 34 faizlik cavab rüsumları elan edib."), ["SANCTION:ABŞ|Çin"]);
  // look-alikes: a crossing opened, a fee's amount announced, a number limited
  assert.deepEqual(sides("Litva keçid məntəqəsini yenidən açıb."), []);
  assert.deepEqual(sides("Nazirlik idxal rüsumlarının yeni dərəcələrini elan edib."), []);
  assert.deepEqual(sides("Bu il ölkəyə gələn avtomobillərin sayı məhdudlaşdırılıb."), []);
});

test("pepper gas on protesters and a court blocking a leader's tariffs", () => {
  assert.deepEqual(events("Türkiyə polisi İstanbulda nümayişçilərə qarşı bibər qazından istifadə edib.").map((e) => e.type), ["ASSAULT"]);
  assert.deepEqual(sides("ABŞ-ın Beynəlxalq Ticarət Məhkəməsi prezident Donald Trampın idxal rüsumlarını bloklayıb.").map((s) => s.split(":")[0]), ["REJECT"]);
  // look-alikes: pepper on the market, a card blocked
  assert.deepEqual(sides("Bazarda bibər qiyməti artıb."), []);
  assert.deepEqual(sides("Bank müştərinin kartını bloklayıb."), []);
});

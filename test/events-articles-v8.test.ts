// Articles of Turkey, Iran, Central Asia and multilateral formats (visits, summits of the Organization of Turkic States,
// intergovernmental commissions, aid after disasters, Iran's nuclear talks), written for these tests: a first name spelt
// with q for a known k, a gathering's date carried to its sides' acts, a country's leader titled before, the two leaders,
// a visit's frame after a comma, a summit framing a meeting, force on a condition announced, a coming date of what was
// agreed, the two countries between whom documents are signed, and the phrasings of ./src/lang/az/events/articles-v8.ts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-06-16") => annotate({ id: "t", text, document_date: date });
const events = (text: string, date?: string) => doc(text, date).events ?? [];
const show = (text: string, date?: string) => events(text, date).map((e) => `${e.type}:${e.date}:${[...e.actors].sort().join("|")}`);
const people = (text: string) => doc(text).entities.filter((e) => e.type === "PER").map((e) => `${e.text}=${e.name}`);

test("a known person's first name spelt with q for k is their name (`Qasım-Jomart Tokayev`), one person", () => {
  assert.deepEqual(people("Qazaxıstan Prezidenti Qasım-Jomart Tokayev Bakıya gəlib."), ["Qasım-Jomart Tokayev=Qasım-Jomart Tokayev"]);
  const [e] = events("Qazaxıstan Prezidenti Qasım-Jomart Tokayev Bakıya gəlib. Tokayev İlham Əliyevlə görüşüb.").filter((x) => x.trigger.text === "görüşüb");
  assert.ok(e.actors.includes("Qasım-Jomart Tokayev") && !e.actors.includes("Tokayev"));
  // look-alike: a word of another first letter before a known surname is another person's name
  assert.deepEqual(people("ABŞ Prezidentinin nümayəndəsi Uitkoff Putin ilə görüşüb."), ["Uitkoff=Uitkoff", "Putin=Putin"]);
});

test("a gathering of the sides held on a date dates the acts of its sides told right after it", () => {
  const text = "Azərbaycan-Özbəkistan hökumətlərarası komissiyasının iclası iyunun 14-də Daşkənddə keçirilib. " +
    "İclasda Azərbaycan tərəfinə Mikayıl Cabbarov rəhbərlik edib. Tərəflər yol xəritəsi hazırlamağa razılaşıblar. " +
    "İclasın yekununda 7 sənəd imzalanıb.";
  assert.deepEqual(show(text).filter((s) => !s.startsWith("CONSULT")),
    ["AGREE:2025-06-14:Azərbaycan|Özbəkistan", "SUPPORT:2025-06-14:Azərbaycan|Özbəkistan"]);
  // look-alike: a background paragraph is not within the gathering
  const back = "Azərbaycan və Özbəkistan arasında hökumətlərarası komissiyanın iclası iyunun 14-də Daşkənddə keçirilib. " +
    "Xatırladaq ki, Azərbaycan və Özbəkistan strateji tərəfdaşlıq haqqında bəyannamə imzalayıblar.";
  assert.ok(!show(back).some((s) => s.startsWith("SUPPORT:2025-06-14")));
});

test("a sentence opening with a gathering's noun is the gathering just told, under any of its nouns (`… Görüşü … Tədbirdə …`)", () => {
  const text = "Mərkəzi Asiya dövlət başçılarının Məşvərətçi Görüşü noyabrın 16-da Daşkənddə keçirilib. " +
    "Tədbirdə Azərbaycan Prezidenti İlham Əliyev iştirak edib. Şavkat Mirziyoyev tədbirdən əvvəl İlham Əliyevi qarşılayıb.";
  const dates = events(text, "2025-11-17").filter((e) => e.actors.includes("İlham Əliyev")).map((e) => e.date);
  assert.deepEqual(dates, ["2025-11-16", "2025-11-16"]);
  // look-alike: a gathering of another day told by its own date keeps it
  assert.ok(show("Görüş noyabrın 16-da keçirilib. Noyabrın 17-də tədbirdə İlham Əliyev iştirak edib.", "2025-11-18")
    .some((s) => s.startsWith("CONSULT:2025-11-17")));
});

test("a country's leader is the head of state or government the article titled before (`İran Prezidenti X … İran lideri`)", () => {
  const [inv] = events("İran Prezidenti Məsud Pezeşkian Bakıya gəlib. İran lideri İlham Əliyevi İrana səfərə dəvət edib.", "2025-04-28")
    .filter((e) => e.type === "AGREE");
  assert.equal(inv.actors[0], "Məsud Pezeşkian");
  // (so where the article spells the holder otherwise than the office table: `Qasım-Jomart` for `Kasım-Jomart`)
  const [, praise] = events("Qazaxıstan Prezidenti Qasım-Jomart Tokayev Bakıya gələcək. Qazaxıstan lideri İlham Əliyevi təbrik edib.", "2025-08-21");
  assert.equal(praise.actors[0], "Qasım-Jomart Tokayev");
  // look-alike: with no one titled before, the country's leading office
  const [alone] = events("İran lideri İlham Əliyevi İrana səfərə dəvət edib.", "2025-04-28");
  assert.equal(alone.actors[0], "Əli Xamenei");
});

test("`İki lider` are the two leaders just told, not a council named as the setting", () => {
  const text = "Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan İran Prezidenti Məsud Pezeşkianla telefonla danışıb. " +
    "İki lider aprel ayında Tehranda keçiriləcək Yüksək Səviyyəli Əməkdaşlıq Şurasının iclasında görüşəcəklərini razılaşdırıblar.";
  const meet = events(text, "2025-03-12").find((e) => e.date === "2025-04");
  assert.ok(meet && meet.actors.includes("Rəcəb Tayyib Ərdoğan") && meet.actors.includes("Məsud Pezeşkian"));
});

test("a visit's frame after a comma (`Onun sözlərinə görə, səfər çərçivəsində …`) keeps the meeting within it its own act", () => {
  const text = "Qazaxıstan Prezidenti Qasım-Jomart Tokayev avqustun 22-də Azərbaycana dövlət səfərinə gələcək. Bu barədə mətbuat katibi " +
    "məlumat verib. Onun sözlərinə görə, səfər çərçivəsində Tokayev Prezident İlham Əliyevlə təkbətək görüş keçirəcək.";
  assert.deepEqual(show(text, "2025-08-21"), ["CONSULT:2025-08-22:Azərbaycan|Qasım-Jomart Tokayev|Qazaxıstan",
    "CONSULT:2025-08-22:Qasım-Jomart Tokayev|Qazaxıstan|İlham Əliyev"]);
});

test("a summit framing a meeting (`NATO sammiti çərçivəsində Y ilə görüşüb`) is its setting: the meeting is the act", () => {
  const text = "Rəcəb Tayyib Ərdoğan Haaqada keçirilən NATO sammiti çərçivəsində Donald Trampla görüşüb. " +
    "Qeyd edək ki, Ərdoğan iyunun 24-də sammitin rəsmi şam yeməyində də iştirak edib.";
  const [meet] = events(text, "2025-06-25");
  assert.deepEqual([meet.trigger.text, meet.date], ["görüşüb", "2025-06-25"]);
  // look-alike: a meeting after a call (`söhbətdən sonra`) keeps the call
  assert.ok(events("Tramp Putinlə telefon söhbətindən sonra Zelenski ilə görüşüb.", "2025-06-25").length >= 1);
});

test("force said to be possible on a condition by the one who announces it is a threat", () => {
  assert.deepEqual(events("Tramp razılaşma əldə olunmayacağı təqdirdə İrana qarşı hərbi zərbələr endirilə biləcəyini bəyan edib.", "2025-05-20")
    .map((e) => `${e.type}:${e.mode}`), ["THREATEN:asserted"]);
  // look-alike: with no condition, a strike held possible
  assert.deepEqual(events("Tramp İrana qarşı hərbi zərbələr endirilə biləcəyini bəyan edib.", "2025-05-20").map((e) => `${e.type}:${e.mode}`),
    ["ASSAULT:possible"]);
});

test("a coming date in the clause of an agreement told done is what was agreed, not the agreement's date", () => {
  assert.deepEqual(show("Azərbaycan və Türkiyə 2030-cu ilə qədər ticarət dövriyyəsini artırmaq barədə razılığa gəliblər.", "2025-06-25"),
    ["AGREE:2025-06-25:Azərbaycan|Türkiyə"]);
  // look-alike: a meeting still to come is on its coming date
  assert.deepEqual(show("Azərbaycan və Türkiyə 2026-cı ildə görüş keçirəcəklər.", "2025-06-25"), ["CONSULT:2026:Azərbaycan|Türkiyə"]);
});

test("the two countries between whom documents are signed are states (or capitals standing for them): not a corridor or a residence", () => {
  const text = "İran Prezidenti Məsud Pezeşkian Bakıya gəlib. Zuğulba rezidensiyasında İlham Əliyev ilə Məsud Pezeşkianın görüşü " +
    "keçirilib. Görüşdə Araz dəhlizi üzrə işlər müzakirə edilib. Sonra iki ölkə arasında sənədlərin imzalanması mərasimi keçirilib.";
  const signed = events(text, "2025-04-28").filter((e) => e.type === "SUPPORT");
  assert.equal(signed.length, 1);
  assert.ok(!signed[0].actors.includes("Araz") && !signed[0].actors.includes("Zuğulba") && signed[0].actors.includes("Azərbaycan"));
  // look-alike: two states named before are the two countries
  assert.deepEqual(show("Gürcüstan və Ermənistan nazirləri Tbilisidə görüşüb. İki ölkə arasında saziş imzalanıb.", "2025-04-28")
    .filter((s) => s.startsWith("SUPPORT")), ["SUPPORT:2025-04-28:Ermənistan|Gürcüstan"]);
});

test("an offer not accepted so far (`təklifi hələlik qəbul etməyib`) is refused", () => {
  assert.deepEqual(show("Qazaxıstan BRİKS-ə tərəfdaş ölkə statusu ilə bağlı təklifi hələlik qəbul etməyib.", "2025-01-10"),
    ["REJECT:2025-01-10:BRİKS|Qazaxıstan"]);
  // look-alike: an offer accepted
  assert.deepEqual(show("Qazaxıstan BRİKS-in təklifini hələ dekabrda qəbul edib.", "2025-01-10").map((s) => s.split(":")[0]), ["AGREE"]);
});

test("the phrasings of articles-v8: a state represented at a summit, rescuers sent, claims called something", () => {
  assert.deepEqual(show("Ölkəni sammitdə Raşid Meredov təmsil edib.", "2025-10-07"), ["CONSULT:2025-10-07:Raşid Meredov"]);
  assert.deepEqual(show("Türkiyə Qırğızıstana xilasedici qruplar göndərib.", "2025-07-03"), ["AID:2025-07-03:Qırğızıstan|Türkiyə"]);
  assert.deepEqual(show("İran bu iddiaları siyasi motivli adlandırıb.", "2025-05-20"), ["REJECT:2025-05-20:İran"]);
  // look-alikes: a firm represented on a market, rescuers sent to a fire, a project called a success
  assert.deepEqual(show("Şirkət Azərbaycan bazarında geniş təmsil olunur."), []);
  assert.deepEqual(show("Yanğın yerinə xilasedici qrup göndərilib."), []);
  assert.deepEqual(show("Ekspert bu layihəni uğurlu adlandırıb."), []);
});

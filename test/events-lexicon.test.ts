// Breadth of the trigger lexicon: how news words PLOVER's acts (charges and investigations, readiness,
// tariffs, leaving, releases, emergencies, fines, lifting sanctions) and the look-alikes that are no
// event (a dismissal, a liberation named as a time, a service offered, a proposed bill). Sentences are
// invented for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { getLanguage } from "../src/lang/index.js";
import { extractEvents } from "../src/extract/events/index.js";
import { docOf, entity, timex } from "./helpers-events.js";

const az = getLanguage("az");

test("charges brought and criminal cases opened are ACCUSE", () => {
  const d = docOf("Baş Prokurorluq Con Smitə ittiham elan edib. Baş Prokurorluq tərəfindən Norveç şirkəti barəsində cinayət işi başlanıb.");
  entity(d, "Baş Prokurorluq", "ORG", "Baş Prokurorluq", 0);
  entity(d, "Con Smitə", "PER", "Con Smit");
  entity(d, "Baş Prokurorluq", "ORG", "Baş Prokurorluq", 1);
  entity(d, "Norveç", "LOC", "Norveç");
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => e.type), ["ACCUSE", "ACCUSE"]);
  assert.ok(evs[0].actors.includes("Con Smit"));
  assert.equal(evs[1].plover_mode, "investigate");
  assert.equal(evs[1].trigger.text, "cinayət işi başlanıb");
});

test("readiness stated after a noun or an infinitive is AGREE; a thing ready for use is not", () => {
  const d = docOf("Norveç Fransa ilə əməkdaşlığa hazırdır. Norveçdə istismara hazır olan stansiya var.");
  entity(d, "Norveç", "LOC", "Norveç", 0);
  entity(d, "Fransa", "LOC", "Fransa");
  entity(d, "Norveçdə", "LOC", "Norveç");
  const evs = extractEvents(d, az);
  assert.equal(evs.length, 1);
  assert.equal(evs[0].type, "AGREE");
  assert.equal(evs[0].mode, "asserted");
  assert.deepEqual(evs[0].actors, ["Norveç", "Fransa"]);
});

test("tariffs imposed, even named in the genitive before the act, are SANCTION; lifting sanctions is CONCEDE", () => {
  const d = docOf("Con Smit Fransanın məhsullarına rüsumun tətbiq ediləcəyini bəyan edib. Norveç Fransaya qarşı sanksiyaları aradan qaldırıb.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Fransanın", "LOC", "Fransa", 0);
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransaya", "LOC", "Fransa");
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => e.type), ["SANCTION", "CONCEDE"]);
  assert.equal(evs[0].actors[0], "Con Smit");
  assert.equal(evs[1].actors[0], "Norveç");
});

test("leaving a named country is RETREAT; anyone's journey out of a country is no event", () => {
  const d = docOf("Norveç diplomatları Fransanı tərk ediblər. Sərnişin ölkə ərazisini tərk edərkən sənəd təqdim edir.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransanı", "LOC", "Fransa");
  const evs = extractEvents(d, az);
  assert.equal(evs.length, 1);
  assert.equal(evs[0].type, "RETREAT");
  assert.deepEqual(evs[0].actors, ["Norveç", "Fransa"]);
});

test("releasing captives is RETREAT; a dismissal and a liberation named as a time are not", () => {
  const d = docOf("Norveç girovları sərbəst buraxıb. Con Smit vəzifədən azad edilib. Şuşa işğaldan azad edildikdən sonra bərpa olunur.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Şuşa", "LOC", "Şuşa");
  const evs = extractEvents(d, az);
  assert.equal(evs.length, 1);
  assert.equal(evs[0].type, "RETREAT");
  assert.equal(evs[0].plover_mode, "release");
  assert.deepEqual(evs[0].actors, ["Norveç"]);
});

test("a state of emergency declared and a fine are COERCE; a service offered and a proposed bill are no AGREE", () => {
  const d = docOf("Con Smit ölkədə fövqəladə vəziyyət elan edib. Polis Əli Vəliyevi cərimələyib. Norveç Bankı müştərilərə yeni xidmət təklif edir. Qanuna təklif edilən dəyişiklik Norveç parlamentində müzakirə olunub.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Əli Vəliyevi", "PER", "Əli Vəliyev");
  entity(d, "Norveç Bankı", "ORG", "Norveç Bankı");
  entity(d, "Norveç", "LOC", "Norveç", 1);
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => [e.type, e.plover_mode]), [["COERCE", "martial-law"], ["COERCE", "restrict"]]);
  assert.ok(evs[1].actors.includes("Əli Vəliyev"));
});

test("idioms with a case-marked noun: going for a compromise, meeting up, allowing exceptions", () => {
  const d = docOf("Norveç güzəştə gedib. Con Smit Əli Vəliyevlə bir araya gəlib. Con Smit istisnalara yol verib.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Con Smit", "PER", "Con Smit", 0);
  entity(d, "Əli Vəliyevlə", "PER", "Əli Vəliyev");
  entity(d, "Con Smit", "PER", "Con Smit", 1);
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => e.type), ["CONCEDE", "CONSULT", "CONCEDE"]);
  assert.deepEqual(evs[1].actors, ["Con Smit", "Əli Vəliyev"]);
  // `gəl` is also a visit verb: the idiom is not a visit to anywhere
  assert.ok(!evs.some((e) => e.plover_mode === "visit"));
});

test("destroying goods is COERCE, an import ban SANCTION, tariffs raised past figures SANCTION", () => {
  const d = docOf("Norveç gömrükçüləri Fransadan gətirilmiş 5 ton almanı məhv edib. Norveç Fransa almalarının idxalına qadağa qoyub. " +
    "Fransa Norveç mallarına rüsumları 10 %-dən 40 %-ə qaldırıb.");
  entity(d, "Norveç", "LOC", "Norveç", 0);
  entity(d, "Fransadan", "LOC", "Fransa");
  entity(d, "Norveç", "LOC", "Norveç", 1);
  entity(d, "Fransa", "LOC", "Fransa", 1);
  entity(d, "Fransa", "LOC", "Fransa", 2);
  entity(d, "Norveç", "LOC", "Norveç", 2);
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => [e.type, e.cameo]), [["COERCE", "171"], ["SANCTION", "163"], ["SANCTION", "163"]]);
  assert.equal(evs[2].actors[0], "Fransa");
});

test("finishing a mission (`başa vurub`) is no strike; an attack word naming a kind of thing is no attack", () => {
  const d = docOf("Con Smit missiyasını başa vurub. Bu məsələ Norveçə hücum alətinə çevrilməməlidir.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Norveçə", "LOC", "Norveç");
  const evs = extractEvents(d, az);
  assert.ok(!evs.some((e) => e.type === "ASSAULT"));
});

test("a gift given to a leader or received from a state is AID, the giver by its agent or its ablative", () => {
  const d = docOf("Bu hədiyyə Norveç tərəfindən prezident Con Smitə verilib. Con Smit Fransa hökumətindən hədiyyə olaraq qəbul edib. " +
    "Liderlər hədiyyələr qəbul ediblər.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Con Smitə", "PER", "Con Smit");
  entity(d, "Con Smit", "PER", "Con Smit", 1);
  entity(d, "Fransa", "LOC", "Fransa");
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => e.type), ["AID", "AID"]);
  assert.deepEqual(evs[0].actors, ["Norveç", "Con Smit"]);
  assert.ok(evs[1].actors.includes("Fransa"));
});

test("signing an agreement is SUPPORT; signing one's own decree or law is a domestic act, no event", () => {
  const d = docOf("Norveç və Fransa saziş imzalayıblar. Norveç Prezidenti Con Smit sərəncam imzalayıb. Con Smit yeni qanunu imzalayıb.");
  entity(d, "Norveç", "LOC", "Norveç", 0);
  entity(d, "Fransa", "LOC", "Fransa");
  entity(d, "Norveç", "LOC", "Norveç", 1);
  entity(d, "Con Smit", "PER", "Con Smit", 0);
  entity(d, "Con Smit", "PER", "Con Smit", 1);
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => e.type), ["SUPPORT"]);
  assert.deepEqual(evs[0].actors, ["Norveç", "Fransa"]);
});

test("air strikes are ASSAULT, fighting that lasted a conflict; damage caused (`zərər vurub`) is no strike", () => {
  const d = docOf("Norveç Fransanın hava limanına aviazərbələr endirib. İsveç ilə Danimarka arasında iki gün davam edən münaqişə bitib. " +
    "Fırtına Norveçə ciddi zərər vurub.");
  entity(d, "Norveç", "LOC", "Norveç", 0);
  entity(d, "Fransanın", "LOC", "Fransa");
  entity(d, "İsveç", "LOC", "İsveç");
  entity(d, "Danimarka", "LOC", "Danimarka");
  entity(d, "Norveçə", "LOC", "Norveç");
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => [e.type, e.cameo]), [["ASSAULT", "195"], ["ASSAULT", "190"]]);
  assert.deepEqual(evs[0].actors, ["Norveç", "Fransa"]);
});

test("a prisoner freed (not arrested: `həbsdən`) is RETREAT; removal from office is COERCE; accepting a ceasefire is RETREAT", () => {
  const d = docOf("Con Smit həbsdən azadlığa buraxılıb. Hökumət Pyer Dyuponu vəzifəsindən uzaqlaşdırıb. Norveç atəşkəsi qəbul edib.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Pyer Dyuponu", "PER", "Pyer Dyupon");
  entity(d, "Norveç", "LOC", "Norveç");
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => [e.type, e.plover_mode]), [["RETREAT", "release"], ["COERCE", "restrict"], ["RETREAT", "ceasefire"]]);
  assert.ok(evs[1].actors.includes("Pyer Dyupon"));
});

test("hosting a conference is taking part (CONSULT); a pilgrimage and a call to a service number are no consultation", () => {
  const d = docOf("Norveç ötən il iqlim konfransına ev sahibliyi edib. Fransada Həcc ziyarəti davam edir. " +
    "Ətraflı məlumat üçün Norveç Bankının Çağrı Mərkəzinə zəng edin. Con Smit Pyer Dyupona zəng edib.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransada", "LOC", "Fransa");
  entity(d, "Norveç Bankının Çağrı Mərkəzinə", "ORG", "Norveç Bankının Çağrı Mərkəzi");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Pyer Dyupona", "PER", "Pyer Dyupon");
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => [e.type, e.cameo]), [["CONSULT", "040"], ["CONSULT", "041"]]);
  assert.deepEqual(evs[1].actors, ["Con Smit", "Pyer Dyupon"]);
});

test("receiving a guest is CONSULT; adopting a named programme is not; revoking visas restricts, lifting a visa regime concedes", () => {
  const d = docOf("Con Smit Norveç İnkişaf Konsepsiyasını qəbul edib. Con Smit Pyer Dyuponu qəbul edib. " +
    "Norveç Fransa vətəndaşlarına viza verilməsini ləğv edib. Norveç Fransa üçün viza rejimini ləğv edib.");
  entity(d, "Con Smit", "PER", "Con Smit", 0);
  entity(d, "Norveç İnkişaf Konsepsiyasını", "MISC", "Norveç İnkişaf Konsepsiyası");
  entity(d, "Con Smit", "PER", "Con Smit", 1);
  entity(d, "Pyer Dyuponu", "PER", "Pyer Dyupon");
  entity(d, "Norveç", "LOC", "Norveç", 1);
  entity(d, "Fransa", "LOC", "Fransa", 0);
  entity(d, "Norveç", "LOC", "Norveç", 2);
  entity(d, "Fransa", "LOC", "Fransa", 1);
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => e.type), ["CONSULT", "COERCE", "CONCEDE"]);
  assert.deepEqual(evs[0].actors, ["Con Smit", "Pyer Dyupon"]);
});

test("fighting that ended in a truce (`atəşkəslə başa çatıb`) is RETREAT by both sides", () => {
  const d = docOf("Norveç və Fransa arasında üç gün davam edən münaqişə oktyabrın 5-də atəşkəslə başa çatıb.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  timex(d, "oktyabrın 5-də", "2025-10-05");
  const retreat = extractEvents(d, az).find((e) => e.type === "RETREAT");
  assert.ok(retreat);
  assert.equal(retreat.plover_mode, "ceasefire");
  assert.deepEqual([...retreat.actors].sort(), ["Fransa", "Norveç"]);
  assert.equal(retreat.date, "2025-10-05");
});

test("greetings conveyed from one leader to another are SUPPORT", () => {
  const d = docOf("Con Smit Norveç Kralının salamlarını Fransa Prezidentinə çatdırıb.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => e.type), ["SUPPORT"]);
  assert.equal(evs[0].actors[0], "Con Smit");
});

test("a plan an army prepares is a threat; a plan of anything else is no event", () => {
  const d = docOf("Norveç ordusu Fransaya qarşı yeni plan hazırlayır. Norveç hökuməti kənd təsərrüfatı üzrə yeni plan hazırlayır.");
  entity(d, "Norveç", "LOC", "Norveç", 0);
  entity(d, "Fransaya", "LOC", "Fransa");
  entity(d, "Norveç", "LOC", "Norveç", 1);
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => e.type), ["THREATEN"]);
  assert.equal(evs[0].actors[0], "Norveç");
});

test("a border opened is CONCEDE; a border open (`açıqdır`) or an announcement is not", () => {
  const d = docOf("Norveç Fransa ilə sərhədi açıb. İsveç sərhədi açıqdır. Danimarka sərhəd məsələsini açıqlayıb.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  entity(d, "İsveç", "LOC", "İsveç");
  entity(d, "Danimarka", "LOC", "Danimarka");
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => e.type), ["CONCEDE"]);
  assert.equal(evs[0].actors[0], "Norveç");
});

test("an agreement reached with its date between the noun and the verb is AGREE on that date", () => {
  const d = docOf("Norveç və Fransa arasında razılaşma ötən ilin oktyabrında əldə olunub.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  timex(d, "ötən ilin oktyabrında", "2024-10");
  const agree = extractEvents(d, az).find((e) => e.type === "AGREE");
  assert.ok(agree);
  assert.equal(agree.date, "2024-10");
  assert.deepEqual([...agree.actors].sort(), ["Fransa", "Norveç"]);
});

test("readiness to open a market to another side is AGREE", () => {
  const d = docOf("Norveç bazarını Fransa şirkətlərinə açmağa hazırdır.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => e.type), ["AGREE"]);
  assert.ok(evs[0].actors.includes("Fransa"));
});

test("not complying with a side's demands is REJECT, told as done; complying is yielding, CONCEDE (helper pa-coop2)", () => {
  const d = docOf("Norveç Fransanın tələblərini yerinə yetirməyib. İsveç Danimarkanın tələblərini yerinə yetirib.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransanın", "LOC", "Fransa");
  entity(d, "İsveç", "LOC", "İsveç");
  entity(d, "Danimarkanın", "LOC", "Danimarka");
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => [e.type, e.mode, e.actors]), [["REJECT", "asserted", ["Norveç", "Fransa"]], ["CONCEDE", "asserted", ["İsveç", "Danimarka"]]]);
});

test("diplomatic relations established are SUPPORT; an understanding reached and common ground found are AGREE", () => {
  const d = docOf("Norveç Fransa ilə diplomatik münasibətlər qurub. İsveç və Danimarka ortaq məxrəcə gəliblər. Norveç ilə Fransa arasında anlaşma əldə olunub.");
  entity(d, "Norveç", "LOC", "Norveç", 0);
  entity(d, "Fransa", "LOC", "Fransa", 0);
  entity(d, "İsveç", "LOC", "İsveç");
  entity(d, "Danimarka", "LOC", "Danimarka");
  entity(d, "Norveç", "LOC", "Norveç", 1);
  entity(d, "Fransa", "LOC", "Fransa", 1);
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => [e.type, e.cameo]), [["SUPPORT", "054"], ["AGREE", "030"], ["AGREE", "030"]]);
  assert.deepEqual(evs[0].actors, ["Norveç", "Fransa"]);
});

test("ruling a course out and calling a step unacceptable are REJECT; `istisna` of a rule is not", () => {
  const d = docOf("Con Smit sazişdən çıxmaq ehtimalını istisna edib. Norveç Fransanın addımını qəbuledilməz hesab edib. Bu qayda ödənişləri istisna edir.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransanın", "LOC", "Fransa");
  const evs = extractEvents(d, az).filter((e) => e.type === "REJECT");
  assert.equal(evs.length, 2);
  assert.equal(evs[0].actors[0], "Con Smit");
  assert.equal(evs[1].actors[0], "Norveç");
});

test("demands put forward are REQUEST; accusations and criticism voiced are ACCUSE", () => {
  const d = docOf("Norveç Fransaya tələblərini irəli sürüb. Con Smit Fransaya qarşı ittihamlar səsləndirib. Norveç Fransanın siyasətinə tənqidlər səsləndirib.");
  entity(d, "Norveç", "LOC", "Norveç", 0);
  entity(d, "Fransaya", "LOC", "Fransa", 0);
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Fransaya", "LOC", "Fransa", 1);
  entity(d, "Norveç", "LOC", "Norveç", 1);
  entity(d, "Fransanın", "LOC", "Fransa");
  assert.deepEqual(extractEvents(d, az).map((e) => e.type), ["REQUEST", "ACCUSE", "ACCUSE"]);
});

test("taking to the streets is PROTEST", () => {
  const d = docOf("Norveçdə minlərlə tələbə küçələrə çıxıb.");
  entity(d, "Norveçdə", "LOC", "Norveç");
  assert.deepEqual(extractEvents(d, az).map((e) => e.type), ["PROTEST"]);
});

test("assets frozen, a blacklist and a tariff decree are SANCTION; a parliament's recess is no strike", () => {
  const d = docOf("Norveç Fransa şirkətlərinin aktivlərini dondurub. İsveç Fransa bankını qara siyahıya salıb. Con Smit yeni tarif fərmanı imzalayıb. Norveç parlamenti tətilə çıxıb.");
  entity(d, "Norveç", "LOC", "Norveç", 0);
  entity(d, "Fransa", "LOC", "Fransa", 0);
  entity(d, "İsveç", "LOC", "İsveç");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Norveç", "LOC", "Norveç", 1);
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => e.type), ["SANCTION", "SANCTION", "SANCTION"]);
  assert.equal(evs[2].trigger.text, "tarif fərmanı");
});

test("troops and military hardware deployed are MOBILIZE; peacekeepers sent are AID; laying down arms is RETREAT", () => {
  const d = docOf("Norveç sərhədə hərbi texnika yerləşdirib. Fransa bölgəyə əlavə hərbçilər göndərib. İsveç Danimarkaya sülhməramlılar göndərəcək. Üsyançılar silahı yerə qoyublar.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  entity(d, "İsveç", "LOC", "İsveç");
  entity(d, "Danimarkaya", "LOC", "Danimarka");
  const types = extractEvents(d, az).map((e) => e.type);
  assert.deepEqual(types, ["MOBILIZE", "MOBILIZE", "AID", "RETREAT"]);
});

test("a military operation launched is ASSAULT; a joint operation is COOPERATE; annexation (CAMEO 192, seize) and prison are COERCE", () => {
  const d = docOf("Norveç Fransaya qarşı hərbi əməliyyata başlayıb. Norveç və İsveç birgə hərbi əməliyyat keçirib. Fransa adanı ilhaq edib. Con Smit həbsxanaya salınıb.");
  entity(d, "Norveç", "LOC", "Norveç", 0);
  entity(d, "Fransaya", "LOC", "Fransa");
  entity(d, "Norveç", "LOC", "Norveç", 1);
  entity(d, "İsveç", "LOC", "İsveç");
  entity(d, "Fransa", "LOC", "Fransa");
  entity(d, "Con Smit", "PER", "Con Smit");
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => e.type), ["ASSAULT", "COOPERATE", "COERCE", "COERCE"]);
  assert.deepEqual(evs[0].actors, ["Norveç", "Fransa"]);
});

test("proposing that others act is REQUEST; offering a thing stays AGREE", () => {
  const d = docOf("Norveç hökuməti Fransaya idxalı qadağan etməyi təklif edib. Con Smit Fransaya kredit xətti təklif edib.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransaya", "LOC", "Fransa", 0);
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Fransaya", "LOC", "Fransa", 1);
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => e.type), ["REQUEST", "AGREE"]);
  assert.deepEqual(evs[0].actors, ["Norveç", "Fransa"]);
});

test("tariffs cut or their application stopped is RETREAT (easing an economic sanction)", () => {
  const d = docOf("Norveç Fransaya qarşı tarifləri azaldıb. Con Smit rüsumların tətbiqini dayandırıb.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransaya", "LOC", "Fransa");
  entity(d, "Con Smit", "PER", "Con Smit");
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => [e.type, e.plover_mode, e.actors[0]]), [["RETREAT", "ease", "Norveç"], ["RETREAT", "ease", "Con Smit"]]);
});

test("a decision to act tells the act as taken; a decision that is a condition tells none", () => {
  const d = docOf("Con Smit partiya sədri postundan getmək qərarına gəlib. Norveç rüsum tətbiq etmək qərarına gəlsə, Fransa cavab verəcək.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  const evs = extractEvents(d, az);
  assert.equal(evs.length, 1);
  assert.deepEqual([evs[0].type, evs[0].plover_mode, evs[0].mode, evs[0].actors[0]], ["RETREAT", "resign", "asserted", "Con Smit"]);
});

test("aid demanded or begged from someone is asked for (REQUEST), not given", () => {
  for (const text of ["Norveç Fransadan hərbi yardım tələb edib.", "Norveç Fransadan kömək xahiş edib."]) {
    const d = docOf(text);
    entity(d, "Norveç", "LOC", "Norveç");
    entity(d, "Fransadan", "LOC", "Fransa");
    assert.deepEqual(extractEvents(d, az).map((e) => [e.type, e.actors]), [["REQUEST", ["Norveç", "Fransa"]]], text);
  }
});

test("a goal scored is sport, not a strike", () => {
  const d = docOf("Con Smit Norveç millisinə iki qol vurub.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Norveç", "LOC", "Norveç");
  assert.deepEqual(extractEvents(d, az), []);
});

// Articles of money and force outside diplomacy (sanctions, tariffs, aid, troops, ceasefires, prisoner swaps), written
// for these tests: the sides a group phrase names, the place a meeting was held at, a signing's own ceremony, an act done
// told after the same act planned, tariffs described by an imposing participle, and a part of the troops.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string) => annotate({ id: "t", text, document_date: "2025-11-20" }).events ?? [];
const sides = (text: string) => events(text).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);

test("a group phrase as the subject names the sides of the two-sided act just told, not the mediator or a sea", () => {
  // (the swap retold by `hər iki tərəf` is the swap, once: not the mediator's release)
  assert.deepEqual(sides("Rusiya və Ukrayna arasında əsir mübadiləsi həyata keçirilib. Mübadilə Birləşmiş Ərəb Əmirliklərinin " +
    "vasitəçiliyi ilə baş tutub. Hər iki tərəf 205 hərbi əsiri azad edib."), ["RETREAT:Rusiya|Ukrayna"]);
  const truce = events("Hindistan ordusu Pakistan mövqelərini atəşə tutub. Qeyd edək ki, tərəflər mayın 10-da ABŞ-ın vasitəçiliyi " +
    "ilə atəşkəs barədə razılaşmışdılar.").find((e) => e.date === "2025-05-10");
  assert.ok(truce && truce.actors.includes("Hindistan") && truce.actors.includes("Pakistan"));
  // with no two-sided act in reach, the states named before, not a sea (`Xəzər dənizinin`)
  const talk = events("Azərbaycan və Qazaxıstan memorandum imzalayıb. Memoranduma əsasən, Xəzər dənizinin dibi ilə kabel çəkiləcək. " +
    "Nazir bildirib ki, layihə gələn il tamamlanacaq. Xatırladaq ki, tərəflər ötən ilin mayında Bakıda keçirilən görüşdə layihəni " +
    "müzakirə etmişdilər.").find((e) => e.type === "CONSULT");
  assert.deepEqual([...(talk?.actors ?? [])].sort(), ["Azərbaycan", "Qazaxıstan"]);
});

test("look-alike: a group phrase in the genitive keeps the states named before", () => {
  assert.ok(sides("Tailand və Kamboca atəşkəsə razılaşıb. Bu barədə Ənvər İbrahim bildirib. Ertəsi gün iki ölkənin hərbi " +
    "komandirləri sərhəddə görüşəcəklər.").includes("CONSULT:Kamboca|Tailand"));
});

test("the place a meeting was held at is where, not who (`X ilə Y-in Q-də keçirilən görüşündən sonra`)", () => {
  const [meeting] = events("Qərar Si Cinpin ilə Donald Trampın Pusanda keçirilən görüşündən sonra qəbul edilib.");
  assert.deepEqual(meeting.actors, ["Si Cinpin", "Donald Tramp"]);
  assert.equal(meeting.location, "Pusan");
  // look-alike: sides named by `arasında` stay, the city still the place
  const [talk] = events("Bakıda Azərbaycan və Gürcüstan arasında görüş keçirilib.");
  assert.deepEqual([talk.actors, talk.location], [["Azərbaycan", "Gürcüstan"], "Bakı"]);
});

test("a signing's own ceremony is the signing (`imzalanma mərasimində sənədi X və Y imzalayıblar`)", () => {
  assert.deepEqual(sides("Bakıda keçirilən imzalanma mərasimində sənədi Azərbaycan və Gürcüstan nazirləri imzalayıblar."), ["SUPPORT:Azərbaycan|Gürcüstan"]);
});

test("an act told done after the same act told planned is an earlier act of its own", () => {
  const sent = events("Şimali Koreya Rusiyaya daha 6 min hərbçi göndərəcək. Bu barədə Cənubi Koreyanın kəşfiyyat xidməti məlumat yayıb. " +
    "Kəşfiyyat xidmətinin məlumatına görə, Pxenyan bundan əvvəl Rusiyaya 11 min hərbçi göndərmişdi.").filter((e) => e.type === "MOBILIZE");
  assert.deepEqual(sent.map((e) => e.mode), ["future", "asserted"]);
  // look-alike: the plan told again is one act
  assert.equal(events("Şimali Koreya Rusiyaya hərbçi göndərəcək. Pxenyan Rusiyaya hərbçi göndərəcək.").length, 1);
});

test("tariffs described by the imposing participle and then cut or put off are eased, as told", () => {
  assert.deepEqual(sides("Vaşinqton Çin mallarına tətbiq edilən rüsumları 10 faiz azaldıb."), ["RETREAT:ABŞ|Çin"]);
  const put = events("Tramp Meksikadan idxala tətbiq ediləcək rüsumları bir ay müddətinə təxirə salıb.");
  assert.deepEqual(put.map((e) => `${e.type}:${e.mode}`), ["RETREAT:asserted"]);
  // look-alike: tariffs raised are imposed, the participle still tells the measure
  assert.deepEqual(sides("ABŞ Çin mallarına tətbiq etdiyi rüsumları artırıb.").map((s) => s.split(":")[0]), ["SANCTION"]);
});

test("a part of the troops withdrawn is a withdrawal (`qoşunlarının bir hissəsini çıxarıb`)", () => {
  assert.deepEqual(events("Rusiya Ermənistandan qoşunlarının bir hissəsini çıxarıb.").map((e) => e.type), ["RETREAT"]);
  assert.deepEqual(events("ABŞ Polşaya hərbçilərinin bir qismini göndərəcək.").map((e) => `${e.type}:${e.mode}`), ["MOBILIZE:future"]);
  // look-alike: the state of the troops discussed is no withdrawal
  assert.ok(!events("Rusiya qoşunlarının vəziyyətini müzakirə edib.").some((e) => e.type === "RETREAT"));
});

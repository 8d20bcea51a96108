// Articles of international bodies and summits (the UN Security Council, EU sanctions, NATO, the SCO, COP talks, OPEC+,
// Gulf mediation), written for these tests: names with a hyphened Arabic particle, a Gulf ruler's title, a background act
// of an earlier year, a coming date inside what a done act was about, a veto cast, a membership blocked, a delegation sent.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-07-28") => annotate({ id: "t", text, document_date: date });
const events = (text: string, date?: string) => doc(text, date).events ?? [];
const people = (text: string) => doc(text).entities.filter((e) => e.type === "PER").map((e) => e.name);

test("a particle joined by a hyphen belongs to the name (`Macid əl-Ənsari`), and so the speaker is whole", () => {
  assert.deepEqual(people("Qətərin XİN sözçüsü Macid əl-Ənsari bildirib ki, Doha İsraili pisləyir."), ["Macid əl-Ənsari"]);
  const q = doc("Suriyanın energetika naziri Məhəmməd əl-Bəşir deyib: \"Layihə gələn ay başlayacaq\".").quotes ?? [];
  assert.equal(q[0]?.speaker, "Məhəmməd əl-Bəşir");
  // look-alike: a lower-case compound after a name is no part of it
  assert.deepEqual(people("Prezident İlham Əliyev sosial-iqtisadi məsələləri müzakirə edib."), ["İlham Əliyev"]);
});

test("a Gulf ruler's title in its possessive is a title, not a person (`Qətər Əmiri Şeyx Təmim …`)", () => {
  assert.deepEqual(people("Qətər Əmiri Şeyx Təmim bin Həməd Əl Tani Dohada nümayəndə heyətini qəbul edib."), ["Təmim bin Həməd Əl Tani"]);
  // look-alike: `Əmir` as a given name stays a person's
  assert.deepEqual(people("Deputat Əmir Hüseynov iclasda çıxış edib."), ["Əmir Hüseynov"]);
});

test("a background act dated in an earlier year is an earlier act, not the lead's date told late", () => {
  const s = events("Avropa İttifaqı Rusiyaya qarşı yeni sanksiya paketini təsdiqləyib. Qeyd edək ki, Aİ 2022-ci ilin fevralından bəri " +
    "Rusiyaya qarşı 17 sanksiya paketi qəbul edib.", "2025-07-18").filter((e) => e.type === "SANCTION");
  assert.deepEqual(s.map((e) => e.date), ["2025-07-18", "2022-02"]);
  // look-alike: the lead's act named again with a date of the same year is one act, on that date
  const same = events("Avropa İttifaqı Rusiyaya qarşı sanksiya paketini təsdiqləyib. Qeyd edək ki, Avropa İttifaqı iyulun 10-da Rusiyaya " +
    "qarşı sanksiya paketi qəbul edib.", "2025-07-18").filter((e) => e.type === "SANCTION");
  assert.deepEqual(same.map((e) => e.date), ["2025-07-10"]);
});

test("a coming date inside what a done act was about does not date the act (`2035-ci ilə qədər … razılaşdırıblar`)", () => {
  const [agree] = events("NATO müttəfiqləri müdafiə xərclərini 2035-ci ilə qədər ÜDM-in 5 faizinə çatdırmağı razılaşdırıblar.", "2025-06-25");
  assert.equal(agree.date, "2025-06-25");
  const threat = events("Tramp daha əvvəl avqustun 1-dən Aİ mallarına 30 faiz rüsum tətbiq edəcəyi ilə hədələmişdi.").find((e) => e.type === "THREATEN");
  assert.notEqual(threat?.date, "2025-08-01");
  // look-alike: a meeting still to come, told by its participle, keeps its coming date
  const talks = events("ABŞ İrana qarşı sanksiyalar tətbiq edib. Qeyd edək ki, bu, aprelin 19-da ABŞ və İran arasında keçiriləcək " +
    "məsləhətləşmələrin ikinci raundu ərəfəsində baş verib.", "2025-04-16");
  assert.ok(talks.some((e) => e.type === "CONSULT" && e.date === "2025-04-19"));
  // and a past date in the clause of a done act still dates it
  assert.equal(events("Rusiya və Ukrayna iyulun 5-də hasilatı artırmağı razılaşdırıblar.", "2025-07-28")[0]?.date, "2025-07-05");
});

test("a veto cast told as the right used is a REJECT (`veto hüququndan istifadə edib`), the right held is none", () => {
  assert.deepEqual(events("Qətnamə layihəsinin lehinə 14 ölkə səs verib, lakin ABŞ veto hüququndan istifadə edib.").map((e) => `${e.type}:${e.actors[0]}`), ["REJECT:ABŞ"]);
  assert.deepEqual(events("Şuranın beş daimi üzvünün veto hüququ var."), []);
});

test("a membership or candidacy blocked is a REJECT between the states; a card blocked is none", () => {
  const [r] = events("Lakin Hindistan Azərbaycanın təşkilata üzvlüyünü bloklayıb.");
  assert.deepEqual([r?.type, ...(r?.actors ?? [])], ["REJECT", "Hindistan", "Azərbaycan"]);
  assert.ok(!events("Bank Əliyevin kartını bloklayıb.").some((e) => e.type === "REJECT"));
});

test("a delegation sent to a gathering or a state is attendance (`nümayəndə heyəti göndərməyib`), a medical team is none", () => {
  assert.deepEqual(events("ABŞ konfransa yüksək səviyyəli nümayəndə heyəti göndərməyib.").map((e) => `${e.type}:${e.mode}:${e.actors[0]}`), ["CONSULT:negated:ABŞ"]);
  assert.deepEqual(events("Nazirlik Ağdama tibbi heyət göndərib."), []);
});

// Triggers from the walk of the CAMEO cooperation codes (03 AGREE, 04 CONSULT, 05 SUPPORT, 10 REQUEST):
// src/lang/az/events/codebook-cooperation.ts. Sentences invented for the tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsWith } from "./helpers-events.js";

const one = (text: string, ents: Parameters<typeof eventsWith>[1]) => {
  const evs = eventsWith(text, ents);
  assert.equal(evs.length, 1, JSON.stringify(evs.map((e) => [e.type, e.trigger.text])));
  return evs[0];
};

test("03 AGREE: an offer or an invitation accepted is agreement, not a guest received", () => {
  const e = one("Gürcüstan Moldovanın təklifini qəbul edib.", [["Gürcüstan", "LOC", "Gürcüstan"], ["Moldovanın", "LOC", "Moldova"]]);
  assert.equal(e.type, "AGREE");
  assert.deepEqual(e.actors, ["Gürcüstan", "Moldova"]);
  assert.equal(e.mode, "asserted");
  assert.equal(e.trigger.text, "təklifini qəbul edib");
  const m = one("Nazir Əli Vəliyev Rusiyanın vasitəçiliyini qəbul edib.", [["Əli Vəliyev", "PER", "Əli Vəliyev"], ["Rusiyanın", "LOC", "Rusiya"]]);
  assert.equal(m.type, "AGREE");
  assert.equal(m.cameo, "038");
  assert.deepEqual(m.actors, ["Əli Vəliyev", "Rusiya"]);
});

test("03 AGREE: an invitation to a person, and one on a visit, is intent to meet (036)", () => {
  const e = one("Prezident Con Smit Əli Vəliyevi Parisə dəvət edib.", [["Con Smit", "PER", "Con Smit"], ["Əli Vəliyevi", "PER", "Əli Vəliyev"], ["Parisə", "LOC", "Paris"]]);
  assert.equal(e.type, "AGREE");
  assert.equal(e.cameo, "036");
  assert.deepEqual(e.actors, ["Con Smit", "Əli Vəliyev"]);
  const v = one("Con Smit Əli Vəliyevi Fransaya səfərə dəvət edib.", [["Con Smit", "PER", "Con Smit"], ["Əli Vəliyevi", "PER", "Əli Vəliyev"], ["Fransaya", "LOC", "Fransa"]]);
  assert.equal(v.type, "AGREE"); // the visit is only to come: no CONSULT visit told as made
  assert.equal(v.trigger.text, "səfərə dəvət edib");
});

test("03 AGREE: promises, assurances, compromises, readiness for talks", () => {
  const p = one("Moldova Gürcüstana vəd verib.", [["Moldova", "LOC", "Moldova"], ["Gürcüstana", "LOC", "Gürcüstan"]]);
  assert.equal(p.type, "AGREE");
  assert.deepEqual(p.actors, ["Moldova", "Gürcüstan"]);
  const g = one("Litva Polşaya təminat verib.", [["Litva", "LOC", "Litva"], ["Polşaya", "LOC", "Polşa"]]);
  assert.equal(g.type, "AGREE");
  const u = one("Litva və Polşa uzlaşıblar.", [["Litva", "LOC", "Litva"], ["Polşa", "LOC", "Polşa"]]);
  assert.equal(u.type, "AGREE");
  assert.deepEqual(u.actors, ["Litva", "Polşa"]);
  const t = one("Moldova danışıqlara hazırlığını bildirib.", [["Moldova", "LOC", "Moldova"]]);
  assert.equal(t.type, "AGREE"); // readiness for talks, no talks held
  assert.equal(t.cameo, "036");
  const o = one("Moldova dialoqa açıq olduğunu bildirib.", [["Moldova", "LOC", "Moldova"]]);
  assert.equal(o.type, "AGREE");
});

test("03 AGREE negatives: false promises, a loyal customer", () => {
  assert.equal(eventsWith("Dələduzlar vətəndaşlara yalan vədlər verərək pul alıblar.", []).length, 0);
  assert.equal(eventsWith("Bank sadiq müştərilərə endirim edir.", []).length, 0);
  // "is consistent with" is no compromise
  assert.equal(eventsWith("Bu qərar Litvanın qanunları ilə uzlaşmır.", [["Litvanın", "LOC", "Litva"]]).length, 0);
});

test("04 CONSULT: mediation, contact, consultations", () => {
  const m = one("Litva vasitəçilik edib.", [["Litva", "LOC", "Litva"]]);
  assert.equal(m.type, "CONSULT");
  assert.equal(m.cameo, "045");
  const c = one("Nazir Əli Vəliyev Con Smitlə əlaqə saxlayıb.", [["Əli Vəliyev", "PER", "Əli Vəliyev"], ["Con Smitlə", "PER", "Con Smit"]]);
  assert.equal(c.type, "CONSULT");
  assert.deepEqual(c.actors, ["Əli Vəliyev", "Con Smit"]);
  const k = one("Polşa Litva ilə konsultasiyalar keçirib.", [["Polşa", "LOC", "Polşa"], ["Litva", "LOC", "Litva"]]);
  assert.equal(k.type, "CONSULT");
  assert.deepEqual(k.actors, ["Polşa", "Litva"]);
});

test("04 CONSULT negatives: a number to call, a lawyer's consultation", () => {
  assert.equal(eventsWith("Sualınız olarsa, bizimlə əlaqə saxlayın.", []).length, 0);
  assert.equal(eventsWith("Şirkət müştərilərə hüquqi konsultasiya təklif edir.", []).length, 0);
});

test("05 SUPPORT: a step welcomed, valued highly, support declared, a deal signed", () => {
  const w = one("Moldova bu qərarı məmnunluqla qarşılayıb.", [["Moldova", "LOC", "Moldova"]]);
  assert.equal(w.type, "SUPPORT"); // praise, not a guest received (CONSULT 043)
  assert.equal(w.cameo, "051");
  const h = one("Con Smit Əli Vəliyevin fəaliyyətini yüksək dəyərləndirib.", [["Con Smit", "PER", "Con Smit"], ["Əli Vəliyevin", "PER", "Əli Vəliyev"]]);
  assert.equal(h.type, "SUPPORT");
  assert.deepEqual(h.actors, ["Con Smit", "Əli Vəliyev"]);
  const s = one("Litva və Polşa sazişə imza atıblar.", [["Litva", "LOC", "Litva"], ["Polşa", "LOC", "Polşa"]]);
  assert.equal(s.type, "SUPPORT");
  assert.equal(s.cameo, "057");
  const d = one("Fransa Moldovanın mövqeyini müdafiə edib.", [["Fransa", "LOC", "Fransa"], ["Moldovanın", "LOC", "Moldova"]]);
  assert.equal(d.type, "SUPPORT");
  assert.equal(d.cameo, "052");
  assert.deepEqual(d.actors, ["Fransa", "Moldova"]);
  const r = one("Nazir Con Smit Əli Vəliyevlə barışdı.", [["Con Smit", "PER", "Con Smit"], ["Əli Vəliyevlə", "PER", "Əli Vəliyev"]]);
  assert.equal(r.type, "SUPPORT");
});

test("05 SUPPORT negatives: a first set, a country defended, a truce noun, a legal assessment", () => {
  assert.equal(eventsWith("Yeni dron dünyada ilkə imza atdı.", []).length, 0);
  assert.equal(eventsWith("Ordu ölkəni müdafiə edib.", []).length, 0);
  assert.equal(eventsWith("Barış prosesi davam edir.", []).length, 0);
  assert.equal(eventsWith("Komissiya bu fakta hüquqi qiymət verib.", []).length, 0);
});

test("10 REQUEST: appeals to a leader, asking a person, calls voiced, applying to join", () => {
  const a = one("Con Smit Əli Vəliyevə xahişlə müraciət etdi.", [["Con Smit", "PER", "Con Smit"], ["Əli Vəliyevə", "PER", "Əli Vəliyev"]]);
  assert.equal(a.type, "REQUEST");
  assert.deepEqual(a.actors, ["Con Smit", "Əli Vəliyev"]);
  assert.equal(a.mode, "demanded");
  const i = one("Nazir Əli Vəliyev Con Smitdən silah istəyib.", [["Əli Vəliyev", "PER", "Əli Vəliyev"], ["Con Smitdən", "PER", "Con Smit"]]);
  assert.equal(i.type, "REQUEST");
  assert.deepEqual(i.actors, ["Əli Vəliyev", "Con Smit"]);
  const c = one("Moldova çağırışlar səsləndirib.", [["Moldova", "LOC", "Moldova"]]);
  assert.equal(c.type, "REQUEST");
  const j = one("Moldova ittifaqa qoşulmaq üçün müraciət edib.", [["Moldova", "LOC", "Moldova"]]);
  assert.equal(j.type, "REQUEST");
  assert.equal(j.cameo, "102");
});

test("10 REQUEST negatives: an application to a body, wanting to buy from a state", () => {
  assert.equal(eventsWith("Namizədlər komissiyaya müraciət edə bilərlər.", []).length, 0);
  assert.equal(eventsWith("Moldova Polşadan qaz almaq istəyir.", [["Moldova", "LOC", "Moldova"], ["Polşadan", "LOC", "Polşa"]]).length, 0);
  assert.equal(eventsWith("Sürücülər Apelyasiya Komissiyasına müraciət ediblər.", [["Apelyasiya Komissiyasına", "ORG", "Apelyasiya Komissiyası"]]).length, 0);
});

test("03 AGREE: a proposal put forward offers; agreement to a meeting is no meeting held", () => {
  const p = one("Moldova Polşaya yeni təklif irəli sürüb.", [["Moldova", "LOC", "Moldova"], ["Polşaya", "LOC", "Polşa"]]);
  assert.equal(p.type, "AGREE");
  assert.deepEqual(p.actors, ["Moldova", "Polşa"]);
  assert.equal(p.trigger.text, "təklif irəli sürüb");
  const m = one("Moldova görüşə razılıq verib.", [["Moldova", "LOC", "Moldova"]]);
  assert.equal(m.type, "AGREE");
  assert.equal(m.cameo, "036");
});

test("04 CONSULT: received by a host, contact set up", () => {
  const r = one("Nazir Əli Vəliyev Con Smitin qəbulunda olub.", [["Əli Vəliyev", "PER", "Əli Vəliyev"], ["Con Smitin", "PER", "Con Smit"]]);
  assert.equal(r.type, "CONSULT");
  assert.equal(r.cameo, "043");
  assert.deepEqual(r.actors, ["Əli Vəliyev", "Con Smit"]);
  const t = one("Litva Polşa ilə təmas qurub.", [["Litva", "LOC", "Litva"], ["Polşa", "LOC", "Polşa"]]);
  assert.equal(t.type, "CONSULT");
  assert.deepEqual(t.actors, ["Litva", "Polşa"]);
  // a bill's adoption is no visit
  assert.equal(eventsWith("Deputat qanun layihələrinin qəbulunda fəal iştirak edib.", []).length, 0);
});

test("05 SUPPORT: thanks by letter, an embassy opened, a communiqué, cooperation made formal", () => {
  const l = one("Moldova Con Smitə təşəkkür məktubu göndərib.", [["Moldova", "LOC", "Moldova"], ["Con Smitə", "PER", "Con Smit"]]);
  assert.equal(l.type, "SUPPORT");
  assert.deepEqual(l.actors, ["Moldova", "Con Smit"]);
  const e = one("Litva Kişinyovda səfirliyini açıb.", [["Litva", "LOC", "Litva"], ["Kişinyovda", "LOC", "Kişinyov"]]);
  assert.equal(e.type, "SUPPORT");
  assert.equal(e.cameo, "054");
  const c = one("Litva və Polşa nazirləri kommünike qəbul ediblər.", [["Litva", "LOC", "Litva"], ["Polşa", "LOC", "Polşa"]]);
  assert.equal(c.type, "SUPPORT");
  assert.equal(c.cameo, "057");
  const f = one("Moldova Litva ilə əməkdaşlığı rəsmiləşdirib.", [["Moldova", "LOC", "Moldova"], ["Litva", "LOC", "Litva"]]);
  assert.equal(f.type, "SUPPORT");
  // an embassy that announces is no embassy opened
  assert.equal(eventsWith("Səfirlik açıqlama yayıb.", []).length, 0);
});

test("10 REQUEST: conditions set, persuading, requests conveyed or sent, draft resolutions", () => {
  const s = one("Con Smit atəşkəs üçün şərt qoyub.", [["Con Smit", "PER", "Con Smit"]]);
  assert.equal(s.type, "REQUEST");
  const p = one("Con Smit Əli Vəliyevi razılaşmanı imzalamağa inandırıb.", [["Con Smit", "PER", "Con Smit"], ["Əli Vəliyevi", "PER", "Əli Vəliyev"]]);
  assert.equal(p.type, "REQUEST");
  assert.deepEqual(p.actors, ["Con Smit", "Əli Vəliyev"]);
  const q = one("Moldova İnterpola sorğu göndərib.", [["Moldova", "LOC", "Moldova"], ["İnterpola", "ORG", "İnterpol"]]);
  assert.equal(q.type, "REQUEST");
  assert.deepEqual(q.actors, ["Moldova", "İnterpol"]);
  const r = one("Litva qətnamə layihəsini Təhlükəsizlik Şurasına göndərib.", [["Litva", "LOC", "Litva"], ["Təhlükəsizlik Şurasına", "ORG", "Təhlükəsizlik Şurası"]]);
  assert.equal(r.type, "REQUEST");
  // a poll asks no side
  assert.equal(eventsWith("Bank müştərilər arasında sorğu keçirib.", []).length, 0);
});

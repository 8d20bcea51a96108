// Standard political phrasings of the cooperative acts that the unlabelled pools seldom write
// (src/lang/az/events/coverage-c3.ts), on sentences written for these tests: visits by setting off or flying, hosting and
// being a guest, offers and invitations sent, commitments taken on, offers answered yes, common ground found, ties widened,
// decorations, condolences, thanks, wishes, standing by a side, gifts, tariffs withdrawn, truces, armies pulled out; each
// with a look-alike of the same words that must stay no event.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string) => annotate({ id: "t", text, document_date: "2025-11-20" }).events ?? [];
const types = (text: string) => events(text).map((e) => `${e.type}:${e.mode}`);
const one = (text: string, type: string, actors: string[]) => {
  const ev = events(text);
  assert.equal(ev.length, 1, `${text}: ${JSON.stringify(ev.map((e) => [e.type, e.actors]))}`);
  assert.equal(ev[0].type, type, text);
  for (const a of actors) assert.ok(ev[0].actors.includes(a), `${text}: ${ev[0].actors}`);
};

test("setting off, flying or heading to a state is a visit (CONSULT 042)", () => {
  one("Prezident Con Smit Moskvaya yola düşüb.", "CONSULT", ["Con Smit", "Rusiya"]);
  one("Baş nazir Con Smit Vaşinqtona uçub.", "CONSULT", ["Con Smit", "ABŞ"]);
  one("Nazir Con Smit Ankaraya yollanıb.", "CONSULT", ["Con Smit", "Türkiyə"]);
  one("Con Smit Bakıya təşrif gətirib.", "CONSULT", ["Con Smit", "Azərbaycan"]);
  assert.deepEqual(types("Nazir Con Smit sabah Pekinə yola düşəcək."), ["CONSULT:future"]);
});

test("look-alikes: a building that collapsed, cargo sent, tourists, a team or a plane travelling visit no one", () => {
  assert.deepEqual(types("Köhnə bina uçub."), []);
  assert.deepEqual(types("Yük Bakıya yollanıb."), []);
  assert.deepEqual(types("Turistlər Antalyaya yola düşüb."), []);
  assert.deepEqual(types("Azərbaycan yığması Türkiyəyə yola düşüb."), []);
  assert.deepEqual(types("Təyyarə Bakıya uçub."), []);
});

test("hosting a leader and being one's guest, talking with one, meeting face to face (CONSULT)", () => {
  one("Con Smit Pol Braunu Ağ Evdə qonaq edib.", "CONSULT", ["Con Smit", "Pol Braun"]);
  one("Con Smit Ağ Evdə Pol Braunun qonağı olub.", "CONSULT", ["Con Smit", "Pol Braun"]);
  one("Con Smit Alyaskada Pol Brauna ev sahibliyi edib.", "CONSULT", ["Con Smit", "Pol Braun"]);
  one("Con Smit Pol Braunla həmsöhbət olub.", "CONSULT", ["Con Smit", "Pol Braun"]);
  one("Con Smit Pol Braunla üz-üzə gəlib.", "CONSULT", ["Con Smit", "Pol Braun"]);
});

test("look-alikes: a household's guests, a studio's guest, an outlet's talk with an expert, a crisis faced", () => {
  assert.deepEqual(types("Ailə qonaqları evdə qonaq edib."), []);
  assert.deepEqual(types("Uşaq nənəsinin qonağı olub."), []);
  assert.deepEqual(types("Jurnalist Con Smit Xəzər TV-nin qonağı olub."), []);
  assert.deepEqual(types("Elm eksperti Con Smitlə həmsöhbət olub."), []);
  assert.deepEqual(types("Avropa ciddi enerji böhranı ilə üz-üzə gəlib."), []);
});

test("offers and invitations sent, commitments taken on, offers answered yes, common ground found (AGREE)", () => {
  one("Con Smit Pol Brauna yeni təklif göndərib.", "AGREE", ["Con Smit", "Pol Braun"]);
  one("Con Smit Pol Brauna dəvət göndərib.", "AGREE", ["Con Smit", "Pol Braun"]);
  one("Kanada Ukraynanın enerji sisteminin bərpasını öhdəsinə götürüb.", "AGREE", ["Kanada", "Ukrayna"]);
  one("Con Smit Pol Braunun təklifinə müsbət cavab verib.", "AGREE", ["Con Smit", "Pol Braun"]);
  one("Rusiya və Ukrayna nümayəndələri ümumi dil tapıblar.", "AGREE", ["Rusiya", "Ukrayna"]);
  one("İran ABŞ ilə nüvə proqramı üzrə anlaşıb.", "AGREE", ["İran", "ABŞ"]);
  one("Türkiyə Azərbaycanla əməkdaşlığı genişləndirməkdə maraqlıdır.", "AGREE", ["Türkiyə", "Azərbaycan"]);
  one("Rusiya Ukrayna ilə razılaşmaya nail olub.", "AGREE", ["Rusiya", "Ukrayna"]);
  // the sides named before
  const ev = events("Con Smit Pol Braunla görüşüb. Tərəflər ortaq mövqeyə gəliblər.");
  assert.deepEqual(ev.map((e) => e.type), ["CONSULT", "AGREE"]);
  assert.ok(ev[1].actors.includes("Pol Braun"));
});

test("look-alikes: offers to customers, an invitation to a wedding, a domestic task, a survey, neighbours, firms", () => {
  assert.deepEqual(types("Biznes müştərilərinə endirim təklif göndərib."), []);
  assert.deepEqual(types("Şəhər meriyası toya dəvət göndərib."), []);
  assert.deepEqual(types("Təhsil nazirliyi məktəblərin təmirini öhdəsinə götürüb."), []);
  assert.deepEqual(types("Sorğu iştirakçılarının yarısı müsbət cavab verib."), []);
  assert.deepEqual(types("Qonşular ümumi dil tapıblar."), []);
  assert.deepEqual(types("Tələbə nəticədən razı qalıb."), []);
  assert.deepEqual(types("Universitet şirkətlərlə əməkdaşlıq etməkdə maraqlıdır."), []);
});

test("ties widened or strengthened, a partnership set up with a state (COOPERATE 060)", () => {
  one("Vyetnam Çinlə əməkdaşlığı gücləndirir.", "COOPERATE", ["Vyetnam", "Çin"]);
  one("Qazaxıstan Azərbaycanla əlaqələri möhkəmləndirib.", "COOPERATE", ["Qazaxıstan", "Azərbaycan"]);
  assert.deepEqual(types("Azərbaycan Özbəkistanla strateji tərəfdaşlığı genişləndirəcək."), ["COOPERATE:future"]);
  one("ABŞ Səudiyyə Ərəbistanı ilə strateji tərəfdaşlıq qurub.", "COOPERATE", ["ABŞ", "Səudiyyə Ərəbistanı"]);
});

test("look-alikes: a portfolio widened, a firm's ties with a firm or its customers", () => {
  assert.deepEqual(types("Bank kredit portfelini genişləndirib."), []);
  assert.deepEqual(types("Şirkət Visa ilə əməkdaşlığı genişləndirib."), []);
  assert.deepEqual(types("Bank müştərilərlə əlaqələri gücləndirib."), []);
  assert.deepEqual(types("Kapital Bank Visa ilə tərəfdaşlıq qurub."), []);
});

test("decorations, condolences, thanks, wishes, praise by naming, standing by a side (SUPPORT)", () => {
  one('Con Smit Pol Braunu "Dostluq" ordeni ilə təltif edib.', "SUPPORT", ["Con Smit", "Pol Braun"]);
  one('Con Smit Pol Brauna "Dövlət" ordenini təqdim edib.', "SUPPORT", ["Con Smit", "Pol Braun"]);
  one("Con Smit Pol Brauna təziyə verib.", "SUPPORT", ["Con Smit", "Pol Braun"]);
  one("Con Smit ABŞ-a minnətdar olduğunu bildirib.", "SUPPORT", ["Con Smit", "ABŞ"]);
  one("Con Smit Pol Brauna uğurlar arzulayıb.", "SUPPORT", ["Con Smit", "Pol Braun"]);
  one("Con Smit Türkiyəni qardaş ölkə adlandırıb.", "SUPPORT", ["Con Smit", "Türkiyə"]);
  one("Con Smit hər zaman Azərbaycanın yanında olduğunu bildirib.", "SUPPORT", ["Con Smit", "Azərbaycan"]);
  one("Türkiyə Azərbaycanla həmrəy olduğunu bildirib.", "SUPPORT", ["Türkiyə", "Azərbaycan"]);
  one("Azərbaycan və İran arasında əməkdaşlıq memorandumu bağlanıb.", "SUPPORT", ["Azərbaycan", "İran"]);
  one("Litva Tayvanla diplomatik münasibətlər yaradıb.", "SUPPORT", ["Litva", "Tayvan"]);
});

test("look-alikes: citizens decorated by decree, a wake, thanks and wishes to no side, a place beside a leader", () => {
  assert.deepEqual(types("Nazirlik müəllimləri medalla təltif edib."), []);
  assert.deepEqual(types("Sakinlər mərhumun təziyəsində iştirak ediblər."), []);
  assert.deepEqual(types("Müğənni azarkeşlərinə minnətdar olduğunu deyib."), []);
  assert.deepEqual(types("Müəllim şagirdə uğurlar arzulayıb."), []);
  assert.deepEqual(types("Bank ailəsi olaraq Con Smitə fəaliyyətində uğurlar arzulayırıq."), []);
  assert.deepEqual(types("Mərasim zamanı Con Smit Pol Braunun yanında olub."), []);
  assert.deepEqual(types("Ailə çətin anda dostlarının yanında olduğunu bildirib."), []);
  assert.deepEqual(types("Kapital Bank Visa ilə anlaşma memorandumu bağlayıb."), []);
});

test("gifts to a leader and goods donated to a state (AID 070)", () => {
  one("Con Smit Pol Brauna xalça hədiyyə edib.", "AID", ["Con Smit", "Pol Braun"]);
  one("Azərbaycan Ukraynaya enerji avadanlığı bağışlayıb.", "AID", ["Azərbaycan", "Ukrayna"]);
});

test("look-alikes: gifts among teammates, a player's shirt, forgiving", () => {
  assert.deepEqual(types("Ronaldu komanda yoldaşlarına saatlar hədiyyə edib."), []);
  assert.deepEqual(types('Con Smit Pol Brauna millinin "44" nömrəli formasını hədiyyə edib.'), []);
  assert.deepEqual(types("Atam məni bağışlayıb."), []);
});

test("tariffs withdrawn, truces declared, armies pulled out, a post left (RETREAT)", () => {
  one("ABŞ və Çin tariflərin əksəriyyətini geri götürüblər.", "RETREAT", ["ABŞ", "Çin"]);
  one("ABŞ və Çin ticarət müharibəsində 90 günlük barışıq elan ediblər.", "RETREAT", ["ABŞ", "Çin"]);
  one("İsrail ordusu Qəzzadan çəkilib.", "RETREAT", ["İsrail"]);
  one("Nazir Con Smit postunu tərk edib.", "RETREAT", ["Con Smit"]);
  // a resignation one prepares for is planned, not a promise
  assert.deepEqual(types("Nazir Con Smit postunu tərk etməyə hazırlaşır."), ["RETREAT:future"]);
});

test("look-alikes: an order or a credit line taken back, a price list cancelled, a driver stepping aside", () => {
  assert.deepEqual(types("Müştəri sifarişini geri götürüb."), []);
  assert.deepEqual(types("Bank ikinci kredit xəttini geri götürüb."), []);
  assert.deepEqual(types("Hökumət gediş tariflərini ləğv edib."), []);
  assert.deepEqual(types("Sürücü yoldan çəkilib."), []);
  assert.deepEqual(types("Qız ailəsindən ayrılıb."), []);
  assert.deepEqual(types("Qanun terrorizmə bəraət qazandırmağı qadağan edir."), []);
});

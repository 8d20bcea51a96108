// Sides missing or wrong in shapes trigger-coverage helpers met (helper act22): the owner of forces withdrawn, a state
// whose citizens an act is for, the subject before a genitive owning a noun with a postposition, `X ilə Y` as a joint
// subject, an act asked of a side named in the genitive, a mediator ready to mediate, a person titled after a visit's
// participle, a role holder whose state is only the place, and a passive demand on an act a named side owns.
// Sentences written for these tests; each with a look-alike that must not change.
import { test } from "node:test";
import assert from "node:assert/strict";
import { pipelineEvents as events } from "./helpers-events.js";

const show = (text: string) => JSON.stringify(events(text).map((x) => [x.type, x.actors]));
/** The sentence tells an event of `type` whose actors include `actors`. */
const tells = (text: string, type: string, actors: string[]) => {
  const e = events(text).find((x) => x.type === type && actors.every((a) => x.actors.includes(a)));
  assert.ok(e, `${type} ${JSON.stringify(actors)} in «${text}»: ${show(text)}`);
};
/** No event of `type` in the sentence has `actor` among its sides. */
const without = (text: string, type: string, actor: string) =>
  assert.ok(!events(text).some((e) => e.type === type && e.actors.includes(actor)), `no ${actor} in ${type} of «${text}»: ${show(text)}`);
const lacks = (text: string, type: string) =>
  assert.ok(!events(text).some((e) => e.type === type), `no ${type} in «${text}»: ${show(text)}`);

test("the owner of forces withdrawn or sent, named before them with no subject, moves them (`X qoşunlarını Y-dən çıxarıb`)", () => {
  tells("Böyük Britaniya qoşunlarını İraqdan çıxaracaq.", "RETREAT", ["Böyük Britaniya", "İraq"]);
  tells("İtaliya hərbçilərini Livandan çıxarıb.", "RETREAT", ["İtaliya", "Livan"]);
  // forces struck are acted on: the doer named before them stays first (only withdrawals and deployments are read so)
  assert.deepEqual(events("Hizbullah İsrail qoşunlarını atəşə tutub.").map((e) => e.actors), [["Hizbullah", "İsrail"]]);
  // a named subject stays the doer
  tells("Rusiya ABŞ qoşunlarını Suriyadan çıxarmağa çağırıb.", "REQUEST", ["Rusiya", "ABŞ"]);
});

test("a state before its citizens and a word of purpose is whom the act is for (`X vətəndaşları üçün viza rejimini ləğv edib`)", () => {
  tells("Qətər Moldova vətəndaşları üçün viza rejimini ləğv edib.", "CONCEDE", ["Qətər", "Moldova"]);
  // private people as the doers act on their own (`privateNouns`)
  lacks("Bakıya gələn Moldova vətəndaşları villanı qarət ediblər.", "CONCEDE");
  without("Bakıya gələn Moldova vətəndaşları villanı qarət ediblər.", "COERCE", "Moldova");
});

test("a genitive owning a noun before a postposition is no subject of the reported verb (`X Y-in planı ilə razılaşdığını`)", () => {
  tells("Serbiya Aİ-nin təklifi ilə razılaşdığını bildirib.", "AGREE", ["Serbiya"]);
  // a genitive name right before the partner is the reported verb's subject
  tells("Serbiya Macarıstanın Avstriya ilə razılaşdığını bildirib.", "AGREE", ["Macarıstan", "Avstriya"]);
  without("Serbiya Macarıstanın Avstriya ilə razılaşdığını bildirib.", "AGREE", "Serbiya");
});

test("`X ilə Y` opening the clause is the subject together", () => {
  tells("Gürcüstan ilə Ermənistan Ukraynaya birgə yardım göndərəcək.", "AID", ["Gürcüstan", "Ermənistan", "Ukrayna"]);
  tells("Tacikistan ilə Qırğızıstan sərhəd məsələlərini müzakirə edib.", "CONSULT", ["Tacikistan", "Qırğızıstan"]);
  // a participle between them leaves the first to its own clause
  without("Fransa ilə razılaşan İtaliya Ukraynaya yardım göndərəcək.", "AID", "Fransa");
  // their border as the place is no subject of the act there
  without("Tacikistan ilə Qırğızıstan sərhəd zonasında atışma olub.", "ASSAULT", "Qırğızıstan");
});

test("an act asked of a side named in the genitive is a REQUEST of it (`X Y-in … dayandırmasını istəyir`)", () => {
  tells("Makron Putinin hücumları dayandırmasını istəyir.", "REQUEST", ["Putin"]);
  tells("Tramp Maduronun hakimiyyətdən getməsini istəyir.", "REQUEST", ["Maduro"]);
  // a thing of the side wanted, or a state of it wished, asks nothing
  lacks("Qazaxıstan Türkiyənin təcrübəsini öyrənmək istəyir.", "REQUEST");
  lacks("Biz Ukraynanın güclü olmasını istəyirik.", "REQUEST");
});

test("a mediator ready to mediate between two sides stays a side (`Z X ilə Y arasında vasitəçiliyə hazırdır`)", () => {
  tells("Oman İran ilə ABŞ arasında vasitəçiliyə hazırdır.", "AGREE", ["Oman", "İran", "ABŞ"]);
  // talks between two sides one comments on are theirs
  without("Oman İran ilə ABŞ arasında danışıqları şərh edib.", "CONSULT", "Oman");
});

test("a visit's participle before a person titled by a state's office has that person as the visitor", () => {
  tells("Bakıya səfər edən Türkiyənin xarici işlər naziri Hakan Fidan Ceyhun Bayramovla görüşüb.", "CONSULT", ["Hakan Fidan", "Azərbaycan"]);
  // a delegation with no person named keeps its state
  tells("Bakıya gələn Türkiyə nümayəndə heyəti Ceyhun Bayramovla görüşüb.", "CONSULT", ["Türkiyə", "Azərbaycan"]);
});

test("a public role told right after a country in the locative acts for that state (`X-da millət vəkili Y-ni ittiham etdi`)", () => {
  tells("Türkiyədə millət vəkili Yunanıstanı casusluqda ittiham etdi.", "ACCUSE", ["Türkiyə", "Yunanıstan"]);
  tells("Polşada deputat Belarusu təxribatda günahlandırıb.", "ACCUSE", ["Polşa", "Belarus"]);
  tells("Misirdə xarici işlər naziri İsraili ittiham edib.", "ACCUSE", ["Misir", "İsrail"]);
  // a person's lawyer is no role of the state, nor does a person's state named give the place's
  without("Türkiyədə onun vəkili Yunanıstanı ittiham edib.", "ACCUSE", "Türkiyə");
  without("Bakıda Fransa səfiri Azərbaycanı tənqid edib.", "ACCUSE", "Bakı");
  tells("Bakıda Fransa səfiri Azərbaycanı tənqid edib.", "ACCUSE", ["Fransa", "Azərbaycan"]);
});

test("a passive demand on an act owned by a named side asks it of that side (`X-in … çıxarılması tələb edilir`)", () => {
  tells("Rusiyanın hərbçilərinin Gürcüstandan çıxarılması tələb edilir.", "REQUEST", ["Rusiya"]);
  tells("Cəmal Xaşoqcinin cəsədinin ekspertizası tələb edilir.", "REQUEST", ["Cəmal Xaşoqci"]);
  // things required, with no named side owning an act, ask no one
  lacks("Sərhəddə pasport və viza tələb edilir.", "REQUEST");
  lacks("Vətəndaşların şəxsiyyət vəsiqəsinin təqdim edilməsi tələb edilir.", "REQUEST");
  lacks("Türkiyə vizası tələb edilir.", "REQUEST");
});

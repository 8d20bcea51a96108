// False alarms of the second audit on news outside politics: an act told again later in the article, private
// trips, one's own decree signed, `tələbə` (student) read as `tələb` (demand), goods kept or recalled, and
// `söhbət … gedir` ("it is about"). Each cut pattern beside a true event of the same trigger that stays.
// Sentences are invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { getLanguage } from "../src/lang/index.js";
import { extractEvents } from "../src/extract/events/index.js";
import type { Doc, Event, EventType } from "../src/text/doc.js";
import { docOf, entity, timex } from "./helpers-events.js";

const az = getLanguage("az");

type Ent = [string, "PER" | "LOC" | "ORG", string, number?];

function events(text: string, ents: Ent[], dates: [string, string, number?][] = []): Event[] {
  const d: Doc = docOf(text);
  for (const [t, type, name, n] of ents) entity(d, t, type, name, n ?? 0);
  for (const [t, v, n] of dates) timex(d, t, v, n ?? 0);
  return extractEvents(d, az);
}

const of = (evs: Event[], type: EventType) => evs.filter((e) => e.type === type);
const show = (evs: Event[]) => JSON.stringify(evs.map((e) => `${e.type}:${e.trigger.text}:${e.actors.join("/")}`));

test("a signing told again two sentences on by the people who signed is one event", () => {
  const evs = events("Norlandiya və Qərbistan enerji sahəsində memorandum imzalayıblar. Memorandum beş il qüvvədə olacaq. " +
    "Məlumata görə, sənəd nazirlər Kamran Əlizadə və Con Smit arasında imzalanıb.",
  [["Norlandiya", "LOC", "Norlandiya"], ["Qərbistan", "LOC", "Qərbistan"], ["Kamran Əlizadə", "PER", "Kamran Əlizadə"], ["Con Smit", "PER", "Con Smit"]]);
  assert.equal(of(evs, "SUPPORT").length, 1, show(evs));
});

test("a signing told again with a coarser date that holds the first one's is one event", () => {
  const evs = events("İyulun 9-da Delta Bank və Opera Teatrı arasında memorandum imzalanıb. " +
    "Bankın sədri Kamran Əlizadə və Teatrın direktoru Con Smitin bu il imzaladığı memorandum bərpa layihəsini əhatə edir.",
  [["Delta Bank", "ORG", "Delta Bank"], ["Opera Teatrı", "ORG", "Opera Teatrı"], ["Kamran Əlizadə", "PER", "Kamran Əlizadə"], ["Con Smitin", "PER", "Con Smit"]],
  [["İyulun 9-da", "2025-07-09"], ["bu il", "2025"]]);
  assert.equal(of(evs, "SUPPORT").length, 1, show(evs));
});

test("a meeting told again on the date the first telling gave is one event", () => {
  const evs = events("Kamran Əlizadə 1997-ci il yanvarın 17-də Elmlər Akademiyasının akademikləri ilə görüşüb. " +
    "Ulu Öndər Kamran Əlizadənin 1997-ci il yanvarın 17-də akademiklərlə görüşündə çıxışından.",
  [["Kamran Əlizadə", "PER", "Kamran Əlizadə"], ["Elmlər Akademiyasının", "ORG", "Elmlər Akademiyası"], ["Ulu Öndər", "PER", "Ulu Öndər"],
    ["Kamran Əlizadənin", "PER", "Kamran Əlizadə"]],
  [["1997-ci il yanvarın 17-də", "1997-01-17"], ["1997-ci il yanvarın 17-də", "1997-01-17", 1]]);
  assert.equal(of(evs, "CONSULT").length, 1, show(evs));
});

test("the same doer meeting a new partner two sentences on is another meeting", () => {
  const evs = events("Kamran Əlizadə Con Smitlə görüşüb. Görüşün detalları açıqlanmayıb. Kamran Əlizadə daha sonra Pyer Düponla görüşüb.",
    [["Kamran Əlizadə", "PER", "Kamran Əlizadə"], ["Con Smitlə", "PER", "Con Smit"], ["Kamran Əlizadə", "PER", "Kamran Əlizadə", 1], ["Pyer Düponla", "PER", "Pyer Düpon"]]);
  assert.equal(of(evs, "CONSULT").length, 2, show(evs));
});

test("trips with no named visitor are no visit; a named visitor's trip stays", () => {
  const citizens = events("Vətəndaşlar artıq Qarabağa səfər edə biləcəklər.", [["Qarabağa", "LOC", "Qarabağ"]]);
  assert.deepEqual(of(citizens, "CONSULT"), [], show(citizens));
  const yours = events("Səfərlərinizi Delta App vasitəsilə planlaya bilərsiniz.", [["Delta App", "ORG", "Delta App"]]);
  assert.deepEqual(of(yours, "CONSULT"), [], show(yours));
  const people = events("Norlandiya vətəndaşlarının Qərbistana səfərləri artıb.", [["Norlandiya", "LOC", "Norlandiya"], ["Qərbistana", "LOC", "Qərbistan"]]);
  assert.deepEqual(of(people, "CONSULT"), [], show(people));
  const visit = events("Norlandiya Prezidenti Kamran Əlizadə Qərbistana səfər edib.",
    [["Norlandiya", "LOC", "Norlandiya"], ["Kamran Əlizadə", "PER", "Kamran Əlizadə"], ["Qərbistana", "LOC", "Qərbistan"]]);
  assert.equal(of(visit, "CONSULT").length, 1, show(visit));
  const trips = events("Kamran Əlizadənin Qərbistana səfərləri gözlənilir.", [["Kamran Əlizadənin", "PER", "Kamran Əlizadə"], ["Qərbistana", "LOC", "Qərbistan"]]);
  assert.equal(of(trips, "CONSULT").length, 1, show(trips));
});

test("one's own decree or law signed is no agreement; a treaty signed stays", () => {
  const decree = events("Norlandiyada sənədsiz evlərlə bağlı Prezident Kamran Əlizadənin imzaladığı yeni Fərmana əsasən, bəzi tikililər leqallaşdırılacaq.",
    [["Norlandiyada", "LOC", "Norlandiya"], ["Kamran Əlizadənin", "PER", "Kamran Əlizadə"]]);
  assert.deepEqual(of(decree, "SUPPORT"), [], show(decree));
  const law = events("Nazir Con Smit Prezident Kamran Əlizadə tərəfindən iyulun 16-da imzalanan “Daşınmaz əmlak haqqında” Norlandiya Respublikasının Qanunu barədə danışıb.",
    [["Con Smit", "PER", "Con Smit"], ["Kamran Əlizadə", "PER", "Kamran Əlizadə"], ["Norlandiya", "LOC", "Norlandiya"]]);
  assert.deepEqual(of(law, "SUPPORT"), [], show(law));
  const treaty = events("Nazir Con Smit Kamran Əlizadə tərəfindən iyulun 16-da imzalanan “Ticarət haqqında” Norlandiya və Qərbistan arasında Sazişi şərh edib.",
    [["Con Smit", "PER", "Con Smit"], ["Kamran Əlizadə", "PER", "Kamran Əlizadə"], ["Norlandiya", "LOC", "Norlandiya"], ["Qərbistan", "LOC", "Qərbistan"]]);
  assert.equal(of(treaty, "SUPPORT").length, 1, show(treaty));
});

test("`tələbə` (student) is no demand; `tələb edib` stays one", () => {
  const students = events("Norlandiya Prezidentinin imzaladığı Sərəncam 160 mindən çox tələbəni əhatə edəcək.", [["Norlandiya", "LOC", "Norlandiya"]]);
  assert.deepEqual(of(students, "REQUEST"), [], show(students));
  const demand = events("Norlandiya Qərbistandan qoşunlarını çıxarmağı tələb edib.", [["Norlandiya", "LOC", "Norlandiya"], ["Qərbistandan", "LOC", "Qərbistan"]]);
  assert.equal(of(demand, "REQUEST").length, 1, show(demand));
});

test("kept or stored in the present or future is no detention; one detained stays", () => {
  const data = events("Vətəndaşların məlumatları artıq Delta Sistemində saxlanılacaq.", [["Delta Sistemində", "ORG", "Delta Sistemi"]]);
  assert.deepEqual(of(data, "COERCE"), [], show(data));
  const watch = events("Delta Bankın fəaliyyəti davamlı nəzarətdə saxlanılır.", [["Delta Bankın", "ORG", "Delta Bank"]]);
  assert.deepEqual(of(watch, "COERCE"), [], show(watch));
  const held = events("Jurnalist Kamran Əlizadə Norlandiyada polis tərəfindən saxlanılıb.", [["Kamran Əlizadə", "PER", "Kamran Əlizadə"], ["Norlandiyada", "LOC", "Norlandiya"]]);
  assert.equal(of(held, "COERCE").length, 1, show(held));
});

test("goods called back are a recall, no envoy recalled; an envoy called back stays", () => {
  const cars = events("Yaponiyanın Delta Motors şirkəti 480 min avtomobili geri çağırmaq qərarına gəlib.", [["Yaponiyanın", "LOC", "Yaponiya"], ["Delta Motors", "ORG", "Delta Motors"]]);
  assert.deepEqual([...of(cars, "SANCTION"), ...of(cars, "REQUEST")], [], show(cars));
  const envoy = events("Norveç Fransadakı səfirini geri çağırıb.", [["Norveç", "LOC", "Norveç"], ["Fransadakı", "LOC", "Fransa"]]);
  assert.equal(of(envoy, "SANCTION").length, 1, show(envoy));
  const recalled = events("Norveçin Fransadakı səfiri geri çağırılıb.", [["Norveçin", "LOC", "Norveç"], ["Fransadakı", "LOC", "Fransa"]]);
  assert.equal(of(recalled, "SANCTION").length, 1, show(recalled));
});

test("`söhbət … gedir` (it is about) is no talk; a talk with someone stays", () => {
  const about = events("Con Smit bildirib ki, söhbət ondan gedir ki, Norlandiyanın pulu tükənəcək.", [["Con Smit", "PER", "Con Smit"], ["Norlandiyanın", "LOC", "Norlandiya"]]);
  assert.deepEqual(of(about, "CONSULT"), [], show(about));
  const only = events("Norlandiya bildirib ki, söhbət yalnız investisiyalardan gedir.", [["Norlandiya", "LOC", "Norlandiya"]]);
  assert.deepEqual(of(only, "CONSULT"), [], show(only));
  const talk = events("Kamran Əlizadə Con Smitlə söhbət edib.", [["Kamran Əlizadə", "PER", "Kamran Əlizadə"], ["Con Smitlə", "PER", "Con Smit"]]);
  assert.equal(of(talk, "CONSULT").length, 1, show(talk));
  const then = events("Kamran Əlizadə Con Smitlə söhbət edib Qərbistana gedib.",
    [["Kamran Əlizadə", "PER", "Kamran Əlizadə"], ["Con Smitlə", "PER", "Con Smit"], ["Qərbistana", "LOC", "Qərbistan"]]);
  assert.equal(of(then, "CONSULT").length, 2, show(then));
});

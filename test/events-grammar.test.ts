// Grammar of arguments, dates and retellings: the scope of `X və Y arasında`, the patient of a passive
// clause, dropped subjects, the tense a date told before must agree with, lists of topics, and one event
// per real-world act. Sentences are invented for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { getLanguage } from "../src/lang/index.js";
import { extractEvents } from "../src/extract/events/index.js";
import { docOf, entity, timex } from "./helpers-events.js";

const az = getLanguage("az");

test("`X və Y arasında` before a participle belongs to the participle's noun, not to a later trigger", () => {
  const d = docOf("Con Smit Norveç və Fransa arasında baş vermiş qarşıdurma ilə bağlı mövqeyi yüksək qiymətləndirib.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  const support = extractEvents(d, az).find((e) => e.type === "SUPPORT");
  assert.ok(support);
  assert.deepEqual(support.actors, ["Con Smit"]);
});

test("`X və Y arasında keçirilən görüş`: a participle right before the trigger describes it", () => {
  const d = docOf("Norveç və Fransa arasında keçirilən görüş uğurlu olub.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  const consult = extractEvents(d, az).find((e) => e.type === "CONSULT");
  assert.ok(consult);
  assert.deepEqual([...consult.actors].sort(), ["Fransa", "Norveç"]);
});

test("the nominative of an earlier passive clause is what was done, not the doer of the next clause", () => {
  const d = docOf("Yaşıl Cəmiyyət ötən ay ləğv edilib, bundan əvvəl isə məhkəmə Mavi Birliyi ləğv edib.");
  entity(d, "Yaşıl Cəmiyyət", "ORG", "Yaşıl Cəmiyyət");
  entity(d, "Mavi Birliyi", "ORG", "Mavi Birlik");
  const evs = extractEvents(d, az).filter((e) => e.type === "COERCE");
  const active = evs.find((e) => e.trigger.text === "ləğv edib");
  assert.ok(active);
  assert.ok(!active.actors.includes("Yaşıl Cəmiyyət"));
  assert.ok(active.actors.includes("Mavi Birlik"));
});

test("a verb whose sentence names no side is done by the sides of the event just told (dropped subject)", () => {
  const d = docOf("Con Smit Əli Vəliyevlə görüşüb. Görüşdə ümumi razılıq əldə edilib.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Əli Vəliyevlə", "PER", "Əli Vəliyev");
  const agree = extractEvents(d, az).find((e) => e.type === "AGREE");
  assert.ok(agree);
  assert.deepEqual(agree.actors, ["Con Smit", "Əli Vəliyev"]);
});

test("a date told in the sentence before places an event only when the verb's tense agrees", () => {
  const d = docOf("Con Smit oktyabrın 20-də Norveçə səfər edəcək. Fransa isə Norveçlə danışıqlara hazırlaşır. Norveç də Fransa ilə görüşəcək.");
  timex(d, "oktyabrın 20-də", "2025-10-20");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Norveçə", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  entity(d, "Norveçlə", "LOC", "Norveç");
  entity(d, "Norveç", "LOC", "Norveç", 2);
  entity(d, "Fransa", "LOC", "Fransa", 1);
  const evs = extractEvents(d, az);
  const present = evs.find((e) => e.sentence === 1);
  assert.ok(present);
  assert.equal(present.date, "2025-10-08"); // happening now: the publication date, not the coming 20th
  const future = evs.find((e) => e.sentence === 2);
  assert.ok(future);
  assert.equal(future.date, "2025-10-20");
});

test("a verbal noun in a list closed by a topic word is a topic, not an event", () => {
  const d = docOf("Norveç və Fransa arasında sənədin imzalanması və digər məsələlərlə bağlı danışıqlar aparılıb.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => e.type), ["CONSULT"]);
});

test("the same trigger told again by the same side is one event; swapped sides are another act", () => {
  const d = docOf("Norveç Fransa ilə danışıqlarda iştirak edəcək. Nazir bildirib ki, Norveç danışıqlarda iştirak edəcək. " +
    "Norveç oktyabrın 5-də Fransa vətəndaşlarını həbs edib. Sonradan Fransa da Norveç vətəndaşlarını həbs edib.");
  timex(d, "oktyabrın 5-də", "2025-10-05");
  for (let n = 0; n < 4; n++) entity(d, "Norveç", "LOC", "Norveç", n);
  for (let n = 0; n < 3; n++) entity(d, "Fransa", "LOC", "Fransa", n);
  const evs = extractEvents(d, az);
  assert.equal(evs.filter((e) => e.type === "CONSULT").length, 1);
  const coerce = evs.filter((e) => e.type === "COERCE");
  assert.deepEqual(coerce.map((e) => e.actors), [["Norveç", "Fransa"], ["Fransa", "Norveç"]]);
});

test("`iki nüvə dövləti arasında`: a group phrase with a word inside names the two states told before", () => {
  const d = docOf("Norveç Fransanı günahlandırıb. İki qonşu dövlət arasında döyüşlər davam edir.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransanı", "LOC", "Fransa");
  const assault = extractEvents(d, az).find((e) => e.type === "ASSAULT");
  assert.ok(assault);
  assert.deepEqual([...assault.actors].sort(), ["Fransa", "Norveç"]);
});

test("PLOVER classes of news phrases: pressure, joint and single exercises, shelling, a strike, credit, a veto", () => {
  const cases: [string, string][] = [
    ["Norveç Fransaya təzyiq edib.", "REQUEST"],
    ["Norveç Fransa ilə birgə hərbi təlim keçirib.", "COOPERATE"],
    ["Norveç hərbi təlimlər keçirib.", "MOBILIZE"],
    ["Norveç Fransanın kəndlərini atəşə tutub.", "ASSAULT"],
    ["Norveç həmkarlar ittifaqı tətil elan edib.", "PROTEST"],
    ["Norveç Fransaya kredit ayırıb.", "AID"],
    ["Norveç qətnaməyə veto qoyub.", "REJECT"],
    ["Norveç və Fransa razılığa gəliblər.", "AGREE"],
  ];
  for (const [text, type] of cases) {
    const d = docOf(text);
    entity(d, "Norveç", "LOC", "Norveç");
    const fr = ["Fransaya", "Fransa", "Fransanın"].find((w) => text.includes(w + " "));
    if (fr) entity(d, fr, "LOC", "Fransa");
    const evs = extractEvents(d, az);
    assert.deepEqual(evs.map((e) => e.type), [type], text);
  }
});

test("a holiday (`tətil`) and showing something (`nümayiş etdirmək`) are no protests", () => {
  const d = docOf("Norveç məktəblərində tətil başa çatıb. Norveç filmi nümayiş etdirib.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Norveç", "LOC", "Norveç", 1);
  assert.deepEqual(extractEvents(d, az), []);
});

test("`bilmərik` after a verb negates it", () => {
  const d = docOf("Con Smit deyib: “Biz Norveçi bu haqdan məhrum edə bilmərik”.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Norveçi", "LOC", "Norveç");
  const evs = extractEvents(d, az);
  for (const e of evs) assert.equal(e.mode, "negated");
});

test("talking with a journalist is an interview, not a consultation", () => {
  const d = docOf("Con Smit jurnalist Əli Vəliyevlə söhbətində bildirib. Con Smit Bakıda Pol Cekson ilə söhbət edib.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Əli Vəliyevlə", "PER", "Əli Vəliyev");
  entity(d, "Con Smit", "PER", "Con Smit", 1);
  entity(d, "Bakıda", "LOC", "Bakı");
  entity(d, "Pol Cekson", "PER", "Pol Cekson");
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => e.actors), [["Con Smit", "Pol Cekson"]]);
});

test("readiness told in the present takes no date from the sentence before", () => {
  const d = docOf("Con Smit oktyabrın 20-də Norveçə gedəcək. Fransa Norveçlə danışmağa hazırlaşır.");
  timex(d, "oktyabrın 20-də", "2025-10-20");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Norveçə", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  entity(d, "Norveçlə", "LOC", "Norveç");
  const agree = extractEvents(d, az).find((e) => e.type === "AGREE");
  assert.ok(agree);
  assert.equal(agree.date, "2025-10-08");
});

test("a capitalised trigger word inside a sentence is part of a name; a named summit is still an event", () => {
  const d = docOf("Şirkət Bank Nəzarəti və Qadağan olunmuş Şəxslər siyahısına daxil edilib. Con Smit 5-ci Zirvə görüşündə çıxış edib.");
  entity(d, "Con Smit", "PER", "Con Smit");
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => e.type), ["CONSULT"]);
});

test("a participle before an event noun reaches past the name of whose it is", () => {
  const d = docOf("Con Smit oktyabrın 3-də keçirilən Şimal Dənizi Şurasının iclasından sonra bəyanat verib.");
  timex(d, "oktyabrın 3-də", "2025-10-03");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Şimal Dənizi Şurasının", "ORG", "Şimal Dənizi Şurası");
  const consult = extractEvents(d, az).find((e) => e.type === "CONSULT");
  assert.ok(consult);
  assert.ok(consult.actors.includes("Şimal Dənizi Şurası"));
  assert.equal(consult.date, "2025-10-03");
});

test("the owner of a source phrase (`X-in “Y” portalının məlumatına görə`) is no actor", () => {
  const d = docOf("Norveçin “Səhər” portalının məlumatına görə, görüş Bakıda keçiriləcək.");
  entity(d, "Norveçin", "LOC", "Norveç");
  entity(d, "Səhər", "ORG", "Səhər");
  entity(d, "Bakıda", "LOC", "Bakı");
  const evs = extractEvents(d, az);
  assert.ok(evs.every((e) => !e.actors.includes("Norveç") && !e.actors.includes("Səhər")));
});

test("setting up joint commissions is cooperation", () => {
  const d = docOf("Norveç və Fransa sazişin icrası üçün ikitərəfli komissiyalar yaradacaq.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => [e.type, e.mode]), [["COOPERATE", "future"]]);
});

test("subjects joined by `və` act together, and a later retelling of a mutual act by the sides is the same event", () => {
  const d = docOf("Norveç və Fransa ikitərəfli komissiyalar yaradacaq. Qeyd edilib ki, Fransa və Norveç ikitərəfli komissiya təsis edəcəklər.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  entity(d, "Fransa", "LOC", "Fransa", 1);
  entity(d, "Norveç", "LOC", "Norveç", 1);
  const evs = extractEvents(d, az);
  assert.equal(evs.length, 1);
  assert.deepEqual(evs[0].actors, ["Norveç", "Fransa"]);
});

test("a country owning an envoy stands for its state in the envoy's case; recalling and summoning envoys", () => {
  const cases: [string, string, string[]][] = [
    ["Norveç Fransanın səfirini qəbul edib.", "CONSULT", ["Norveç", "Fransa"]],
    ["Norveç Fransanın səfirini nazirliyə çağırıb.", "ACCUSE", ["Norveç", "Fransa"]],
    ["Norveç Fransadakı səfirini geri çağırıb.", "SANCTION", ["Norveç", "Fransa"]],
    ["Norveç Fransa diplomatlarını ölkədən çıxarıb.", "SANCTION", ["Norveç", "Fransa"]],
  ];
  for (const [text, type, actors] of cases) {
    const d = docOf(text);
    entity(d, "Norveç", "LOC", "Norveç");
    const fr = ["Fransanın", "Fransadakı", "Fransa"].find((w) => text.includes(w + " "));
    if (fr) entity(d, fr, "LOC", "Fransa");
    const evs = extractEvents(d, az);
    assert.deepEqual(evs.map((e) => [e.type, e.actors]), [[type, actors]], text);
  }
});

test("what is refused does not take place: `danışıqlardan imtina edib` is REJECT alone", () => {
  const d = docOf("Norveç Fransa ilə danışıqlardan imtina edib.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  assert.deepEqual(extractEvents(d, az).map((e) => e.type), ["REJECT"]);
});

test("a protest with no one named is the country's where it takes place; a weapons test is MOBILIZE", () => {
  const d = docOf("Minlərlə insan Osloda etiraz aksiyası keçirib. Fransa raket sınağı keçirib.");
  entity(d, "Osloda", "LOC", "Oslo");
  entity(d, "Fransa", "LOC", "Fransa");
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => [e.type, e.actors]), [["PROTEST", ["Norveç"]], ["MOBILIZE", ["Fransa"]]]);
});

test("a future participle before an event noun makes it planned (`keçiriləcək danışıqların ərəfəsində`)", () => {
  const d = docOf("Bu, Norveç və Fransa arasında keçiriləcək məsləhətləşmələrin ikinci raundu ərəfəsində baş verib.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  const consult = extractEvents(d, az).find((e) => e.type === "CONSULT");
  assert.ok(consult);
  assert.equal(consult.mode, "future");
});

test("readiness to use force is a threat; readiness to help is a promise", () => {
  const d = docOf("Norveç Fransanın limanlarına zərbələr endirməyə hazırdır. Fransa isə Norveçə kömək etməyə hazırdır.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransanın", "LOC", "Fransa");
  entity(d, "Fransa", "LOC", "Fransa", 1);
  entity(d, "Norveçə", "LOC", "Norveç");
  const evs = extractEvents(d, az);
  const threat = evs.find((e) => e.sentence === 0);
  assert.ok(threat);
  assert.equal(threat.type, "THREATEN");
  assert.deepEqual(threat.actors, ["Norveç", "Fransa"]);
  assert.equal(threat.mode, "asserted");
  const promise = evs.find((e) => e.sentence === 1);
  assert.ok(promise);
  assert.equal(promise.type, "AGREE");
});

test("stated intent to meet is a promise made, not a meeting planned", () => {
  const d = docOf("Norveç Fransa ilə danışıqlar aparmaq niyyətindədir.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  const [ev] = extractEvents(d, az);
  assert.ok(ev);
  assert.equal(ev.type, "AGREE");
  assert.equal(ev.mode, "asserted");
  assert.deepEqual(ev.actors, ["Norveç", "Fransa"]);
});

test("wanting to meet, in the present, is intent stated (AGREE); wanting in the past tells no intent", () => {
  const run = (text: string) => {
    const d = docOf(text);
    entity(d, "Norveç", "LOC", "Norveç");
    entity(d, "Fransa", "LOC", "Fransa");
    return extractEvents(d, az);
  };
  assert.deepEqual(run("Norveç Fransa ilə danışıqlar aparmaq istəyir.").map((e) => [e.type, e.mode]), [["AGREE", "asserted"]]);
  assert.deepEqual(run("Norveç Fransa ilə danışıqlar aparmaq istəyib.").filter((e) => e.type === "AGREE"), []);
});

test("a genitive names whose act a noun is only when the noun has its possessive", () => {
  const told = (text: string, ents: [string, string][]) => {
    const d = docOf(text);
    for (const [w, name] of ents) entity(d, w, name === "Con Smit" ? "PER" : "LOC", name);
    return extractEvents(d, az).find((e) => e.type === "ASSAULT");
  };
  // `Norveçin … açıqlamanı`: Norway owns the statement, not the attack
  const other = told("Con Smit Norveçin əvvəlki hücumdan sonra verdiyi açıqlamanı tənqid edib.", [["Con Smit", "Con Smit"], ["Norveçin", "Norveç"]]);
  assert.ok(other);
  assert.equal(other.actors[0], "Con Smit");
  const own = told("Fransa Norveçin hücumunu pisləyib.", [["Fransa", "Fransa"], ["Norveçin", "Norveç"]]);
  assert.ok(own);
  assert.equal(own.actors[0], "Norveç");
});

test("a possessed noun ending like a past verb (`vəliəhdi`) closes no clause: the first side still signs", () => {
  const d = docOf("Norveç Baş naziri Con Smit və Danimarka kralının vəliəhdi, şahzadə Pol Cekson saziş imzalayıblar.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Danimarka", "LOC", "Danimarka");
  entity(d, "Pol Cekson", "PER", "Pol Cekson");
  const sign = extractEvents(d, az).find((e) => e.type === "SUPPORT");
  assert.ok(sign);
  assert.equal(sign.actors[0], "Con Smit");
});

test("meeting the press is no consultation", () => {
  const d = docOf("Bunu Con Smit jurnalistlərlə görüşündə deyib. Con Smit Pol Ceksonla görüşündə də bunu deyib.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Con Smit", "PER", "Con Smit", 1);
  entity(d, "Pol Ceksonla", "PER", "Pol Cekson");
  const consults = extractEvents(d, az).filter((e) => e.type === "CONSULT");
  assert.deepEqual(consults.map((e) => e.sentence), [1]);
});

test("`X dövlətini` is X in the accusative: recognising a state names it", () => {
  const d = docOf("Norveç Danimarka dövlətini tanımağı planlaşdırır.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Danimarka", "LOC", "Danimarka");
  const support = extractEvents(d, az).find((e) => e.type === "SUPPORT");
  assert.ok(support);
  assert.deepEqual(support.actors, ["Norveç", "Danimarka"]);
  assert.equal(support.mode, "future");
});

test("an act told by a negated converb (`X edilmədən`, without X) is no event", () => {
  const d = docOf("Con Smit Norveçə həbs edilmədən qayıdıb.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Norveçə", "LOC", "Norveç");
  assert.deepEqual(extractEvents(d, az).filter((e) => e.type === "COERCE"), []);
});

test("a trigger with no side in its clause takes none from the predicate after its verb", () => {
  const d = docOf("Bildirilir ki, ilk könüllü bu təklifi qəbul edib və Norveçdən Danimarkaya qayıdıb.");
  entity(d, "Norveçdən", "LOC", "Norveç");
  entity(d, "Danimarkaya", "LOC", "Danimarka");
  assert.deepEqual(extractEvents(d, az).filter((e) => e.type === "AGREE"), []);
});

test("a role in apposition takes the case of the name after it; a genitive owner of the object is the one acted on", async () => {
  const { annotate } = await import("../src/pipeline.js");
  const { DocContext } = await import("../src/extract/events/context.js");
  const d = annotate({ id: "x", text: "Fransanın XİN rəhbəri Con Smitin açıqlamasından sonra Aleksandr Braun Parisə gəlib.", document_date: "2025-08-06" });
  const ctx = DocContext.of(d, az.events!, az);
  const role = ctx.mentions.find((m) => m.kind === "role");
  assert.equal(role?.case, "gen"); // `XİN rəhbəri Con Smitin`: not a subject
  const visit = d.events.find((e) => e.type === "CONSULT");
  assert.equal(visit?.actors[0], "Aleksandr Braun");
  const e = docOf("Komissiya Con Smitin mandatını ləğv edib.");
  entity(e, "Con Smitin", "PER", "Con Smit");
  assert.deepEqual(extractEvents(e, az).find((v) => v.type === "COERCE")?.actors, ["Con Smit"]);
});

test("a group phrase before `arasında` names the two states told before; a city where it happened is no side", () => {
  const d = docOf("Norveç Fransa ilə danışıqlar aparıb. Daha sonra hər iki ölkənin nazirləri arasında müqavilələr imzalanıb.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  const signed = extractEvents(d, az).find((e) => e.type === "SUPPORT");
  assert.ok(signed);
  assert.deepEqual([...signed.actors].sort(), ["Fransa", "Norveç"]);
  const city = docOf("Con Smit Oslo şəhərində Fransa naziri ilə görüşüb. İki ölkə arasında məsələlər müzakirə edilib.");
  entity(city, "Con Smit", "PER", "Con Smit");
  entity(city, "Oslo", "LOC", "Oslo");
  entity(city, "Fransa", "LOC", "Fransa");
  assert.deepEqual(extractEvents(city, az).map((e) => e.type), ["CONSULT"]);
});

test("a dative after `və` is an argument of another verb, no member of a list closed by a topic word", () => {
  const d = docOf("Con Smitin sabah Əli Vəliyevlə görüşü və ona vergi ilə bağlı fikirlərini deməsi gözlənilir.");
  entity(d, "Con Smitin", "PER", "Con Smit");
  entity(d, "Əli Vəliyevlə", "PER", "Əli Vəliyev");
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => e.type), ["CONSULT"]);
});

test("a name before a reflexive (`X öz bazarını`) is the subject, not the owner of the noun after", () => {
  const d = docOf("Norveç öz bazarını Fransa şirkətlərinə açmağa hazırdır.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => e.actors), [["Norveç", "Fransa"]]);
});

test("the sides of `arasında` are no destination: `gələcək inkişaf` (the future) is no visit", () => {
  const d = docOf("Norveç Fransa ilə görüşüb. İki ölkə arasında əməkdaşlığın gələcək inkişafı müzakirə edilib.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  const evs = extractEvents(d, az);
  assert.ok(!evs.some((e) => e.trigger.text === "gələcək"));
});

test("a needed word that reads both as a verb and as a noun is the verb before an auxiliary of ability", () => {
  const d = docOf("Norveç ilə Fransa arasında sərhəd açıla bilər.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  const [ev] = extractEvents(d, az);
  assert.ok(ev);
  assert.equal(ev.type, "CONCEDE");
  assert.equal(ev.mode, "possible");
});

// Invented world-news articles (stop 31, helper arts32): a date in a relative clause describing the object, a noun of harm
// in the locative charged with the accused between, a cyber attack suffered, a sitting planned with its date between, rescuers
// sent, the act's own noun opening the next sentence with its date, and a body's short name after a state in the genitive.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string) => annotate({ id: "t", text, document_date: "2025-11-22" });
const events = (text: string) => doc(text).events ?? [];
const of = (text: string, type: string) => events(text).filter((e) => e.type === type);

test("a date in a relative clause describing the object (`ötən ilin noyabrında ələ keçirdikləri X gəmisinin heyətini`) is the object's", () => {
  const freed = of("Venesuela ötən ilin noyabrında saxladığı \"Sea Star\" gəmisinin 20 nəfərlik heyətini azad edib.", "RETREAT");
  assert.equal(freed.length, 1);
  assert.notEqual(freed[0].date, "2024-11");
  // look-alike: a date before an occasion in the locative still dates the act
  const signed = of("Gürcüstan və Ermənistan noyabrın 20-də keçirilən iclasda saziş imzalayıblar.", "SUPPORT");
  assert.equal(signed.length, 1);
  assert.equal(signed[0].date, "2025-11-20");
  // look-alike: a date right before the act's own verb dates it
  assert.equal(of("Venesuela noyabrın 20-də \"Sea Star\" gəmisinin heyətini azad edib.", "RETREAT")[0]?.date, "2025-11-20");
});

test("a noun of harm in the locative with the accused between (`X hücumda Y-i günahlandırıb`) is the charge, no attack", () => {
  const text = "Hindistan hücumda Pakistanı günahlandırıb.";
  assert.equal(of(text, "ASSAULT").length, 0);
  assert.deepEqual(of(text, "ACCUSE").map((e) => [...e.actors].sort()), [["Hindistan", "Pakistan"]]);
  assert.equal(of("Nazir hücumda Rusiya xüsusi xidmətləri ilə əlaqəli haker qruplaşmasını ittiham edib.", "ASSAULT").length, 0);
  // look-alike: an attack in the locative before another verb is told
  assert.equal(of("Rusiya hücumda Ukraynanın Xarkov şəhərini vurub.", "ASSAULT").length, 1);
});

test("a cyber attack suffered (`kiberhücuma məruz qalıb`) is COERCE on its target; defence against one is none", () => {
  const hit = of("Estoniyanın dövlət qurumlarının saytları kiberhücuma məruz qalıb.", "COERCE");
  assert.equal(hit.length, 1);
  assert.ok(hit[0].actors.includes("Estoniya"), hit[0].actors.join());
  assert.equal(events("Nazirlik kiberhücumlardan qorunma tədbirlərini müzakirə edib.").filter((e) => e.type === "COERCE").length, 0);
});

test("a sitting planned with its date and place between (`növbəti iclasın dekabrda Bakıda keçirilməsi planlaşdırılır`)", () => {
  const text = "Gürcüstan və Ermənistan hökumətlərarası komissiyalarının iclası keçirilib. Növbəti iclasın dekabrda Tbilisidə keçirilməsi planlaşdırılır.";
  const planned = of(text, "CONSULT").filter((e) => e.mode === "future");
  assert.equal(planned.length, 1);
  assert.equal(planned[0].date, "2025-12");
  // look-alike: a rule a bill sets (`layihədə … qapalı iclasının keçirilə bilməsi nəzərdə tutulur`) holds no sitting
  assert.equal(of("Bundan başqa, layihədə parlamentin təklifi ilə Acarıstan Ali Şurasının qapalı iclasının keçirilə bilməsi nəzərdə tutulur.", "CONSULT").length, 0);
  assert.equal(of("Bundan başqa, layihədə parlamentin təklifi ilə Acarıstan Ali Şurasının qapalı iclasının keçirilməsi nəzərdə tutulur.", "CONSULT").length, 0);
});

test("the act's own noun opening the next sentence with a date (`İclas noyabrın 20-də … baş tutub`) dates the act", () => {
  const met = of("Gürcüstan və Ermənistan komissiyalarının növbəti iclası keçirilib. İclas noyabrın 20-də sərhəd məntəqəsində baş tutub.", "CONSULT");
  assert.deepEqual(met.map((e) => e.date), ["2025-11-20"]);
  // look-alike: a sentence opening with another noun keeps the act undated
  const other = of("Gürcüstan və Ermənistan komissiyalarının növbəti iclası keçirilib. Layihə noyabrın 20-də təqdim olunub.", "CONSULT");
  assert.notEqual(other[0]?.date, "2025-11-20");
});

test("rescuers sent to a disaster's place (`axtarış-xilasetmə qrupları göndəriblər`) are AID; rescuers at work at home are none", () => {
  assert.equal(of("Qazaxıstan və Özbəkistan zəlzələ bölgəsinə axtarış-xilasetmə qrupları göndəriblər.", "AID").length, 1);
  assert.equal(of("Ölkədə axtarış-xilasetmə qrupları işləyir.", "AID").length, 0);
});

test("a body's short name after a state in the genitive is that state's, not another state's named in full", () => {
  const d = doc("Livanın Xarici İşlər Nazirliyi hücumu pisləyib. İordaniya Xarici İşlər Nazirliyi də zərbələri qınayıb.");
  const short = d.entities.find((e) => e.text === "Xarici İşlər Nazirliyi");
  assert.ok(short && short.name !== "İordaniya Xarici İşlər Nazirliyi", short?.name);
  const accuse = (d.events ?? []).filter((e) => e.type === "ACCUSE");
  assert.ok(!accuse[0].actors.includes("İordaniya"), accuse[0].actors.join());
  // look-alike: the same state's body named in full and then after its genitive is one body
  const same = doc("İordaniya Xarici İşlər Nazirliyi bəyanat yayıb. İordaniyanın Xarici İşlər Nazirliyi zərbələri pisləyib.");
  assert.equal(same.entities.filter((e) => e.type === "ORG").every((e) => e.name === "İordaniya Xarici İşlər Nazirliyi"), true);
});

test("an interest stated in an act's verbal noun in the locative (`sazişin imzalanmasında maraqlıdır`) is intent, AGREE", () => {
  const text = "Gürcüstan və Ermənistan arasında danışıqlar keçirilib. Nazir qeyd edib ki, Ermənistan tərəfi sazişin tezliklə imzalanmasında maraqlıdır.";
  assert.deepEqual(of(text, "AGREE").map((e) => e.actors.includes("Ermənistan")), [true]);
  assert.equal(of(text, "SUPPORT").length, 0);
  // look-alike: taking part in a signing is told as before, no intent
  assert.equal(of("Ermənistan sazişin imzalanmasında iştirak edib.", "AGREE").length, 0);
});

test("an agreement's carrying out suspended with a named side (`Y ilə … müqavilənin icrasını dayandırıb`) is SANCTION", () => {
  const text = "Efiopiya hökuməti Misirlə Nil çayının sularına dair müqavilənin icrasını dayandırıb.";
  assert.deepEqual(of(text, "SANCTION").map((e) => [...e.actors].sort()), [["Efiopiya", "Misir"]]);
  // look-alikes: carrying it on, and a contract with no side named, are none
  assert.equal(of("Efiopiya Misirlə sazişin icrasını davam etdirir.", "SANCTION").length, 0);
  assert.equal(of("Hökumət icarə müqaviləsinin icrasını dayandırıb.", "SANCTION").length, 0);
});

test("prisoners exchanged (`X və Y arasında məhbus mübadiləsi aparılıb`) are released, as prisoners of war are", () => {
  assert.deepEqual(of("Belarus və Litva arasında məhbus mübadiləsi aparılıb.", "RETREAT").map((e) => [...e.actors].sort()), [["Belarus", "Litva"]]);
  // look-alike: a prisoner told with no exchange is no release
  assert.equal(of("Belarus və Litva arasında məhbus məsələsi müzakirə olunub.", "RETREAT").length, 0);
});

test("Yemen's Houthis named by their plural (`Husilər`, `Husiləri`) are a side", () => {
  const d = doc("Husilər Qırmızı dənizdə saxladıqları gəminin heyətini azad ediblər. BMT Husiləri digər girovları da azad etməyə çağırıb.");
  assert.ok(d.entities.some((e) => e.text === "Husiləri" && e.type === "ORG" && e.name === "Husilər"));
  assert.ok((d.events ?? []).some((e) => e.type === "RETREAT" && e.actors.includes("Husilər")));
  assert.ok((d.events ?? []).some((e) => e.type === "REQUEST" && e.actors.includes("Husilər")));
});

test("a bare act noun told next by a person the act before did not have (`Z də Y-ə təbrik məktubu göndərib`) is Z's own act", () => {
  const text = "Avropa Şurasının prezidenti Antonio Koşta Rumıniyanın yeni prezidenti Nikuşor Danı qələbə münasibətilə təbrik edib. Moldova prezidenti Maya Sandu da Dana təbrik məktubu göndərib.";
  const support = of(text, "SUPPORT");
  assert.equal(support.length, 2);
  assert.ok(support.some((e) => e.actors[0] === "Maya Sandu" && !e.actors.includes("Antonio Koşta")));
  // look-alike: the same person's letter told again is the one congratulation
  assert.equal(of("Prezident İlham Əliyev Tokayevi təbrik edib. Təbrik məktubunda Əliyev uğurlar arzulayıb.", "SUPPORT").length, 1);
});

test("the one acted on named by a group phrase (`Z iki ölkəni … çağırıb`, `hər iki tərəfi`) is the two sides just told", () => {
  const story = "Efiopiya Misiri sərhəddə təxribatda günahlandırıb. Misir ittihamları rədd edib. ";
  for (const call of ["Çin iki ölkəni gərginliyi azaltmağa çağırıb.", "Türkiyə hər iki tərəfi dialoqa çağırıb."]) {
    const req = of(story + call, "REQUEST");
    assert.equal(req.length, 1);
    assert.ok(req[0].actors.includes("Efiopiya") && req[0].actors.includes("Misir"), req[0].actors.join());
  }
  // look-alike: a group phrase as the subject keeps its reading (the sides act), and a state's own side (`Rusiya tərəfi`) is no group
  assert.deepEqual(of(story + "İki ölkə danışıqlara başlamağa razılaşıb.", "REQUEST"), []);
  const own = of("Efiopiya Misiri günahlandırıb. Misir ittihamları rədd edib. Rusiya tərəfi Misiri dialoqa çağırıb.", "REQUEST");
  assert.ok(own.every((e) => !e.actors.includes("Efiopiya")), own.map((e) => e.actors.join()).join(" / "));
});

// Linking: short forms and initials, role phrases through the office table, pronouns, ids.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date: string | null = "2025-10-08") => annotate({ id: "t", text, document_date: date });

test("short forms and initials take the fullest name in the article", () => {
  const d = doc("Prezident Kasım-Jomart Tokayev Astanada çıxış edib. K.Tokayev bildirib ki, Tokayevin təklifi qəbul olunub.");
  const names = d.entities.filter((e) => e.type === "PER").map((e) => e.name);
  assert.deepEqual(names, ["Kasım-Jomart Tokayev", "Kasım-Jomart Tokayev", "Kasım-Jomart Tokayev"]);
  assert.ok(d.entities.every((e) => e.type !== "PER" || e.id === "per:kassym-jomart-tokayev"));
});

test("a surname alone keeps its name but takes the known person's id, preferring the one in office", () => {
  const d = doc("Əliyev sammitdə çıxış edib.");
  assert.equal(d.entities[0].name, "Əliyev");
  assert.equal(d.entities[0].id, "per:ilham-aliyev");
  assert.equal(d.entities[0].name_en, "Ilham Aliyev");
});

test("abbreviations and short names of bodies take the fullest name the article gives", () => {
  const d = doc("ABŞ Maliyyə Nazirliyi bəyanat yayıb. Bu barədə Aktivlərə Nəzarət İdarəsinin (ANB) məlumatında deyilir. Məlumata görə, Maliyyə Nazirliyinin qərarı qüvvəyə minib. ANB bunu təsdiqləyib.");
  const orgs = d.entities.filter((e) => e.type === "ORG").map((e) => [e.text, e.name]);
  assert.deepEqual(orgs.find(([t]) => t === "Maliyyə Nazirliyinin"), ["Maliyyə Nazirliyinin", "ABŞ Maliyyə Nazirliyi"]);
  const anb = d.entities.filter((e) => e.text === "ANB").map((e) => e.name);
  assert.deepEqual(anb, ["Aktivlərə Nəzarət İdarəsi", "Aktivlərə Nəzarət İdarəsi"]);
});

test("role phrases resolve through the office table on the document's date", () => {
  const text = "Gürcüstanın baş naziri Bakıya gəlib.";
  const at = (date: string) => doc(text, date).links?.find((l) => l.kind === "role")?.name;
  assert.equal(at("2025-03-01"), "İrakli Kobaxidze");
  assert.equal(at("2016-03-01"), "Giorgi Kvirikaşvili");
  const us = (date: string) => doc("ABŞ prezidenti bəyanat verib.", date).links?.[0]?.name;
  assert.equal(us("2023-05-05"), "Co Bayden");
  assert.equal(us("2025-05-05"), "Donald Tramp");
  const d = doc("Ötən ay Rusiya prezidentini qəbul edib.");
  const l = d.links?.[0];
  assert.equal(l?.text, "Rusiya prezidentini");
  assert.equal(l?.case, "acc");
  assert.equal(l?.id, "per:vladimir-putin");
  // the country is an entity; the role phrase is not
  assert.deepEqual(d.entities.map((e) => e.text), ["Rusiya"]);
});

test("a deputy or a former holder is not the office holder", () => {
  assert.equal(doc("Rusiya XİN rəhbərinin müavini danışıb.").links?.length ?? 0, 0);
  assert.equal(doc("ABŞ-ın keçmiş prezidenti danışıb.").links?.length ?? 0, 0);
});

test("pronouns link to the person in focus", () => {
  const d = doc("Nazir Ceyhun Bayramov Tehrana gedib. O, orada həmkarı ilə görüşüb. Onun sözlərinə görə, danışıqlar uğurlu keçib.");
  const p = d.links?.filter((l) => l.kind === "pronoun").map((l) => [l.text, l.name, l.case ?? "nom"]);
  assert.deepEqual(p, [["O", "Ceyhun Bayramov", "nom"], ["Onun", "Ceyhun Bayramov", "gen"]]);
});

test("ids are stable across documents; countries carry ISO and English names", () => {
  const a = doc("Düşənbədə görüş olub.").entities[0];
  const b = doc("Düşənbə şəhəri böyüyür.").entities[0];
  assert.equal(a.id, b.id);
  assert.equal(a.name_en, "Dushanbe");
  const c = doc("Türkiyəyə səfər edib.").entities[0];
  assert.equal(c.id, "loc:TR");
  assert.equal(c.iso, "TR");
});

test("a role inside a body named after a country resolves within that country", () => {
  const d = doc("Tehranda danışıqlar aparılıb. İran XİN rəhbəri bəyanat verib.", "2025-07-01");
  const l = d.links?.find((x) => x.kind === "role");
  assert.equal(l?.text, "İran XİN rəhbəri");
  assert.equal(l?.name, "Abbas Əraqçi");
});

test("a role without a country names no one unless the article makes it clear", () => {
  // another country is named, nobody holding the office is: unlinked, not the home country's holder
  assert.equal(doc("Fransada seçkilər keçirilib. XİN rəhbəri bəyanat verib.").links?.length ?? 0, 0);
  // a holder the article already named
  const d = doc("ABŞ prezidenti Donald Tramp Bakıya gəlib. Çıxışında Prezident sülhdən danışıb.", "2025-07-01");
  assert.deepEqual(d.links?.map((l) => [l.text, l.name]), [["ABŞ prezidenti", "Donald Tramp"], ["Prezident", "Donald Tramp"]]);
  // no other country named: the home country is implied
  assert.equal(doc("Prezident yeni fərman imzalayıb.", "2025-07-01").links?.[0]?.name, "İlham Əliyev");
});

test("a country's leader is the office that leads it", () => {
  const at = (text: string) => doc(text, "2025-07-01").links?.find((l) => l.kind === "role")?.name;
  assert.equal(at("Ukrayna lideri çıxış edib."), "Volodimir Zelenski");
  assert.equal(at("Almaniya lideri çıxış edib."), "Fridrix Merts");
  assert.equal(doc("Müxalifət lideri çıxış edib.").links?.length ?? 0, 0);
});

test("pronouns link only to people the article named before, passing over quoted speech", () => {
  // nobody named yet: the pronoun stays unlinked
  assert.equal(doc("O, bu barədə danışıb.").links?.length ?? 0, 0);
  const d = doc("Nazir Ceyhun Bayramov bəyanat verib. “Prezident İlham Əliyev bu məsələni müzakirə edəcək”, – o deyib.", "2025-07-01");
  const p = d.links?.find((l) => l.kind === "pronoun");
  assert.equal(p?.text, "o");
  assert.equal(p?.name, "Ceyhun Bayramov");
});

test("a pronoun prefers the subject of the sentences before over a later non-subject", () => {
  const d = doc("Ceyhun Bayramov Bakıda çıxış edib. Tədbirdə Con Smitə mükafat verilib. O, sülhdən danışıb.");
  assert.equal(d.links?.find((l) => l.kind === "pronoun")?.name, "Ceyhun Bayramov");
});

test("an acronym ends a person's name; a glued initial of any given name takes the full name", () => {
  const d = doc("Baş nazir Əhməd Kamal Rəşid OPEC-in iclasında çıxış edib. K.Rəşid bildirib ki, OPEC güclüdür.");
  const people = d.entities.filter((e) => e.type === "PER").map((e) => [e.text, e.name]);
  assert.deepEqual(people, [["Əhməd Kamal Rəşid", "Əhməd Kamal Rəşid"], ["K.Rəşid", "Əhməd Kamal Rəşid"]]);
});

test("a pronoun inside quoted speech stands for someone named in that quotation, never the speaker", () => {
  const d = doc("Nazir Ceyhun Bayramov çıxış edib. “Dünyada sülh olsa, Con Smit bunu dəstəkləyəcək. Ancaq o, hələ qərar verməyib”, – nazir bildirib. “Biz hələ gözləyirik, o, isə susur”, – deyə əlavə edib.");
  const p = d.links?.filter((l) => l.kind === "pronoun").map((l) => [l.text, l.name]);
  assert.deepEqual(p, [["o", "Con Smit"]]);
});

test("a pronoun right after a person is not that person (`X onu da qeyd edib ki …`)", () => {
  const d = doc("Nazir Ceyhun Bayramov çıxış edib. Bayramov onu da qeyd edib ki, görüş olacaq.");
  assert.equal(d.links?.filter((l) => l.kind === "pronoun").length ?? 0, 0);
});

test("a bare role word before a possessed noun is a modifier, not a person", () => {
  const d = doc("Tələbələrə Prezident təqaüdü verilib. Prezident bildirib ki, iş davam edir.");
  const links = (d.links ?? []).map((l) => [l.text, l.start]);
  assert.deepEqual(links, [["Prezident", d.text.lastIndexOf("Prezident")]]);
  const named = doc("Bu barədə Baş nazir Əli Əsədov qərar imzalayıb.");
  assert.ok(!(named.links ?? []).some((l) => l.kind === "role" && l.name !== "Əli Əsədov"));
});

test("a name with the copula keeps its base form and stays in focus for the next pronoun", () => {
  const d = doc("Şirkətin yeni rəhbəri Kamran Nəbiyevdir. O, əvvəllər bankda işləyib. Paytaxt isə Bakıdır.");
  assert.deepEqual(d.entities.map((e) => [e.text, e.name]), [["Kamran Nəbiyevdir", "Kamran Nəbiyev"], ["Bakıdır", "Bakı"]]);
  assert.equal(d.links?.find((l) => l.kind === "pronoun")?.name, "Kamran Nəbiyev");
});

test("a role titling the name after it does not take the focus from the sentence's subject", () => {
  const d = doc("Yeni səfir Karlos Mendes Prezidenti İlham Əliyevə məktub təqdim edib. Səfir iqtisadi əlaqələrdən danışıb. O, dəstəyə görə minnətdarlığını bildirib.");
  assert.equal(d.links?.find((l) => l.kind === "pronoun")?.name, "Karlos Mendes");
});

test("an official name written surname first links with the short forms after it", () => {
  const d = doc("Şirkətin rəhbəri Quliyev Anar Rasim oğlu saxlanılıb. Anar Quliyevə ittiham elan edilib. Quliyev etiraf edib.");
  const people = d.entities.filter((e) => e.type === "PER");
  assert.deepEqual(people.map((e) => e.name), ["Anar Quliyev", "Anar Quliyev", "Anar Quliyev"]);
  assert.equal(new Set(people.map((e) => e.id)).size, 1);
});

test("a body attached to another keeps its full name for its short form", () => {
  const d = doc("İqtisadiyyat Nazirliyi yanında Dövlət Vergi Xidməti məlumat yayıb. Dövlət Vergi Xidməti bildirib ki, yoxlama başa çatıb.");
  const orgs = d.entities.filter((e) => e.type === "ORG").map((e) => e.name);
  assert.deepEqual(orgs, ["İqtisadiyyat Nazirliyi yanında Dövlət Vergi Xidməti", "İqtisadiyyat Nazirliyi yanında Dövlət Vergi Xidməti"]);
});

test("a body named again without the body it belongs to takes its full name", () => {
  const d = doc("Qazaxıstan Maliyyə Nazirliyinin Gəlirlər Komitəsi bəyanat yayıb. Görüşdə Qazaxıstan Gəlirlər Komitəsinin rəhbəri iştirak edib.");
  const orgs = d.entities.filter((e) => e.type === "ORG").map((e) => e.name);
  assert.deepEqual(orgs, ["Qazaxıstan Maliyyə Nazirliyinin Gəlirlər Komitəsi", "Qazaxıstan Maliyyə Nazirliyinin Gəlirlər Komitəsi"]);
});

test("an abbreviation takes the name written in brackets after it, or the one body it spells by initials", () => {
  const a = annotate({ id: "t", text: "Müsahibəni ATN (Asian Television Network) telekanalı yayıb. ATN sonra da yazıb.", document_date: "2025-06-01" }).entities;
  assert.deepEqual(a.filter((e) => e.text === "ATN").map((e) => e.name), ["Asian Television Network", "Asian Television Network"]);
  const b = annotate({ id: "t", text: "Bu barədə Fransanın Milli Kibertəhlükəsizlik Xidmətinin sözçüsü bildirib. MKX bildirir ki, hücum dəf edilib.", document_date: "2025-06-01" }).entities;
  assert.equal(b.find((e) => e.text === "MKX")?.name, "Fransanın Milli Kibertəhlükəsizlik Xidməti");
  // two bodies spelled alike: the abbreviation keeps its letters
  const c = annotate({ id: "t", text: "Görüşdə Gürcüstanın Elm və Təhsil Nazirliyi və Latviyanın Elm və Tərəqqi Nazirliyi təmsil olunub. ETN bildirib.", document_date: "2025-06-01" }).entities;
  assert.equal(c.find((e) => e.text === "ETN")?.name, "ETN");
});

test("a body named without its owner takes the owner's name, the possessive back on", () => {
  const d = doc("Qırğızıstan Respublikası Milli Məclisi sənədi təsdiqləyib. Milli Məclisin sədri bəyanat verib.");
  const names = d.entities.filter((e) => e.type === "ORG").map((e) => e.name);
  assert.deepEqual(names, ["Qırğızıstan Respublikası Milli Məclisi", "Qırğızıstan Respublikası Milli Məclisi"]);
});

test("namesakes keep their own names; a bare surname is the one introduced last", () => {
  const d = doc("Tədbirdə Rəşad Quliyev çıxış edib. Quliyev bildirib ki, iş davam edir. Sonra Anar Quliyev danışıb. Quliyev əlavə edib ki, plan hazırdır. Baş nazir Məhəmməd Şahbaz Şərif gəlib. Şahbaz Şərif danışıb.");
  const names = d.entities.filter((e) => e.type === "PER").map((e) => [e.text, e.name]);
  assert.deepEqual(names, [
    ["Rəşad Quliyev", "Rəşad Quliyev"], ["Quliyev", "Rəşad Quliyev"],
    ["Anar Quliyev", "Anar Quliyev"], ["Quliyev", "Anar Quliyev"],
    ["Məhəmməd Şahbaz Şərif", "Məhəmməd Şahbaz Şərif"], ["Şahbaz Şərif", "Məhəmməd Şahbaz Şərif"],
  ]);
});

test("a body's office (`AMEA prezidenti`) is not linked to the head of state", () => {
  const d = doc("Tədbirdə Prezident İlham Əliyevin fərmanı xatırlanıb. Sonra AMEA prezidenti çıxış edib.");
  const role = (d.links ?? []).find((l) => l.text.includes("AMEA"));
  assert.equal(role, undefined);
  assert.ok(!(d.links ?? []).some((l) => l.text === "prezidenti" && l.name === "İlham Əliyev"));
  // a body's common noun owns the office too; the country's does not
  const owned = doc("Tədbirdə Prezident İlham Əliyevin fərmanı xatırlanıb. Şirkətin prezidenti çıxış edib. Ölkənin prezidenti də gəlib.");
  assert.deepEqual((owned.links ?? []).filter((l) => /^prezidenti$/i.test(l.text)).map((l) => l.name), ["İlham Əliyev"]);
});

test("an object pronoun is not the subject of its own clause: it is the person last named in another role", () => {
  const d = doc("İlham Əliyev dünən Vladimir Putinə zəng edib və onu ad günü münasibətilə təbrik edib.");
  assert.deepEqual(d.links?.filter((l) => l.kind === "pronoun").map((l) => [l.text, l.name]), [["onu", "Vladimir Putin"]]);
  // a subject pronoun is still the subject in focus
  const s = doc("İlham Əliyev Vladimir Putinə zəng edib. O, dünən Parisə gedib.");
  assert.equal(s.links?.find((l) => l.kind === "pronoun")?.name, "İlham Əliyev");
});

test("a known holder of another state's office after a role is no apposition; a holder the article names by surname keeps that form", () => {
  const d = doc("Rusiya Prezidenti Əliyevlə görüşüb. Putin bildirib ki, münasibətlər inkişaf edir.");
  const role = d.links?.find((l) => l.kind === "role");
  assert.equal(role?.text, "Rusiya Prezidenti");
  assert.equal(role?.name, "Putin");
  // apposition stays where the name is the holder's own: `Rusiya Prezidenti Vladimir Putinlə`
  const a = doc("Rusiya Prezidenti Vladimir Putinlə görüş olub.");
  assert.ok(!a.links?.some((l) => l.kind === "role" && l.name !== "Vladimir Putin"));
});

test("a role's holder spelt another way by the article keeps the article's spelling", () => {
  const d = doc("Almaniya kansleri Makronla görüşüb. Fridrix Merz bildirib ki, razılaşma var.");
  assert.equal(d.links?.find((l) => l.kind === "role")?.name, "Fridrix Merz");
});

test("a role as the subject goes on with the holder last named as one; `həmkarı` is the other side", () => {
  const d = doc("Azərbaycan Prezidenti İlham Əliyev Qazaxıstan Prezidenti Kasım-Jomart Tokayevlə telefon danışığı aparıb. Dövlət başçısı həmkarını ad günü münasibətilə təbrik edib.");
  const byText = new Map(d.links?.map((l) => [l.text, l.name]));
  assert.equal(byText.get("Dövlət başçısı"), "İlham Əliyev");
  assert.equal(byText.get("həmkarını"), "Kasım-Jomart Tokayev");
  const praise = d.events?.find((e) => e.type === "SUPPORT");
  assert.deepEqual(praise?.actors.slice(0, 1), ["İlham Əliyev"]);
  assert.ok(praise?.actors.includes("Kasım-Jomart Tokayev"));
});

test("a presidency's head is its state's leader (`Kreml rəhbəri`); a body's head without a state is no one", () => {
  assert.equal(doc("Kreml rəhbəri Ərdoğanla görüşüb.").links?.find((l) => l.kind === "role")?.name, "Vladimir Putin");
  assert.equal(doc("AMEA rəhbəri Paşinyanla görüşüb.").links?.filter((l) => l.kind === "role").length, 0);
});

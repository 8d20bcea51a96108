// Entity recognition on sentences written for these tests: unseen names found from context.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const ents = (text: string, date = "2025-10-08") => annotate({ id: "t", text, document_date: date }).entities;
const find = (text: string, surface: string, date?: string) => ents(text, date).find((e) => e.text === surface);

test("a title before an unseen name makes a person", () => {
  const e = find("Türkmənistan prezidenti Qurbanqulu Berdiməhəmmədov paytaxtda çıxış edib.", "Qurbanqulu Berdiməhəmmədov");
  assert.equal(e?.type, "PER");
  const k = find("Cənubi Koreyanın Baş naziri Han Deok Su səfərə gəlib.", "Han Deok Su");
  assert.equal(k?.type, "PER");
  const m = find("Rusiya XİN rəhbərinin müavini Mixail Qaluzinlə görüş keçirilib.", "Mixail Qaluzinlə");
  assert.equal(m?.type, "PER");
  assert.equal(m?.name, "Mixail Qaluzin");
});

test("surname endings and given names mark people; the ending is in the span, not the name", () => {
  const e = find("Görüşdə Rəşad Səmədzadəyə mükafat verilib.", "Rəşad Səmədzadəyə");
  assert.equal(e?.type, "PER");
  assert.equal(e?.name, "Rəşad Səmədzadə");
  const f = find("Tədbirdə Aynur Quliyeva çıxış edib.", "Aynur Quliyeva");
  assert.equal(f?.name, "Aynur Quliyeva");
});

test("organisation heads and legal forms make organisations", () => {
  const a = find("Layihəni Sənaye və Texnologiya Nazirliyi hazırlayıb.", "Sənaye və Texnologiya Nazirliyi");
  assert.equal(a?.type, "ORG");
  const b = find("Bu barədə Qafqaz Enerji Şirkətinin hesabatında deyilir.", "Qafqaz Enerji Şirkətinin");
  assert.equal(b?.type, "ORG");
  assert.equal(b?.name, "Qafqaz Enerji Şirkəti");
  const c = find("Müqaviləni Delta Logistika MMC imzalayıb.", "Delta Logistika MMC");
  assert.equal(c?.type, "ORG");
});

test("quoted names take their type and name from the head after them", () => {
  // a legal form types the company but is no part of its name
  const a = find('Bu gün "Azərenerji" ASC məlumat yayıb.', "Azərenerji");
  assert.equal(a?.type, "ORG");
  assert.equal(a?.name, "Azərenerji");
  const b = find('Nazir "Yaşıl Keçid" forumunda çıxış edib.', "Yaşıl Keçid");
  assert.equal(b?.type, "MISC");
  assert.equal(b?.name, "Yaşıl Keçid forumu");
});

test("a lower-case place head is outside the span; known places are found in any case", () => {
  const a = find("Nümayəndə heyəti Novoçerkassk şəhərində olub.", "Novoçerkassk");
  assert.equal(a?.type, "LOC");
  const b = find("Heyət Tacikistana, oradan da Qırğızıstanın paytaxtına gedib.", "Qırğızıstanın");
  assert.equal(b?.name, "Qırğızıstan");
  assert.equal(b?.type, "LOC");
});

test("sentence-initial capitals and nationality adjectives are not names", () => {
  const e = ents("Azərbaycanlı idmançılar yarışda qalib gəlib. Tədbirə çoxlu qonaq qatılıb.");
  assert.deepEqual(e.map((x) => x.text), []);
});

test("headlines in capitals and text in lower case still find known names", () => {
  const caps = ents("İLHAM ƏLİYEV BAKIDA QONAĞI QARŞILADI");
  assert.deepEqual(caps.map((e) => [e.type, e.name]), [["PER", "İlham Əliyev"], ["LOC", "Bakı"]]);
  const low = ents("ilham əliyev bu gün bakıda rusiya nümayəndə heyətini qəbul edib");
  assert.deepEqual(low.map((e) => [e.type, e.name]), [["PER", "İlham Əliyev"], ["LOC", "Bakı"], ["LOC", "Rusiya"]]);
});

test("country long forms take the short canonical name", () => {
  const e = find("Müqavilə Rusiya Federasiyasının təşəbbüsü ilə imzalanıb.", "Rusiya Federasiyasının");
  assert.equal(e?.type, "LOC");
  assert.equal(e?.name, "Rusiya");
  assert.equal(e?.iso, "RU");
});

test("a known place in an oblique case ends a person's name: `Asif Nadim Çinlə`", () => {
  assert.deepEqual(ents("Müdafiə naziri Asif Nadim Çinlə münasibətləri şərh edib.").map((e) => [e.text, e.type, e.name]),
    [["Asif Nadim", "PER", "Asif Nadim"], ["Çinlə", "LOC", "Çin"]]);
});

test("an ending written apart closes a name, and an unknown acronym names a body, not a person", () => {
  const e = find("Prezident QWX-nun Ali Şurasının iclasında iştirak edib.", "QWX-nun");
  assert.equal(e?.type, "ORG");
  assert.equal(e?.name, "QWX");
});

test("names in quotes are whole: digits, `&`, a list sharing one head, legal forms written out", () => {
  const e = ents("Bu barədə “777SERVIS” MMC-nin rəhbəri danışıb.");
  assert.deepEqual(e.map((x) => [x.text, x.type, x.name]), [["777SERVIS", "ORG", "777SERVIS"]]);
  const list = ents("“ALFA”, “BETA” və “QAMMA” Məhdud Məsuliyyətli Cəmiyyətlərinin rəhbərləri saxlanılıb.");
  assert.deepEqual(list.map((x) => [x.text, x.type]), [["ALFA", "ORG"], ["BETA", "ORG"], ["QAMMA", "ORG"]]);
  const amp = find("Qonaqlar “Bulud Cafe & Lounge” restoranında olublar.", "Bulud Cafe & Lounge");
  assert.equal(amp?.type, "ORG");
  const long = ents("Müqaviləni “Şərq Tikinti” Açıq Səhmdar Cəmiyyəti imzalayıb.");
  assert.deepEqual(long.map((x) => [x.text, x.type, x.name]), [["Şərq Tikinti", "ORG", "Şərq Tikinti"]]);
});

test("a facility named in quotes is a place; its generic head is part of the name, never a name alone", () => {
  const e = ents("Nazir “Sahil” Mehmanxana Kompleksinə baş çəkib. Biznes Mərkəzində 20 nəfər işləyəcək.");
  assert.deepEqual(e.map((x) => [x.text, x.type, x.name]), [["Sahil", "LOC", "Sahil Mehmanxana Kompleksi"]]);
  const two = ents("Rayonda “Sarı Dağ” və “Yaşıl Yamac” su elektrik stansiyaları açılıb. SES-lərdə işçilər çalışır.");
  assert.deepEqual(two.map((x) => [x.text, x.type]), [["Sarı Dağ", "LOC"], ["Yaşıl Yamac", "LOC"]]);
});

test("official names written surname first span the patronymic and are named as written (the fullest form; fx26)", () => {
  const e = ents("Şirkətin rəhbəri Quliyev Anar Rasim oğlu və Həsənova Aynur Vaqif qızına ittiham elan edilib.");
  assert.deepEqual(e.map((x) => [x.text, x.type, x.name]), [
    ["Quliyev Anar Rasim oğlu", "PER", "Quliyev Anar Rasim oğlu"], ["Həsənova Aynur Vaqif qızına", "PER", "Həsənova Aynur Vaqif qızı"],
  ]);
  assert.equal(find("Şirkətin təmsilçisi Zaur Əliyev Arif oğludur.", "Zaur Əliyev Arif oğludur")?.name, "Zaur Əliyev Arif oğlu");
});

test("long official names of bodies are one organisation, with their country", () => {
  const a = find("Cinayət işi Baş prokuror yanında Korrupsiyaya qarşı Mübarizə Baş İdarəsində araşdırılır.",
    "Baş prokuror yanında Korrupsiyaya qarşı Mübarizə Baş İdarəsində");
  assert.equal(a?.type, "ORG");
  assert.equal(a?.name, "Baş prokuror yanında Korrupsiyaya qarşı Mübarizə Baş İdarəsi");
  const b = ents("Rusiya Federasiyasının Narkotiklərin Dövriyyəsinə Nəzarət üzrə Federal Xidməti məlumat yayıb.");
  assert.deepEqual(b.map((x) => [x.text, x.type]), [["Rusiya Federasiyasının Narkotiklərin Dövriyyəsinə Nəzarət üzrə Federal Xidməti", "ORG"]]);
  const h = find("Bu gün ABŞ-ın Mənzil və Şəhərsalma Departamenti hesabat yayıb.", "ABŞ-ın Mənzil və Şəhərsalma Departamenti");
  assert.equal(h?.type, "ORG");
  const c = find("İclasda Azərbaycan Respublikasının Silahlı Qüvvələrinin nümayəndələri iştirak edib.", "Azərbaycan Respublikasının Silahlı Qüvvələrinin");
  assert.equal(c?.type, "ORG");
  // a known body keeps its own name after a country in the genitive
  assert.deepEqual(ents("Litvanın Nazirlər Kabineti qərar verib.").map((x) => x.text), ["Litvanın", "Nazirlər Kabineti"]);
});

test("a body in the genitive and a country before a lower-case head are two names", () => {
  const e = ents("Məlumata görə, Dövlət Departamentinin ABŞ səfirliyinin əməkdaşları ölkəni tərk edib.");
  assert.deepEqual(e.map((x) => [x.text, x.type]), [["Dövlət Departamentinin", "ORG"], ["ABŞ", "LOC"]]);
  const s = find("Ordu Fransa Respublikasının təhlükəsizliyini qoruyur. İsrail Dövlətinin bayramı qeyd olunur.", "İsrail Dövlətinin");
  assert.equal(s?.type, "LOC");
  assert.equal(s?.name, "İsrail");
});

test("events and projects: a city before a forum, capitalised days and corridors, a body's summit", () => {
  const f = find("Prezident 2-ci Qəbələ Qlobal Gənclər Forumunun iştirakçıları ilə görüşüb.", "Qəbələ Qlobal Gənclər Forumunun");
  assert.equal(f?.type, "MISC");
  assert.equal(f?.name, "Qəbələ Qlobal Gənclər Forumu");
  const d = find("Paytaxtda Dövlət Bayrağı Günü qeyd olunub.", "Dövlət Bayrağı Günü");
  assert.equal(d?.type, "MISC");
  const s = find("Nazir BRICS sammitində çıxış edib.", "BRICS");
  assert.equal(s?.type, "MISC");
  assert.equal(s?.name, "BRICS sammiti");
});

test("titles of documents are no names; names inside them are", () => {
  assert.deepEqual(ents("Tərəflər Əməkdaşlıq Proqramı və Niyyət Məktubu imzalayıblar.").map((x) => x.text), []);
  assert.deepEqual(ents("Sənəd Paris Sazişinə uyğundur.").map((x) => [x.text, x.type]), [["Paris", "LOC"]]);
});

test("a web address written as a name is the site, an organisation", () => {
  const e = find("Nümunə.az xəbər verir ki, görüş baş tutub.", "Nümunə.az");
  assert.equal(e?.type, "ORG");
  assert.equal(e?.name, "Nümunə.az");
  assert.equal(find("Bu barədə Nümunə.az-a məlumat verilib.", "Nümunə.az-a")?.name, "Nümunə.az");
});

test("companies, places named after people, and products", () => {
  const c = find("Müqaviləni Lockheed Martin şirkəti imzalayıb.", "Lockheed Martin");
  assert.equal(c?.type, "ORG");
  // an unknown company's name that reads as a person's, typed by the head after it
  assert.equal(find("Müqaviləni Henry Walton şirkəti imzalayıb.", "Henry Walton")?.type, "ORG");
  assert.equal(find("Bu barədə Morgan Stanley hesabat yayıb.", "Morgan Stanley")?.type, "ORG");
  assert.equal(find("Johnson & Johnson şirkəti bəyanat yayıb.", "Johnson & Johnson")?.type, "ORG");
  const a = find("Təyyarə İmam Xomeyni hava limanına enib.", "İmam Xomeyni");
  assert.equal(a?.type, "LOC");
  assert.deepEqual(ents("Ukraynaya HIMARS sistemləri göndərilib.").map((x) => x.text), ["Ukraynaya"]);
  assert.deepEqual(ents("Şirkət Boeing 747-8 təyyarəsi alıb.").map((x) => x.text), []);
  // a known person before an airport is still the person
  assert.equal(find("Prezident İlham Əliyev hava limanında qarşılanıb.", "İlham Əliyev")?.type, "PER");
});

test("heads after names: a plural head shared by a list, a capitalised facility, a body named after a person", () => {
  assert.deepEqual(ents("Bakıda “Dəniz” və “Sahil” klubları görüşəcək.").map((x) => [x.text, x.type]),
    [["Bakıda", "LOC"], ["Dəniz", "ORG"], ["Sahil", "ORG"]]);
  const h = find("Paytaxtda Xəzər Otelində görüş olub.", "Xəzər Otelində");
  assert.equal(h?.type, "LOC");
  assert.equal(h?.name, "Xəzər Oteli");
  const m = find("Tədbir Heydər Əliyev Mərkəzində keçirilib.", "Heydər Əliyev Mərkəzində");
  assert.equal(m?.type, "ORG");
  assert.deepEqual(ents("Tərəflər Yol Xəritəsi üzərində razılığa gəliblər.").map((x) => x.text), []);
  // countries joined by `və` stay names of their own
  assert.deepEqual(ents("Bu gün Rusiya və Ukrayna Müdafiə Nazirlikləri bəyanat yayıb.").filter((x) => x.type === "LOC").map((x) => x.text), ["Rusiya", "Ukrayna"]);
});

test("a long name in quotes before a capitalised generic head is the name inside the marks", () => {
  const e = ents("O, “Tomsk vilayəti Gürcülərinin Regional Milli-Mədəni Birliyi” İctimai Təşkilatının sədridir.");
  // named as written inside the marks: the last word keeps its possessive
  assert.deepEqual(e.map((x) => [x.text, x.type, x.name]), [["Tomsk vilayəti Gürcülərinin Regional Milli-Mədəni Birliyi", "ORG", "Tomsk vilayəti Gürcülərinin Regional Milli-Mədəni Birliyi"]]);
});

test("words the article writes in quotes as a facility's name are no person elsewhere", () => {
  const e = ents("Rayonda “Yuxarı Çaylı” su elektrik stansiyası açılıb. Gücü 3 MVt olan “Yuxarı Çaylı” və 2 MVt olan “Dağlı” işə düşüb.");
  assert.ok(e.every((x) => x.type !== "PER"), JSON.stringify(e.map((x) => [x.text, x.type])));
});

const spans = (text: string) => ents(text).map((x) => [x.text, x.type]);

test("a person's name ends before a known country in the genitive once it has a given name and a surname", () => {
  assert.deepEqual(spans("Səfir Antonio Rossi İtaliyanın mövqeyini izah edib."), [["Antonio Rossi", "PER"], ["İtaliyanın", "LOC"]]);
});

test("a place in the genitive opens the body it owns: a name before it stands apart", () => {
  const e = ents("Bu barədə Reuters Fransanın Milli Kibertəhlükəsizlik Xidmətinin sözçüsünə istinadən yazıb.");
  assert.deepEqual(e.map((x) => [x.text, x.type]), [["Reuters", "ORG"], ["Fransanın Milli Kibertəhlükəsizlik Xidmətinin", "ORG"]]);
  // the country's official name in the genitive owns even a body known by itself
  assert.deepEqual(spans("Sonra Azərbaycan Respublikasının Müdafiə Nazirliyi məlumat yayıb."), [["Azərbaycan Respublikasının Müdafiə Nazirliyi", "ORG"]]);
});

test("bodies known by themselves side by side, or joined by a connector, are names of their own", () => {
  assert.deepEqual(spans("Sazişi Müdafiə Nazirliyi Boeing ilə imzalayıb."), [["Müdafiə Nazirliyi", "ORG"], ["Boeing", "ORG"]]);
  assert.deepEqual(spans("Tədbirdə Gənclər Fondu və Mədəniyyət Nazirliyi iştirak edib."), [["Gənclər Fondu", "ORG"], ["Mədəniyyət Nazirliyi", "ORG"]]);
  // but several connectors inside one name reach its head
  assert.deepEqual(spans("Sonra Balıqçılıq və Su Bioresursları üzrə Dövlət Xidməti qaydalar açıqlayıb."),
    [["Balıqçılıq və Su Bioresursları üzrə Dövlət Xidməti", "ORG"]]);
});

test("a run goes on after a country's name written with a connector", () => {
  assert.deepEqual(spans("Bosniya və Herseqovina Ali Seçki Palatası nəticələri açıqlayıb."), [["Bosniya və Herseqovina Ali Seçki Palatası", "ORG"]]);
});

test("an unknown word before a known person's surname is their first name only when it opens with the same letter", () => {
  assert.deepEqual(spans("Dünən Keir Starmer Parisə gəlib."), [["Keir Starmer", "PER"], ["Parisə", "LOC"]]);
  assert.deepEqual(spans("Müşavir Conson Putin ilə danışıb."), [["Conson", "PER"], ["Putin", "PER"]]);
});

test("name particles of Gulf dynasties do not count towards a name's length", () => {
  assert.deepEqual(spans("Şeyx Məhəmməd bin Rəşid Al Maktum tədbirdə iştirak edib."), [["Məhəmməd bin Rəşid Al Maktum", "PER"]]);
});

test("a common noun opening a sentence before a word in the genitive is no part of a name", () => {
  assert.deepEqual(spans("Qərar Mirzəyevin vəzifədən getməsi ilə bağlı verilib."), [["Mirzəyevin", "PER"]]);
  assert.deepEqual(spans("Məktubu Fransanın Mədəni İrs Agentliyinin nümayəndəsi təqdim edib."), [["Fransanın Mədəni İrs Agentliyinin", "ORG"]]);
  // nor is a plural common noun
  assert.deepEqual(spans("Sözçü Tamsin Vold danışıb. Jurnalistlər Tamsin Vold ilə görüşüb.").map(([t]) => t), ["Tamsin Vold", "Tamsin Vold"]);
});

test("a common noun opening a sentence before a known name is no part of the body it opens", () => {
  assert.deepEqual(spans("Danışıqlar Türkiyə Xarici İşlər Nazirliyinin binasında keçirilib."), [["Türkiyə Xarici İşlər Nazirliyinin", "ORG"]]);
  // a body's own first word stays in its name
  assert.deepEqual(spans("Dövlət Miqrasiya Xidməti əcnəbilərə müraciət edib."), [["Dövlət Miqrasiya Xidməti", "ORG"]]);
});

test("a name closed by a state word with its possessive is a place, named in the nominative", () => {
  const e = find("Tədbirdə Donetsk Xalq Respublikasının nümayəndəsi olub.", "Donetsk Xalq Respublikasının");
  assert.equal(e?.type, "LOC");
  assert.equal(e?.name, "Donetsk Xalq Respublikası");
});

test("a head keeps its possessive in the name, also after a consonant cluster", () => {
  assert.equal(find("Sonra Gürcüstan Milli Bankının rəhbəri danışıb.", "Gürcüstan Milli Bankının")?.name, "Gürcüstan Milli Bankı");
});

test("products named by a model code or in quotes before a product noun are no entities", () => {
  assert.deepEqual(spans("Aviaşirkət üç “Airbus A321 Neo” təyyarəsi alıb."), []);
  assert.deepEqual(spans("Ordu “Tornado” çoxsaylı buraxılış raket sistemləri alıb."), []);
});

test("a lower-case head left alone is no name", () => {
  assert.deepEqual(spans("Almaniyanın səfirliyində qəbul olub."), [["Almaniyanın", "LOC"]]);
  // but a mission named by the place it is in, with its country, is one body even with a lower-case head
  // (test/gold/blind5/README.md: `Azərbaycanın İsraildəki Səfirliyi`, also where `səfirliyi` is lower case)
  assert.deepEqual(spans("Almaniyanın Bakıdakı səfirliyində qəbul olub."), [["Almaniyanın Bakıdakı səfirliyində", "ORG"]]);
});

test("a person's full name types its bare mentions elsewhere in the article", () => {
  const e = ents("Jurnalistlər sözçü Lena Brandta sual verib. Sonra Lena Brandt cavab verib.");
  assert.deepEqual(e.map((x) => [x.text, x.type, x.name]), [["Lena Brandta", "PER", "Lena Brandt"], ["Lena Brandt", "PER", "Lena Brandt"]]);
});

test("regions, the United States' short name and social networks are known", () => {
  assert.equal(find("Onlar Birləşmiş Ştatlara qayıdıb.", "Birləşmiş Ştatlara")?.name, "ABŞ");
  assert.equal(find("Qlobal Cənubun səsi eşidilir.", "Qlobal Cənubun")?.type, "LOC");
  const t = find("Prezident bunu Truth Social-da yazıb.", "Truth Social-da");
  assert.deepEqual([t?.type, t?.name], ["ORG", "Truth Social"]);
});

test("a country's official form with a word describing the state is the country", () => {
  const a = find("Bakıda Misir Ərəb Respublikasının nümayəndə heyəti ilə görüş olub.", "Misir Ərəb Respublikasının");
  assert.equal(a?.type, "LOC");
  assert.equal(a?.name, "Misir");
  const b = find("Sənədi Nigeriya Federativ Respublikası da imzalayıb.", "Nigeriya Federativ Respublikası");
  assert.equal(b?.name, "Nigeriya");
  // only words that describe a state stand between: `Macarıstan Serb Respublikası ilə` is two places
  const d = ents("Macarıstan Serb Respublikası ilə əlaqələri genişləndirir.").map((e) => e.text);
  assert.deepEqual(d, ["Macarıstan", "Serb Respublikası"]);
  // a state word without its possessive opens a body's name, not the country's form
  const c = find("Layihəni Qazaxıstan Dövlət Neft Şirkəti maliyyələşdirir.", "Qazaxıstan Dövlət Neft Şirkəti");
  assert.equal(c?.type, "ORG");
});

test("South Africa is named by its long form, written long or short", () => {
  const names = ents("Cənubi Afrika Respublikasının nazirləri gəlib. Cənubi Afrika ilə ticarət artıb.").map((e) => e.name);
  assert.deepEqual(names, ["Cənubi Afrika Respublikası", "Cənubi Afrika Respublikası"]);
});

test("a body after its owner keeps its possessive, also a part of a body written after it", () => {
  const a = find("Tədbirdə Qırğızıstan Respublikası Milli Məclisi iştirak edib.", "Qırğızıstan Respublikası Milli Məclisi");
  assert.equal(a?.name, "Qırğızıstan Respublikası Milli Məclisi");
  const b = find("Bu sənədi Tacikistan Ali Məclisi Senatının sədri imzalayıb.", "Tacikistan Ali Məclisi Senatının");
  assert.equal(b?.type, "ORG");
  assert.equal(b?.name, "Tacikistan Ali Məclisi Senatı");
  const c = find("Qanun layihəsini Ali Radanın deputatları dəstəkləyib.", "Ali Radanın");
  assert.equal(c?.name, "Ali Rada");
});

test("after a woman's given name a surname in -ova is hers, not a man's in the dative", () => {
  const names = ents("Şöbənin müdiri Səbinə Kərimova bildirib ki, plan hazırdır. Kərimova əlavə edib ki, Vüqar Həsənova təşəkkür edilib.")
    .filter((e) => e.type === "PER").map((e) => [e.text, e.name]);
  assert.deepEqual(names, [
    ["Səbinə Kərimova", "Səbinə Kərimova"],
    ["Kərimova", "Səbinə Kərimova"],
    ["Vüqar Həsənova", "Vüqar Həsənov"],
  ]);
  const initial = find("Müdir Səbinə Kərimovanın sözlərinə görə, S.Kərimova razıdır.", "S.Kərimova");
  assert.equal(initial?.name, "Səbinə Kərimova");
  // a woman's given name ending in a vowel is no dative either
  const given = find("Mükafat Tünzalə Rzayevaya verilib.", "Tünzalə Rzayevaya");
  assert.equal(given?.name, "Tünzalə Rzayeva");
});

test("a known event's name may go on in lower case after its capitalised words", () => {
  const war = find("Bu abidə İkinci Dünya müharibəsi illərində tikilib.", "İkinci Dünya müharibəsi");
  assert.equal(war?.type, "MISC");
  const brexit = find("Ölkə Breksitdən sonra yeni ticarət sazişləri bağlayıb.", "Breksitdən");
  assert.equal(brexit?.name, "Breksit");
});

test("a directorate or a bureau closes a body's name, also after `Baş`", () => {
  const es = ents("Bu barədə Norveç Mülki Aviasiya Baş Müdirliyi məlumat yayıb. Federal Təhqiqatlar Bürosu da bildirib.");
  assert.ok(es.some((e) => e.type === "ORG" && e.text === "Norveç Mülki Aviasiya Baş Müdirliyi"));
  assert.ok(es.some((e) => e.type === "ORG" && e.text === "Federal Təhqiqatlar Bürosu"));
  assert.ok(!es.some((e) => e.type === "PER"));
});

test("a person's name opening its sentence is its subject: a final vowel is the name's, not a dative", () => {
  const subject = find("Parlamentin sədri Marta Lindola Çin hakimiyyətinin qərarını alqışlayıb.", "Marta Lindola");
  assert.equal(subject?.name, "Marta Lindola");
  assert.equal(subject?.case, undefined);
  // a person named before it is the subject: this one is the addressee
  const addressee = find("Prezident Rəşad Məmmədov Fransa Prezidenti Jan Lorana məktub göndərib.", "Jan Lorana");
  assert.equal(addressee?.name, "Jan Loran");
  assert.equal(addressee?.case, "dat");
  // a stem shaped like a surname keeps its ending: an object put first
  const object = find("Baş naziri Nurlan Serikbayevi Prezident qəbul edib.", "Nurlan Serikbayevi");
  assert.equal(object?.name, "Nurlan Serikbayev");
});

test("the surname of a person the article named in full stands for them at a sentence start", () => {
  const es = ents("Danışıqlar üzrə nümayəndə Kenji Tamakava sabah Parisə gedəcək. Tamakava Fransada görüşlər keçirəcək.");
  const bare = es.find((e) => e.text === "Tamakava");
  assert.equal(bare?.type, "PER");
  assert.equal(bare?.name, "Kenji Tamakava");
  assert.equal(bare?.case, undefined);
});

test("a surname-shaped word and the word after it before a place's head are one place", () => {
  const es = ents("Qoşunlar Luqansk vilayətinin Krasnov Dol şəhərini ələ keçirib.");
  assert.ok(es.some((e) => e.type === "LOC" && e.text === "Krasnov Dol" && e.name === "Krasnov Dol"));
  assert.ok(!es.some((e) => e.type === "PER"));
});

test("a summit (`Zirvəsi`) closes an event's name; the Caspian by its short name is a place", () => {
  const summit = find("Nazir Ankara Enerji Zirvəsində çıxış edib.", "Ankara Enerji Zirvəsində");
  assert.equal(summit?.type, "MISC");
  assert.equal(summit?.name, "Ankara Enerji Zirvəsi");
  const sea = find("Boru kəməri Xəzərin dibi ilə çəkiləcək.", "Xəzərin");
  assert.equal(sea?.type, "LOC");
});

test("a known place in the nominative before one capitalised head names the body", () => {
  const uni = find("Bu il Şirvan Universitetində yeni fakültə açılıb.", "Şirvan Universitetində");
  assert.equal(uni?.type, "ORG");
  assert.equal(uni?.name, "Şirvan Universiteti");
});

test("a Roman numeral is an ordinal, no name, unless a known name opens with it", () => {
  const e = ents("Abituriyentlər III ixtisas qrupunda, IV-cü sinifdə və I-IV qruplarda imtahan verəcək. Kral III Çarlz Londona gəlib.");
  assert.deepEqual(e.filter((x) => /^[IVX]+([-\s]|$)/.test(x.text)).map((x) => x.text), ["III Çarlz"]);
  // the network known by its letter stays a name
  assert.equal(find("Nazir X səhifəsində yazıb.", "X")?.type, "ORG");
});

test("a person's full name ends at the surname: the capitalised words after it are another name", () => {
  const text = "Nazir Elvin Qasımov Respublika Kitab Sərgisinin açılışında çıxış edib.";
  assert.equal(find(text, "Elvin Qasımov")?.type, "PER");
  assert.equal(ents(text).filter((x) => x.type === "PER").length, 1);
  // a given name after a surname opens a second person
  const two = ents("Hakim Kamran Hüseynli Vüsal Əhmədovun şikayətini rədd edib.").filter((x) => x.type === "PER");
  assert.deepEqual(two.map((x) => x.name), ["Kamran Hüseynli", "Vüsal Əhmədov"]);
  // the official form with the father's name stays one person
  assert.equal(find("Bu, direktor Samir Quliyev Rauf oğludur.", "Samir Quliyev Rauf oğludur")?.name, "Samir Quliyev Rauf oğlu");
});

test("a noun owned by `our` or `your` is no part of a name, but may be in a quoted title", () => {
  const e = ents("Ustad Səməd Vurğun Xalqımız bu şeiri əzbər bilir.");
  assert.deepEqual(e.map((x) => x.text), ["Səməd Vurğun"]);
  assert.equal(find("Vətəndaşlar “Yolumuz Gələcəyə” portalından istifadə edir.", "Yolumuz Gələcəyə")?.type, "ORG");
});

test("an inflected word that begins no name stays outside the body that follows it at a sentence start", () => {
  const e = ents("Xəbər yayılıb. Məlumatı Gəncə Şəhəri üzrə Təhsil İdarəsindən alıblar.");
  assert.deepEqual(e.map((x) => [x.text, x.type]), [["Gəncə Şəhəri üzrə Təhsil İdarəsindən", "ORG"]]);
});

test("a lower-case head closes a body's name only with its possessive; a bare one opens a compound", () => {
  assert.deepEqual(ents("Dövlət Vergi Xidmətinin idarə rəisi çıxış edib.").map((x) => x.text), ["Dövlət Vergi Xidmətinin"]);
  assert.equal(find("Bunu Səhiyyə Nazirliyinin Mətbuat xidmətindən bildiriblər.", "Səhiyyə Nazirliyinin Mətbuat xidmətindən")?.type, "ORG");
});

test("a bare capitalised word right after a title and before a surname is a given name, even when it is a common noun", () => {
  assert.equal(find("Bunu maliyyə naziri Sahil Qasımov deyib.", "Sahil Qasımov")?.type, "PER");
  assert.equal(find("Görüşdə ölkənin səfiri Alim Tokayev çıxış edib.", "Alim Tokayev")?.type, "PER");
  // a known person's surname after another person's first letter stays two people
  assert.equal(find("Trampın xüsusi nümayəndəsi Uitkoff Putin ilə görüşüb.", "Uitkoff Putin"), undefined);
});

test("a word after an initial is a surname: its final vowel is no case ending on a given name (`Ş. Hüseyni`)", () => {
  const e = find("Komitənin rəhbəri Ş. Hüseyni qeyd edib ki, qərar qəbul olunub.", "Ş. Hüseyni");
  assert.equal(e?.type, "PER");
  assert.equal(e?.name, "Ş. Hüseyni");
});

test("a country before a count of rockets is no brand of them; a maker before a model code is", () => {
  assert.equal(find("Norveç İsveçə 5 raket atıb.", "İsveçə")?.name, "İsveç");
  assert.equal(find("Norveç 5 raket atıb.", "Norveç")?.type, "LOC");
  assert.equal(find("Şirkət Boeing 747 təyyarəsi alıb.", "Boeing"), undefined);
});

test("a known place of two words after a person's name ends it (`… bin Salman Ağ Evdə`)", () => {
  assert.equal(find("Vəliəhd Məhəmməd bin Salman Ağ Evdə qəbul edilib.", "Məhəmməd bin Salman")?.type, "PER");
  assert.equal(find("Vəliəhd Məhəmməd bin Salman Ağ Evdə qəbul edilib.", "Ağ Evdə")?.name, "Ağ Ev");
});

test("an unknown word met with (`X ilə görüşüb`) or received (`X-u qəbul edib`) is a person", () => {
  assert.equal(find("Ərdoğan Rutte ilə görüşüb.", "Rutte")?.type, "PER");
  assert.equal(find("Ərdoğan Borkoffu qəbul edib.", "Borkoffu")?.type, "PER");
  // a place with its partner place stays a place
  assert.equal(find("Gəncə ilə Şəki arasında qatar işləyir.", "Şəki")?.type, "LOC");
});

test("after a colon a capitalised common word opens a clause and names no one; an unknown word there stays a name", () => {
  assert.equal(find("Açıqlama: Xəsarət alanlar xəstəxanaya çatdırılıb.", "Xəsarət"), undefined);
  assert.equal(find("Paris: Luvr muzeyi bağlanıb.", "Luvr")?.type !== undefined, true);
});

test("the Hajj is a pilgrimage, no place or actor", () => {
  assert.equal(find("Həcc ziyarəti zamanı qaydalar sərtləşdirilib.", "Həcc")?.type, "MISC");
});

test("a complete name ends before a known surname or a place in the locative", () => {
  // a known person's surname in a case after a complete name is a second person
  assert.equal(find("Fridrix Merz Makronla görüşüb.", "Fridrix Merz")?.type, "PER");
  assert.equal(find("Fridrix Merz Makronla görüşüb.", "Makronla")?.type, "PER");
  assert.equal(find("Con Smit Makronu tənqid edib.", "Con Smit")?.type, "PER");
  assert.equal(find("Pedro Sançes Makronla görüşüb.", "Pedro Sançes")?.type, "PER");
  assert.equal(find("Boris Pistorius Vensin təklifini rədd edib.", "Boris Pistorius")?.type, "PER");
  // an unknown place in the locative after two name words is a name of its own
  assert.equal(find("Rodriqo Duterte Manilada həbs edilib.", "Manilada")?.type, "LOC");
  assert.ok(find("Rodriqo Duterte Manilada həbs edilib.", "Rodriqo Duterte"));
  assert.equal(find("Maykl Cordan Çikaqoda yaşayır.", "Çikaqoda")?.type, "LOC");
  assert.equal(find("Alberto Fernandes Limada danışıb.", "Limada")?.type, "LOC");
  assert.equal(find("Mahmud Abbas Ramallahda danışıb.", "Ramallahda")?.type, "LOC");
  // another person's given name after a complete name opens their name
  assert.equal(find("Con Smit Pol Ceksona zəng edib.", "Con Smit")?.type, "PER");
  assert.equal(find("Con Smit Pol Ceksona zəng edib.", "Pol Ceksona")?.type, "PER");
  assert.equal(find("Ceyms Braun Tom Uilsonla görüşüb.", "Tom Uilsonla")?.type, "PER");
  // a group's name in the plural before a common word is a name of its own
  assert.ok(find("Husilər Qırmızı dənizdə gəmiyə hücum edib.", "Husilər"));
  assert.ok(!find("Husilər Qırmızı dənizdə gəmiyə hücum edib.", "Husilər Qırmızı"));
});

test("a body's head with its ending closes the body's name; the words after it name someone else", () => {
  assert.equal(find("Milli Antikorrupsiya Bürosu Timur Mindiçi axtarışa verdi.", "Milli Antikorrupsiya Bürosu")?.type, "ORG");
  assert.equal(find("Milli Antikorrupsiya Bürosu Timur Mindiçi axtarışa verdi.", "Timur Mindiçi")?.type, "PER");
  assert.equal(find("Bankın Direktorlar Şurasına Sabir Adnayev seçilib.", "Sabir Adnayev")?.type, "PER");
  // (a bare head goes on in a foreign name; words closing a head of their own are the name it owns)
  assert.ok(find("Ziraat Bank International yeni filial açıb.", "Ziraat Bank International"));
  assert.ok(find("Dövlət Neft Fondunun Müşahidə Şurası iclas keçirib.", "Dövlət Neft Fondunun Müşahidə Şurası"));
});

test("a given name before another given name is the first word's surname", () => {
  assert.ok(find("Ceyk Pol Mayk Taysondan sonra rinqə çıxır.", "Ceyk Pol"));
  assert.equal(find("Ceyk Pol Mayk Taysondan sonra rinqə çıxır.", "Mayk Taysondan")?.type, "PER");
});

test("look-alikes stay one name", () => {
  const one: [string, string][] = [
    ["Con Smit Bakıya gəlib.", "Con Smit"], ["Con Smitə mükafat verilib.", "Con Smitə"],
    ["Mark Rütte Brüsseldə çıxış edib.", "Mark Rütte"], ["Abdulla Qül Ankarada danışıb.", "Abdulla Qül"],
    ["Mərkəzi Bank faizi artırıb.", "Mərkəzi Bank"], ["Qırmızı Xaç Cəmiyyəti yardım göndərib.", "Qırmızı Xaç Cəmiyyəti"],
    ["Ağ Ev bəyanat yayıb.", "Ağ Ev"], ["Şimali Koreya raket atıb.", "Şimali Koreya"],
    ["Məhəmməd bin Salman Ər-Riyadda qonaqları qəbul edib.", "Məhəmməd bin Salman"],
    ["Nelson Mandela Fondu yardım edib.", "Nelson Mandela Fondu"], ["Ceyms Braunun açıqlaması yayılıb.", "Ceyms Braunun"],
    ["Rəcəb Tayyib Ərdoğan Bakıya gəlib.", "Rəcəb Tayyib Ərdoğan"], ["Emmanuel Makron Fridrix Merzlə görüşüb.", "Fridrix Merzlə"],
    ["Ursula fon der Lyayen Brüsseldə danışıb.", "Ursula fon der Lyayen"], ["Con Smitdən soruşulub.", "Con Smitdən"],
    ["Xose Mariya Aznar Madriddə kitab təqdim edib.", "Xose Mariya Aznar"], ["Anar Əliyev Rasim oğlu təyin edilib.", "Anar Əliyev Rasim oğlu"],
    ["Məhəmməd Şahbaz Şərif İslamabadda danışıb.", "Məhəmməd Şahbaz Şərif"], ["Santa Monikada yanğın olub.", "Santa Monikada"],
    ["Heydər Əliyev Mərkəzində tədbir keçirilib.", "Heydər Əliyev Mərkəzində"], ["Nelson Mandela Fondunda iclas olub.", "Nelson Mandela Fondunda"],
    ["Mərkəzi Bankda iclas olub.", "Mərkəzi Bankda"], ["Pol Poqba yaşıl meydanlara qayıtdı.", "Pol Poqba"],
  ];
  for (const [s, name] of one) assert.ok(find(s, name), `${name} in ${s}`);
});

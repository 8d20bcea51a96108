import { test } from "node:test";
import assert from "node:assert/strict";
import { getLanguage } from "../src/lang/index.js";
import { extractQuotes } from "../src/extract/quotes/index.js";
import { docOf, entity } from "./helpers-events.js";

const az = getLanguage("az");

test("a quotation with the speaker after a dash: `\"…\", - deyə X bildirib`", () => {
  const d = docOf('"Sülh danışıqları uğurla davam edir", - deyə Con Smit bildirib.');
  entity(d, "Con Smit", "PER", "Con Smit");
  const [q, ...rest] = extractQuotes(d, az);
  assert.equal(rest.length, 0);
  assert.equal(q.text, "Sülh danışıqları uğurla davam edir");
  assert.equal(d.text.slice(q.start, q.end), q.text);
  assert.equal(q.speaker, "Con Smit");
  assert.match(q.cue ?? "", /bildirib/);
});

test("a quotation over several sentences after `O, … deyib:` goes to the person in focus", () => {
  const d = docOf('Con Smit Bakıya gəlib. O, jurnalistlərə deyib: «Biz burada yeni layihələri müzakirə edəcəyik. Bu, vacib addımdır».');
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Bakıya", "LOC", "Bakı");
  const [q] = extractQuotes(d, az);
  assert.equal(q.text, "Biz burada yeni layihələri müzakirə edəcəyik. Bu, vacib addımdır");
  assert.equal(q.speaker, "Con Smit");
});

test("an attribution frame names the speaker; an impersonal cue goes to the source named before", () => {
  const d = docOf('Xarici İşlər Nazirliyinin məlumatına görə, “yeni qaydalar gələn aydan qüvvəyə minəcək”. “Vətəndaşlar əvvəlcədən məlumatlandırılacaq”, - məlumatda əlavə edilir.');
  entity(d, "Xarici İşlər Nazirliyinin", "ORG", "Xarici İşlər Nazirliyi");
  const qs = extractQuotes(d, az);
  assert.equal(qs.length, 2);
  assert.ok(qs.every((q) => q.speaker === "Xarici İşlər Nazirliyi"));
});

test("quoted names and single terms are not quotations", () => {
  const d = docOf('Şirkət "Azərenerji" ASC ilə "Mərkəzi Asiya-Rusiya" sammiti barədə müqavilə imzalayıb və bunu "vacib" adlandırıb. "Bakı Fond Birjası"nın səhmləri artıb.');
  assert.deepEqual(extractQuotes(d, az), []);
});

test("an outer quotation that opens with an inner one: one quotation, the outer", () => {
  const d = docOf('Con Smit danışıb. “Sazişdən çıxma barədə” qanun layihəsi hökumət tərəfindən təsdiqlənib”, – deyə o yazıb.');
  entity(d, "Con Smit", "PER", "Con Smit");
  const qs = extractQuotes(d, az);
  assert.equal(qs.length, 1);
  assert.equal(qs[0].text, "Sazişdən çıxma barədə” qanun layihəsi hökumət tərəfindən təsdiqlənib");
  assert.equal(qs[0].speaker, "Con Smit");
});

test("a speaker named in the next sentence: `\"…\". Bunu X deyib.`", () => {
  const d = docOf('Dünyada vəziyyət gərgindir. "Hər şey tezliklə dəyişəcək və qiymətlər aşağı düşəcək". Bunu Donald Tramp müsahibəsində deyib.');
  entity(d, "Donald Tramp", "PER", "Donald Tramp");
  const [q] = extractQuotes(d, az);
  assert.equal(q.speaker, "Donald Tramp");
});

test("a body followed by an office noun (`Ağ Ev lideri`) speaks as the person in focus", () => {
  const d = docOf('Con Smit Bakıya gəlib. "Biz burada yeni layihələri müzakirə edəcəyik", - Ağ Ev lideri vurğulayıb.');
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Bakıya", "LOC", "Bakı");
  entity(d, "Ağ Ev", "ORG", "Ağ Ev");
  const [q] = extractQuotes(d, az);
  assert.equal(q.speaker, "Con Smit");
});

test("`X-in (ABBR) məlumatında bildirilir` makes X the source of a later impersonal quotation", () => {
  const d = docOf('Bu barədə Nəzarət İdarəsinin (Nİ) məlumatında bildirilir. "Daha beş gəmi də siyahıya daxil edilib", - məlumatda qeyd olunur.');
  entity(d, "Nəzarət İdarəsinin", "ORG", "Nəzarət İdarəsi");
  const [q] = extractQuotes(d, az);
  assert.equal(q.speaker, "Nəzarət İdarəsi");
});

/** The speaker of each quotation, in order. */
function speakers(text: string, ents: [string, "PER" | "ORG" | "LOC", string][]): (string | null)[] {
  const d = docOf(text);
  for (const [t, type, name] of ents) entity(d, t, type, name);
  return extractQuotes(d, az).map((q) => q.speaker);
}

test("`Məktubda deyilir:` quotes the letter of the one last named sending it, over paragraphs", () => {
  const d = docOf('Prezident Con Smit Norveç Kralı Harald Berqə təbrik məktubu göndərib.\n\nMəktubda deyilir:\n\n“Hörmətli cənab Kral,\n\nMilli bayramınız münasibətilə Sizi və bütün xalqınızı səmimi qəlbdən təbrik edirəm”.');
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Harald Berqə", "PER", "Harald Berq");
  const [q, ...rest] = extractQuotes(d, az);
  assert.equal(rest.length, 0);
  assert.match(q.text, /^Hörmətli cənab Kral,\n\nMilli bayramınız .* edirəm$/);
  assert.equal(q.speaker, "Con Smit");
});

test("`- telekanalın məlumatında qeyd edilir` points back at the channel that issued the report", () => {
  assert.deepEqual(speakers(
    'Bu barədə Fransanın TF1 telekanalı məlumat yayıb. Məlumata görə, Fransa nazirlərinə vəziyyət barədə ətraflı məlumat verilib. “Fransa qonşu ölkədəki obyektlərə cavab zərbələrinin endiriləcəyini gözləyir”, – telekanalın məlumatında qeyd edilir.',
    [["Fransanın", "LOC", "Fransa"], ["TF1", "ORG", "TF1"], ["Fransa", "LOC", "Fransa"]],
  ), ["TF1"]);
});

test("a report passed on `X-ə istinadən` comes from X", () => {
  assert.deepEqual(speakers(
    'Bu barədə Xəbər Bürosu Anadolu agentliyinə istinadən məlumat verib. “Sammitdə iki ölkə arasında enerji əməkdaşlığı müzakirə olunacaq”, – məlumatda bildirilib.',
    [["Xəbər Bürosu", "ORG", "Xəbər Bürosu"], ["Anadolu", "ORG", "Anadolu"]],
  ), ["Anadolu"]);
});

test("`X-in mətbuat xidmətindən bildirilib` makes X the source of `- məlumatda deyilir`", () => {
  assert.deepEqual(speakers(
    'Yeni qaydalar təsdiqlənib. Bu barədə Nəqliyyat Agentliyinin mətbuat xidmətindən bildirilib. “Qaydalar gələn aydan bütün sürücülər üçün qüvvəyə minəcək”, – məlumatda deyilir.',
    [["Nəqliyyat Agentliyinin", "ORG", "Nəqliyyat Agentliyi"]],
  ), ["Nəqliyyat Agentliyi"]);
});

test("`Nazirliyin bəyanatında deyilir:` prefers the ministry by name over a nearer source", () => {
  assert.deepEqual(speakers(
    'Turizm Nazirliyi yeni cərimələr elan edib. Sonra Con Smit jurnalistlərə bildirib ki, qaydalar sərtləşir. Nazirliyin bəyanatında deyilir: “Cəzalar pozuntuların sayı artdıqca daha da ağırlaşacaq”.',
    [["Turizm Nazirliyi", "ORG", "Turizm Nazirliyi"], ["Con Smit", "PER", "Con Smit"]],
  ), ["Turizm Nazirliyi"]);
});

test("`- deyə, X bildirib`: a comma after the converb", () => {
  assert.deepEqual(speakers(
    '“Bu gün imzalanan memorandum yeni imkanlar açır”, – deyə, teatrın direktoru Anna Berq vurğulayıb.',
    [["Anna Berq", "PER", "Anna Berq"]],
  ), ["Anna Berq"]);
});

test("`X qeyd edib ki, Y …: \"…\"`: the speaker is X, not a name inside what X said", () => {
  assert.deepEqual(speakers(
    'Con Smit qeyd edib ki, Norveç bu təşəbbüsü dəstəkləyir: “Biz iqlim fonduna əlavə vəsait ayırmağa hazırıq”.',
    [["Con Smit", "PER", "Con Smit"], ["Norveç", "LOC", "Norveç"]],
  ), ["Con Smit"]);
});

test("an office noun as the subject (`Səfir qeyd edib ki`) speaks as the person in focus", () => {
  assert.deepEqual(speakers(
    'Bunu Norveçin Bakıdakı səfiri Con Smit bildirib. Səfir qeyd edib ki, danışıqlar davam edəcək: “İki proses bir-birinə paralel aparılır və uğurla irəliləyir”.',
    [["Norveçin", "LOC", "Norveç"], ["Bakıdakı", "LOC", "Bakı"], ["Con Smit", "PER", "Con Smit"]],
  ), ["Con Smit"]);
});

test("`\"…\" Bunu X deyib` with no full stop after the closing mark", () => {
  assert.deepEqual(speakers(
    '“Güman etmək olar ki, danışıqlar uğurlu nəticə verəcək” Bunu Con Smit jurnalistlərlə görüşündə deyib.',
    [["Con Smit", "PER", "Con Smit"]],
  ), ["Con Smit"]);
});

test("agency and media sources: `- Reuters xəbər verir`; `X APA-ya açıqlamasında bildirib:` is X", () => {
  assert.deepEqual(speakers(
    '“Neft hasilatının azaldılması barədə qərar hələ verilməyib”, – Reuters xəbər verir. Con Smit APA-ya açıqlamasında bildirib: “Biz bu məsələni gələn həftə yenidən müzakirə edəcəyik”.',
    [["Reuters", "ORG", "Reuters"], ["Con Smit", "PER", "Con Smit"], ["APA-ya", "ORG", "APA"]],
  ), ["Reuters", "Con Smit"]);
});

test("`onun sözlərinə görə` and `- deyə o bildirib` resolve to the person in focus", () => {
  assert.deepEqual(speakers(
    'Con Smit Bakıya səfər edib. Onun sözlərinə görə, “bu səfər iki ölkə arasında əlaqələri möhkəmləndirəcək”. “Biz yeni layihələrə başlamağa hazırıq”, – deyə o bildirib.',
    [["Con Smit", "PER", "Con Smit"], ["Bakıya", "LOC", "Bakı"]],
  ), ["Con Smit", "Con Smit"]);
});

test("a long quotation with no cue goes to the source the paragraph before names", () => {
  assert.deepEqual(speakers(
    'Bu barədə Anna Berq jurnalistlərə bildirib.\n\n“Hökumət gələn il bütün regionlarda yeni məktəblərin tikintisinə başlayacaq və bu layihəyə böyük vəsait ayrılacaq”.',
    [["Anna Berq", "PER", "Anna Berq"]],
  ), ["Anna Berq"]);
});

test("titles and names in quotation marks are not quotations, even when long or near a speech word", () => {
  const d = docOf('Parlament “Dövlət reyestri haqqında qanuna dəyişikliklər edilməsi barədə” qanun layihəsini müzakirə edib. Agentlik “Şimal Süd Məhsulları İstehsalı” MMC-nin müraciəti əsasında araşdırma aparıb. Bu qərarda “ən aşağı qiymət” müddəasının qanunsuz olduğu qeyd edilir.');
  assert.deepEqual(extractQuotes(d, az), []);
});

test("every kind of quotation mark: „…“, ‘…’, '…' and «…» over paragraphs that reopen the mark", () => {
  const d = docOf('Con Smit deyib: „Biz bu layihəni gələn il tamamlayacağıq“. O əlavə edib: ‘Bütün tərəflər razılığa gəlməlidir’. Sonra yazıb: \'Sülh sazişi tezliklə imzalanacaq\'.\n\n«Birinci abzasda vəziyyəti ətraflı təsvir edirik.\n\n«İkinci abzasda isə yeni tədbirlər barədə danışırıq», – deyə o bildirib.');
  entity(d, "Con Smit", "PER", "Con Smit");
  const qs = extractQuotes(d, az);
  assert.deepEqual(qs.map((q) => q.text.split(/\s/)[0]), ["Biz", "Bütün", "Sülh", "Birinci"]);
  assert.match(qs[3].text, /İkinci abzasda isə yeni tədbirlər barədə danışırıq$/);
  assert.ok(qs.every((q) => q.speaker === "Con Smit"));
});

test("a stray unclosed mark does not swallow the quotations after it", () => {
  const d = docOf('Bir “səhv işarə burada qalıb. Sonra Con Smit deyib: “Biz bu layihəni gələn il tamamlayacağıq”.');
  entity(d, "Con Smit", "PER", "Con Smit");
  const qs = extractQuotes(d, az);
  assert.equal(qs.length, 1);
  assert.equal(qs[0].text, "Biz bu layihəni gələn il tamamlayacağıq");
  assert.equal(qs[0].speaker, "Con Smit");
});

test("a quotation with a nested quotation inside is one quotation, with the dash before `deyə` of any kind", () => {
  for (const dash of ["–", "—", "-"]) {
    const d = docOf(`Anna Berq çıxış edib. “Biz “Yaşıl enerji” proqramını bu il başa çatdıracağıq”, ${dash} deyə o vurğulayıb.`);
    entity(d, "Anna Berq", "PER", "Anna Berq");
    const qs = extractQuotes(d, az);
    assert.equal(qs.length, 1, dash);
    assert.equal(qs[0].text, "Biz “Yaşıl enerji” proqramını bu il başa çatdıracağıq");
    assert.equal(qs[0].speaker, "Anna Berq");
  }
});

test("two single marks typed as one double mark (‘’…’’) pair as a double mark", () => {
  const d = docOf("Bundan əlavə, ‘’Şimal Ulduzu’’ndan sifariş verənlər ödəniş etmir. Con Smit deyib: ‘’Biz bu layihəni gələn il tamamlayacağıq’’.");
  entity(d, "Con Smit", "PER", "Con Smit");
  const qs = extractQuotes(d, az);
  assert.deepEqual(qs.map((q) => [q.text, q.speaker]), [["Biz bu layihəni gələn il tamamlayacağıq", "Con Smit"]]);
});

test("`X-in bildirdiyinə görə, \"…\"` is a frame naming X", () => {
  assert.deepEqual(speakers(
    "Aviaşirkətin rəhbəri Con Smitin bildirdiyinə görə, “uçuşlar gələn həftədən etibarən tam bərpa olunacaq”.",
    [["Con Smitin", "PER", "Con Smit"]],
  ), ["Con Smit"]);
});

test("a frame with no name (`Məlumata görə, \"…\"`) cues a short quotation from the source named before", () => {
  assert.deepEqual(speakers(
    "Bu barədə Anadolu agentliyi məlumat yayıb. Məlumata görə, “qiymətlər mütləq artacaq”.",
    [["Anadolu", "ORG", "Anadolu"]],
  ), ["Anadolu"]);
});

test("a speaker named in the paragraph after: `\"…\".¶X bunu jurnalistlərə deyib.`", () => {
  assert.deepEqual(speakers(
    "Anna Berq Bakıya gəlib.\n\n“Sülh sazişi bu il mütləq imzalanacaq”.\n\nCon Smit bunu jurnalistlərə deyib.",
    [["Anna Berq", "PER", "Anna Berq"], ["Bakıya", "LOC", "Bakı"], ["Con Smit", "PER", "Con Smit"]],
  ), ["Con Smit"]);
});

test("a name in quotation marks with a case ending after a hyphen (`“Gündəlik Xəbər”-ə`) is no quotation", () => {
  const d = docOf("Con Smit “Gündəlik Səhər Xəbərləri”-nə müsahibəsində deyib: “Biz bu layihəni gələn il başa çatdıracağıq”.");
  entity(d, "Con Smit", "PER", "Con Smit");
  const qs = extractQuotes(d, az);
  assert.deepEqual(qs.map((q) => q.text), ["Biz bu layihəni gələn il başa çatdıracağıq"]);
  assert.equal(qs[0].speaker, "Con Smit");
});

test("`X özünün saytında məlumat yayıb` names X as the source; `ABŞ rəsmilərinə` is no subject", () => {
  assert.deepEqual(speakers(
    "Bu barədə Nəqliyyat Nazirliyi özünün saytında məlumat yayıb. Sonra ABŞ rəsmilərinə də məlumat verilib. “Uçuşlar gələn həftədən etibarən tam bərpa olunacaq”, – məlumatda bildirilir.",
    [["Nəqliyyat Nazirliyi", "ORG", "Nəqliyyat Nazirliyi"], ["ABŞ", "LOC", "ABŞ"]],
  ), ["Nəqliyyat Nazirliyi"]);
});

test("a quoted name with a hyphenated suffix (`\"…\"-a müsahibəsində`) is not a quotation", () => {
  const d = docOf("Bunu nazir Con Smit “Nyu York Tayms”-a müsahibəsində deyib.");
  entity(d, "Con Smit", "PER", "Con Smit");
  assert.deepEqual(extractQuotes(d, az), []);
});

test("`X-in müraciətində qeyd olunur` and `X-in məktubunda deyilir:` name X in the cue", () => {
  assert.deepEqual(speakers(
    "Con Smit Bakıya gəlib. “Vətəndaşlar səfər zamanı ehtiyatlı olmalıdırlar”, – Nəqliyyat Nazirliyinin müraciətində qeyd olunur. Anna Berqin məktubunda deyilir: “Biz sizin dəstəyinizə çox minnətdarıq”.",
    [["Con Smit", "PER", "Con Smit"], ["Bakıya", "LOC", "Bakı"], ["Nəqliyyat Nazirliyinin", "ORG", "Nəqliyyat Nazirliyi"], ["Anna Berqin", "PER", "Anna Berq"]],
  ), ["Nəqliyyat Nazirliyi", "Anna Berq"]);
});

test("`- o, həmçinin … bildirib`: a comma after the subject of the cue", () => {
  assert.deepEqual(speakers(
    "Con Smit Bakıya gəlib. “Biz bu layihəni gələn il tamamlayacağıq”, – o, həmçinin jurnalistlərə bildirib.",
    [["Con Smit", "PER", "Con Smit"], ["Bakıya", "LOC", "Bakı"]],
  ), ["Con Smit"]);
});

test("`…,”-deyə` typed without spaces is still a cue", () => {
  assert.deepEqual(speakers(
    "Con Smit çıxış edib. “Biz bu layihəni gələn il tamamlayacağıq,”-deyə, C.Smit bildirib.",
    [["Con Smit", "PER", "Con Smit"], ["C.Smit", "PER", "Con Smit"]],
  ), ["Con Smit"]);
});

test("an inline quotation (`X jurnalistlərə \"…\" deyib`) goes to the subject before it", () => {
  assert.deepEqual(speakers(
    "Bu barədə Anna Berq bildirib. Sonra Con Smit jurnalistlərə “biz bu seçkidə mütləq qalib gələcəyik” deyib.",
    [["Con Smit", "PER", "Con Smit"], ["Anna Berq", "PER", "Anna Berq"]],
  ), ["Con Smit"]);
});

test("a frame before a quoted title does not make it a quotation: `X-in müraciətinə əsasən \"…\" üzrə xidmət`", () => {
  const d = docOf("Təşkilatın müraciətinə əsasən onun lisenziyasında “elektron pulun emissiyası və ödəniş əməliyyatlarının icrası” üzrə xidmət ləğv edilib.");
  assert.deepEqual(extractQuotes(d, az), []);
});

test("a body's office holder after the quote is the person in focus, not a name inside the quote or a place it was written", () => {
  const d = docOf('Prezident Con Smit bu barədə danışıb. “Nazir Tom Braun deyir ki, zərər ağırdır. Biz hazırıq”, - Ağ Evin rəhbəri Truth Social-da yazıb.');
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Tom Braun", "PER", "Tom Braun");
  entity(d, "Ağ Evin", "ORG", "Ağ Ev");
  entity(d, "Truth Social-da", "ORG", "Truth Social");
  const [q] = extractQuotes(d, az);
  assert.equal(q.text, "Nazir Tom Braun deyir ki, zərər ağırdır. Biz hazırıq");
  assert.equal(q.speaker, "Con Smit");
});

test("a common body noun as the source stands for the body named before, or for a state noun the country", () => {
  const d = docOf('Norveç balıq idxalına rüsum tətbiq edib. Bu barədə hökumət məlumat yayıb. “Yeni qaydalar gələn aydan qüvvəyə minir”, – açıqlamada bildirilir.');
  entity(d, "Norveç", "LOC", "Norveç");
  d.entities[0].iso = "NO"; // a country, as the link stage marks the gazetteer's
  assert.equal(extractQuotes(d, az)[0].speaker, "Norveç");
  const e = docOf('Almaniyanın Bakıdakı Səfirliyi vətəndaşlara müraciət edib. Bu barədə səfirliyin rəsmi hesabında yazılıb. “Vətəndaşlara qaydalara ciddi şəkildə əməl etmələri tövsiyə olunur”, – məlumatda qeyd olunub.');
  entity(e, "Almaniyanın Bakıdakı Səfirliyi", "ORG", "Almaniyanın Bakıdakı Səfirliyi");
  assert.equal(extractQuotes(e, az)[0].speaker, "Almaniyanın Bakıdakı Səfirliyi");
});

test("a state noun keeps, through the article, the country its first telling stood for", () => {
  const d = docOf('Norveç balıq idxalına rüsum tətbiq edib. Bu barədə hökumət məlumat yayıb. Hökumət hesab edir ki, Fransa üçün nəzərdə tutulan balıq bazarı qorunacaq. “Biz Fransanın addımlarını izləyəcəyik”, – hökumətdən bildirilib.');
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  entity(d, "Fransanın", "LOC", "Fransa");
  for (const x of d.entities) x.iso = x.name === "Norveç" ? "NO" : "FR"; // countries, as the link stage marks them
  assert.equal(extractQuotes(d, az)[0].speaker, "Norveç");
});

test("a pronoun speaking right after a report names its source: the person the report cites", () => {
  const d = docOf('Norveçin Baş naziri Con Smit istefa verir. Bu barədə portal ölkə Prezidenti Tom Brauna istinadən məlumat yayıb. “C.Smit səhər zəng edib və istefasını elan edib”, – o bildirib.');
  entity(d, "Norveçin", "LOC", "Norveç");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Tom Brauna", "PER", "Tom Braun");
  entity(d, "C.Smit", "PER", "Con Smit");
  // the link stage's reading of `o`: the person last named as a subject
  const o = d.tokens.findIndex((t) => t.start === d.text.indexOf("o bildirib"));
  d.links = [{ start: d.tokens[o].start, end: d.tokens[o].end, text: "o", name: "Con Smit", id: "per:con-smit", tokStart: o, tokEnd: o + 1, kind: "pronoun" }];
  const [q] = extractQuotes(d, az);
  assert.equal(q.speaker, "Tom Braun");
});

test("a report issued right after the quotation names its speaker: `\"…\". Bu barədə X məlumat verib`", () => {
  const d = docOf('Məktəblərdə yeni dərs ili başlayır. “Formaların satışı iyulun 1-dən başlayacaq və avqustun sonunadək davam edəcək”. Bu barədə idarənin şöbə müdiri Con Smit məlumat verib.');
  entity(d, "Con Smit", "PER", "Con Smit");
  const [q] = extractQuotes(d, az);
  assert.equal(q.speaker, "Con Smit");
  assert.match(q.cue ?? "", /məlumat verib/);
});

test("a name written as its canonical form is nominative, whatever its ending seems (`– deyə Zərinə Zeynalova bildirib`)", () => {
  const d = docOf('Şirkətin prezidenti Zərinə Zeynalova Norveç naziri Con Smit ilə forumda çıxış edib. “Bu yol ümumi vizyon və birgə səylər tələb edir”, – deyə Zərinə Zeynalova bildirib.');
  entity(d, "Zərinə Zeynalova", "PER", "Zərinə Zeynalova", 0);
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Zərinə Zeynalova", "PER", "Zərinə Zeynalova", 1);
  assert.equal(extractQuotes(d, az)[0].speaker, "Zərinə Zeynalova");
});

test("`Bu sözləri jurnalistlərə açıqlamasında X deyib`: a document noun in a case is where, the verb after the name says who", () => {
  const d = docOf('“Gələn il kənd məktəblərində yeni siniflər açılacaq”. Bu sözləri jurnalistlərə açıqlamasında idarənin müdiri Con Smit deyib.');
  entity(d, "Con Smit", "PER", "Con Smit");
  const [q] = extractQuotes(d, az);
  assert.equal(q.speaker, "Con Smit");
  assert.match(q.cue ?? "", /deyib$/);
});

test("`X-dən bildirilib`: a body in the ablative before a passive speech verb is the source", () => {
  assert.deepEqual(speakers(
    '“Bu il kredit üçün müraciət edənlərin sayı iki dəfə artıb”. Bu barədə Gənclər Fondundan bildirilib.',
    [["Gənclər Fondundan", "ORG", "Gənclər Fondu"]],
  ), ["Gənclər Fondu"]);
});

test("`- universitetdən \"X\" qəzetinə verilən məlumatda deyilir`: the body the cue names, not a name in the quoted title", () => {
  assert.deepEqual(speakers(
    'Şimal Texniki Universitetində təhsil haqqı artırılıb. “Bütün ixtisaslarda illik haqq iki yüz manat artırılıb”, – universitetdən “Təhsil Yolu” qəzetinə verilən məlumatda deyilir.',
    [["Şimal Texniki Universitetində", "ORG", "Şimal Texniki Universiteti"], ["Təhsil Yolu", "ORG", "Təhsil Yolu"]],
  ), ["Şimal Texniki Universiteti"]);
});

test("`- deyə AMEA prezidenti vurğulayıb`: a body's office is held by the person the article titled so, not by the person last named", () => {
  const d = docOf('Tədbiri Elmlər Akademiyasının prezidenti akademik Con Smit açıb. Sonra professor Tom Braun kitab haqqında danışıb. “Alimin əsərləri gənc tədqiqatçılar üçün böyük məktəbdir”, – deyə Elmlər Akademiyası prezidenti vurğulayıb.');
  entity(d, "Elmlər Akademiyasının", "ORG", "Elmlər Akademiyası");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Tom Braun", "PER", "Tom Braun");
  entity(d, "Elmlər Akademiyası", "ORG", "Elmlər Akademiyası", 1);
  assert.equal(extractQuotes(d, az)[0].speaker, "Con Smit");
});

test("quoted titles in a list (`\"A haqqında\", \"B haqqında\"`) are no quotations when nothing cues them", () => {
  const d = docOf('Prezident yeni qanunları təsdiqləyib. Həmin qanunlar “Torpaq icarəsi haqqında”, “Şəhər və kənd təsərrüfatı torpaqlarının dövlət reyestri haqqında”, “Bələdiyyələr haqqında” qanunlardır.');
  assert.deepEqual(extractQuotes(d, az), []);
});

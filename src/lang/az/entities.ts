// Azerbaijani tables for the entity and link stages: endings, name shapes, heads, gazetteers,
// office holders. Lists of names live in ./entities/.
import type { EntityTables, KnownName } from "../../extract/entities/tables.js";
import { CLDR_TERRITORIES } from "./entities/countries.js";
import { COUNTRY_SPELLINGS, placeNames } from "./entities/places.js";
import { organisationNames } from "./entities/organisations.js";
import { LEADER_OFFICES, OFFICES } from "./entities/offices.js";
import { NATIONALITIES } from "./entities/nationalities.js";
import { FEMALE_GIVEN_NAMES, GIVEN_NAMES, KNOWN_PEOPLE } from "./entities/people.js";

const BACK = "aıou";
const ROUNDED = "oöuü";
const harmony: Record<string, [string, string]> = {};
for (const v of "aıouəeiöü") {
  const back = BACK.includes(v);
  const i = ROUNDED.includes(v) ? (back ? "u" : "ü") : back ? "ı" : "i";
  harmony[v] = [back ? "a" : "ə", i];
}

/** The possessive (3rd person) of a noun: prezident -> prezidenti, başçı -> başçısı, nazirlik ->
 *  nazirliyi; a k or q after a consonant stays (bank -> bankı). */
function possessive(w: string): string {
  const vowels = "aıouəeiöü";
  let last = "";
  for (const c of w) if (c in harmony) last = c;
  const i = last ? harmony[last][1] : "i";
  const softens = vowels.includes(w[w.length - 2] ?? "");
  return vowels.includes(w[w.length - 1]) ? `${w}s${i}` : softens && w.endsWith("k") ? `${w.slice(0, -1)}y${i}` : softens && w.endsWith("q") ? `${w.slice(0, -1)}ğ${i}` : `${w}${i}`;
}
const bareAndPossessive = (ws: string[]) => ws.flatMap((w) => [w, possessive(w)]);

function countries(): KnownName[] {
  const out: KnownName[] = [];
  // a region spelt like a country (`Cənubi Afrika`) is the country in the press
  const countrySpellings = new Set(Object.values(COUNTRY_SPELLINGS).flatMap((x) => [x.canonical, ...x.aliases]));
  for (const t of CLDR_TERRITORIES) {
    if (!t.iso && countrySpellings.has(t.az)) continue;
    const extra = t.iso ? COUNTRY_SPELLINGS[t.iso] : undefined;
    const name = extra?.canonical ?? t.az;
    const aliases = [t.az, ...(extra?.aliases ?? [])].filter((a) => a !== name);
    out.push({ name, type: "LOC", en: t.en, iso: t.iso, aliases });
  }
  return out;
}

function people(): KnownName[] {
  const seen = new Map<string, KnownName>();
  for (const o of OFFICES) if (!seen.has(o.name)) seen.set(o.name, { name: o.name, en: o.en, type: "PER" });
  for (const [name, en] of KNOWN_PEOPLE) if (!seen.has(name)) seen.set(name, { name, en, type: "PER" });
  return [...seen.values()];
}

export const entities: EntityTables = {
  vowels: "aıouəeiöü",
  harmony,
  caseEndings: [
    { suffix: "nIn", case: "gen", after: "vowel" }, { suffix: "In", case: "gen", after: "consonant" },
    { suffix: "nI", case: "acc", after: "vowel" }, { suffix: "I", case: "acc", after: "consonant" },
    { suffix: "yA", case: "dat", after: "vowel" }, { suffix: "A", case: "dat", after: "consonant" },
    { suffix: "nA", case: "dat", after: "poss" },
    { suffix: "dA", case: "loc", after: "any" }, { suffix: "ndA", case: "loc", after: "poss" },
    { suffix: "dAn", case: "abl", after: "any" }, { suffix: "ndAn", case: "abl", after: "poss" },
    { suffix: "lA", case: "ins", after: "consonant" }, { suffix: "ylA", case: "ins", after: "vowel" },
    { suffix: "dAkI", case: "loc", after: "any" }, { suffix: "ndAkI", case: "loc", after: "poss" },
    // the copula on a predicate name: `paytaxt Bakıdır`, `rəhbəri Əhmədovdur`
    { suffix: "dIr", case: "nom", after: "any" },
  ],
  hyphenEndings: {
    ın: "gen", in: "gen", un: "gen", ün: "gen", nın: "gen", nin: "gen", nun: "gen", nün: "gen",
    ı: "acc", i: "acc", u: "acc", ü: "acc", nı: "acc", ni: "acc", nu: "acc", nü: "acc",
    a: "dat", ə: "dat", ya: "dat", yə: "dat", na: "dat", nə: "dat",
    da: "loc", də: "loc", ta: "loc", tə: "loc", dakı: "loc", dəki: "loc",
    dan: "abl", dən: "abl", tan: "abl", tən: "abl", la: "ins", lə: "ins", yla: "ins", ylə: "ins",
    dır: "nom", dir: "nom", dur: "nom", dür: "nom",
  },
  known: [...countries(), ...placeNames(), ...organisationNames(), ...people()],
  givenNames: [...GIVEN_NAMES, ...FEMALE_GIVEN_NAMES],
  femaleGivenNames: FEMALE_GIVEN_NAMES,
  feminineSurnameEndings: ["ova", "eva", "yeva", "ina", "skaya"],
  surnameEndings: [
    "ov", "ova", "ev", "eva", "yev", "yeva", "zadə", "zada", "li", "lı", "lu", "lü", "bəyli", "oğlu",
    "yan", "ian", "enko", "ko", "ski", "skiy", "ska", "in", "ina", "dze", "şvili", "viç", "iç", "yuk", "çuk",
  ],
  strongSurnameEndings: ["ov", "ova", "ev", "eva", "yev", "yeva", "zadə", "yan", "enko", "şvili", "dze", "bəyli"],
  personTitles: [
    ...bareAndPossessive([
      "prezident", "nazir", "katib", "sözçü", "sözcü", "müavin", "rəhbər", "sədr", "direktor", "deputat",
      "həmkar", "başçı", "səfir", "nümayəndə", "kansler", "lider", "spiker", "general", "polkovnik",
      "professor", "dosent", "doktor", "jurnalist", "ekspert", "analitik", "politoloq", "iqtisadçı",
      "müğənni", "yazıçı", "şair", "aktyor", "məşqçi", "futbolçu", "hakim", "prokuror", "vəkil", "müşavir",
      "köməkçi", "rektor", "prorektor", "dekan", "qubernator", "mer", "patriarx", "komandir", "komandan",
      "rəis", "müdir", "sahibkar", "mütəxəssis", "həkim", "baş", "üzv", "namizəd", "ombudsman", "imam",
      "kral", "kraliça", "şahzadə", "şeyx", "vitse-prezident", "baş katib", "müxbir", "redaktor", "idmançı",
      "tədqiqatçı", "alim", "akademik", "səlahiyyətli", "elçi", "təmsilçi", "sədrlik", "icraçı", "məsləhətçi",
      "papa", "senator", "konqresmen", "komissar", "arxiyepiskop", "yepiskop", "mitropolit", "katolikos", "milyarder",
      "biznesmen", "təsisçi",
      // Turkish titles as the press quotes them (`Türkiyə Cümhurbaşkanı X`, `TBMM Başkanı X`, `Dışişleri Bakanı X`)
      "cümhurbaşkan", "cumhurbaşkan", "cümhurbaşqan", "cumhurbaşqan", "başkan", "başqan", "bakan",
    ]),
    "cənab", "xanım", "sabiq", "mərhum", "general-mayor", "general-leytenant",
    // forms of address in letters and speeches (`Hörmətli Ziyad müəllim`): outside the name like a title
    "hörmətli", "möhtərəm",
    // a Gulf ruler's title only in its possessive form (`Qətər Əmiri Şeyx Təmim`): bare `Əmir` is also a given name
    "əmiri", ...bareAndPossessive(["vəliəhd"]),
    // an official of a body or a state only in its possessive form (`HƏMAS-ın rəsmisi X`): bare `rəsmi` is the adjective
    "rəsmisi",
  ],
  // (none is a given name: `Hakim`, `Alim` are, and stay titles only)
  occupationNouns: [
    "polis", "bloger", "tiktoker", "aktrisa", "rejissor", "prodüser", "bəstəkar", "rəssam", "xanəndə", "ifaçı",
    "aparıcı", "teleaparıcı", "boksçu", "güləşçi", "tennisçi", "şahmatçı", "cüdoçu", "qapıçı", "hücumçu",
    "müdafiəçi", "yarımmüdafiəçi", "oyunçu", "müstəntiq", "hüquqşünas", "sürücü", "fotoqraf", "modelyer", "stilist", "kuryer",
  ],
  personAfter: ["oğlu", "qızı", "xanım", "bəy", "müəllim", "həkim", "paşa"],
  nicknameWords: ["ləqəbli", "ləqəbi", "ləqəbilə", "ləqəbiylə", "təxəllüslü", "təxəllüsü", "təxəllüsilə"],
  orgHeads: [
    ...bareAndPossessive([
      "nazirlik", "şirkət", "bank", "agentlik", "universitet", "xidmət", "komitə", "komissiya", "şura",
      "idarə", "fond", "mərkəz", "institut", "akademiya", "assosiasiya", "birlik", "ittifaq", "təşkilat",
      "partiya", "palata", "məhkəmə", "prokurorluq", "departament", "administrasiya", "aparat", "kabinet",
      "məclis", "parlament", "holdinq", "qrup", "korporasiya", "zavod", "fabrik", "kombinat", "muzey",
      "teatr", "kitabxana", "klub", "federasiya", "cəmiyyət", "nəşriyyat", "qəzet", "jurnal", "kanal",
      "telekanal", "xəstəxana", "məktəb", "lisey", "kollec", "gimnaziya", "bələdiyyə", "hökumət",
      "konsern", "birja", "portal", "assambleya", "ofis", "nümayəndəlik", "səfirlik", "konsulluq", "ordu",
      "korpus", "polis", "inspeksiya", "kollegiya", "heyət", "şöbə", "katiblik", "dövlət duması",
      "cəbhə", "hərəkat", "platforma", "kooperativ", "tərəfdaşlıq", "filial", "alyans", "liqa", "kollektiv",
      "sindikat", "ansambl", "orkestr", "studiya", "xəbər agentliyi", "radio", "televiziya", "konservatoriya",
      "komandanlıq", "qərargah", "restoran", "kafe", "senat", "rada", "müdirlik", "büro", "xronika", "qvardiya",
      // a community organised as a body (`Qərbi Azərbaycan İcması`)
      "icma",
      // a collective head of state (`Bosniya və Herseqovina Prezidentliyi`)
      "prezidentlik",
      // a town's or district's executive authority (`Qusar Rayon İcra Hakimiyyəti`) is a body, not its place
      "hakimiyyət",
    ]),
    "qüvvələr", "qüvvələri",
    "bank", "group", "holding", "university", "inc", "ltd", "airlines", "media", "tv", "news", "corporation",
  ],
  // only with the possessive: after its owner a head always takes it (`Mərkəzinin aparatı`); a bare one
  // opens a compound of its own (`Xidmətinin idarə rəisi`, `Mərkəzinin aparat rəhbəri`)
  orgHeadsLower: ["xidmət", "idarə", "şöbə", "aparat", "katiblik", "nümayəndəlik", "səfirlik", "konsulluq", "departament", "bölmə"].map(possessive),
  legalForms: ["ASC", "QSC", "MMC", "LLC", "Ltd", "Inc", "GmbH", "PLC", "AG", "İB", "QHT", "ASK", "AQS", "BOKT"],
  placeHeads: bareAndPossessive([
    "şəhər", "rayon", "kənd", "qəsəbə", "çay", "göl", "dağ", "vilayət", "əyalət", "bölgə", "region", "küçə",
    "prospekt", "meydan", "ada", "yarımada", "dəniz", "körfəz", "boğaz", "ştat", "diyar", "mahal", "ostan",
    "paytaxt", "liman", "hava limanı", "düzənlik", "vadi", "dərə", "səhra", "okean", "sahil", "park", "muxtar respublika",
    "oblast", "kanton", "qraflıq", "dairə", "yaşayış məntəqə",
  ]),
  miscHeads: bareAndPossessive([
    "sammit", "zirvə", "forum", "konfrans", "sərgi", "festival", "olimpiada", "çempionat", "kubok", "oyunlar",
    "müsabiqə", "layihə", "proqram", "strategiya", "plan", "bəyannamə", "müqavilə", "əməliyyat", "həftə",
    "mükafat", "orden", "medal", "turnir", "marafon", "konsepsiya", "doktrina", "kampaniya", "saziş",
    "konvensiya", "prosess", "format", "dialoq", "təşəbbüs", "konqres", "simpozium", "yarmarka", "ekspo",
  ]),
  productHeads: bareAndPossessive([
    "sistem", "raket", "təyyarə", "helikopter", "dron", "tank", "qırıcı", "model", "avtomobil", "maşın",
    "telefon", "smartfon", "kompüter", "noutbuk", "proqram təminatı", "tətbiq", "zenit-raket kompleksi",
  ]),
  capitalisedMiscHeads: bareAndPossessive(["gün", "bayram", "dəhliz", "müharibə"]),
  documentHeads: bareAndPossessive([
    "plan", "proqram", "məktub", "niyyət məktubu", "memorandum", "saziş", "müqavilə", "bəyannamə", "konvensiya",
    "strategiya", "konsepsiya", "doktrina", "qanun", "məcəllə", "fərman", "sərəncam", "protokol", "əsasnamə",
    "nizamnamə", "qətnamə", "hesabat", "xartiya", "pakt", "yol xəritəsi", "reqlament", "təlimat", "qayda",
  ]),
  facilityHeads: [
    ...bareAndPossessive([
      "kompleks", "mehmanxana", "otel", "hotel", "stadion", "terminal", "körpü", "tunel", "stansiya", "yataq",
      "mehmanxana kompleks", "otel kompleks", "idman kompleks", "biznes mərkəz", "ticarət mərkəz",
      "elektrik stansiya", "su elektrik stansiya", "istilik elektrik stansiya", "günəş elektrik stansiya",
      "külək elektrik stansiya", "atom elektrik stansiya", "hava liman", "dəniz liman",
    ]),
    "ses", "ies", "aes", "ges",
  ],
  legalFormsLong: [
    "məhdud məsuliyyətli cəmiyyət", "açıq səhmdar cəmiyyət", "qapalı səhmdar cəmiyyət", "səhmdar cəmiyyət",
    "publik hüquqi şəxs", "ictimai birlik",
  ],
  // (`ƏDV` value-added tax: a tax, no body; `TIR` a lorry of international road haulage, `PUA` an unmanned aerial vehicle: no body)
  commonAbbreviations: ["ƏDV", "KOB", "TIR", "PUA", "SES", "İES", "AES", "GES", "KES", "MVt", "GVt", "kVt", "MVt-saat", "kVt-saat"],
  attachmentWords: ["yanında", "nəzdində"],
  stateWords: bareAndPossessive(["dövlət", "respublika", "krallıq", "əmirlik", "sultanlıq"]),
  attributiveEndings: ["dakı", "dəki", "takı", "təki"],
  stateDescriptors: ["ərəb", "islam", "xalq", "demokratik", "federativ", "sosialist", "birləşmiş", "kooperativ", "bolivar", "konstitusiyalı"],
  patronymics: ["oğlu", "qızı"],
  // (a woman's also in a case; a man's only bare, as Serbian surnames end alike: `Vuçiçə`)
  patronymicEndings: { inflecting: ["ovna", "yevna", "evna"], bare: ["oviç", "yeviç", "eviç", "ovich", "evich"] },
  // adjectives that open names of bodies: the head after them carries no possessive (`Milli Məclis`)
  nameAdjectives: [
    "milli", "ali", "mərkəzi", "federal", "beynəlxalq", "birləşmiş", "böyük", "kiçik", "ağ", "qara", "qırmızı", "yaşıl",
    "yeni", "köhnə", "xüsusi", "daimi", "regional", "vahid", "baş", "xarici", "daxili", "hərbi", "siyasi", "ictimai",
    "elmi", "tibbi", "dini", "müstəqil", "demokratik", "sosialist", "respublikan", "ümumi", "ümummilli", "cənubi",
    "şimali", "qərbi", "şərqi", "orta", "yuxarı", "aşağı", "iqtisadi",
  ],
  // `Qasım-Jomart Tokayev` for a known `Kasım-Jomart Tokayev`: a foreign k is written k or q
  initialVariants: [["k", "q"]],
  nameParticles: ["fon", "der", "de", "van", "bin", "ibn", "əl", "əs", "əş", "əd", "ən", "le", "la", "di", "du", "al"],
  nameConnectors: ["və", "of", "and", "&", "üzrə", "qarşı"],
  // English words of firms' names as the press quotes them (`"Bank of X"`, `"X Co."`)
  latinFirmWords: ["Bank", "Co", "Corp", "Corporation", "Company", "Group", "Holding", "Holdings", "Inc", "Ltd", "Airlines", "Motors", "Insurance"],
  coordinators: ["və", "ilə"],
  // a foreign name's final e stays e in Azerbaijani spelling (`Rütte`, `Merkel`); a final ə after a
  // consonant is the dative (`Merzə`), unless the name is Azerbaijani (a given name, `-zadə`)
  caseOnlyFinals: ["ə"],
  personPartnerWords: ["zəng", "görüş", "danış"],
  personObjectWords: ["qəbul", "təbrik"],
  // a person dies, is buried, marries, divorces, is born, taken to hospital, wounded, resigns
  // English and other spellings Azerbaijani respells (`Lockheed Martin`, `State Street`, `Yelo Light`, `Avant Group`, `Global Association`)
  foreignSpellings: ["w", "ck", "ee", "oo", "ou", "gh", "th", "sh", "ch", "ph", "pp", "ss"],
  personSubjectWords: ["vəfat", "dəfn", "evlən", "boşan", "doğ", "xəstəxana", "yaralan", "istefa"],
  // the head of a compound name carries the possessive (`Yaşıl Keçid forumu`)
  possessedHeads: true,
  compoundPossessives: ["i", "ı", "u", "ü"],
  partnerPostpositions: ["ilə"],
  topicPostpositions: ["barədə", "haqqında", "üçün", "əleyhinə"],
  // a person's name before these is in the nominative (`X üçün`, `X kimi`, `X ilə`, `X haqqında`, `X tərəfindən`)
  nominativePostpositions: ["üçün", "kimi", "ilə", "haqqında", "barədə", "tərəfindən"],
  // a person's name right before a word of saying is its subject (`X vurğulayıb`, `X qeyd edib`, `X əlavə edib`) ...
  speakerWords: ["vurğula", "qeyd", "əlavə"],
  // ... or, before one that may take an addressee, its subject or its dative addressee (`X bildirib`, `X-ə deyib`)
  addressedSpeakerWords: ["bildir", "de", "söylə", "açıqla", "yaz", "xatırlat"],
  spellingFolds: [["iy", "i"], ["ts", "s"], ["z", "s"], ["ə", "a"], ["e", "a"], ["ü", "u"], ["ö", "o"], ["ı", "i"], ["w", "v"]],
  notNames: [
    "bu", "o", "bunu", "bunun", "buna", "bundan", "bununla", "həmin", "ancaq", "amma", "lakin", "çünki", "əgər",
    "və", "ya", "yaxud", "həm", "da", "də", "isə", "belə", "beləliklə", "həmçinin", "eyni", "qeyd", "xatırladaq",
    "xatırlatma", "bildirək", "diqqət", "bir", "iki", "üç", "hər", "bütün", "heç", "kim", "nə", "niyə", "necə",
    "harada", "hansı", "onun", "onlar", "onların", "biz", "mən", "sən", "siz", "ötən", "keçən", "gələn", "sonra",
    "əvvəl", "indi", "artıq", "hələ", "daha", "ən", "çox", "az", "yeni", "son", "ilk", "məlumat", "mənbə", "foto",
    "video", "müəllif", "xəbər", "rəsmi", "qeyd", "bildirilib", "məsələn", "yəni", "habelə", "hazırda", "bundan",
    "onu", "ona", "ondan", "özü", "digər", "başqa", "bəzi", "hətta", "sanki", "yalnız", "sadəcə", "xüsusilə",
    "əlavə", "ümumilikdə", "ümumiyyətlə", "nəticədə", "halbuki", "üstəlik", "görə", "üçün", "ilə", "kimi", "sabiq", "mərhum",
    "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr",
    "dünən", "srağagün", "sabah", "bazar", "cümə", "şənbə", "prezident", "baş", "nazir", "sədr", "dövlət", "ölkə", "hökumət", "tərəf", "bəli", "xeyr",
    // names that are also common words: trusted only when capitalised in running text
    "qərb", "şərq", "dünya", "nar", "trend", "report", "meta", "turan", "kür", "araz", "apple", "visa", "senat", "konqres",
  ],
  // a person's name before one of these, then a body's capitalised name: one body (`X adına Neft Emalı Zavodu`)
  namedAfter: ["adına"],
  // currency codes written after an amount (`200 AZN`, `5 mln USD`): units, no bodies
  currencyCodes: ["AZN", "USD", "EUR", "RUB", "GBP", "CHF", "CNY", "JPY", "TRY"],
  demonymEndings: ["lı", "li", "lu", "lü"],
  abstractNounEndings: ["lıq", "lik", "luq", "lük"],
  roles: [
    { words: ["prezident"], office: "president" },
    { words: ["prezidenti"], office: "president" },
    ...["cümhurbaşkanı", "cumhurbaşkanı", "cümhurbaşqanı", "cumhurbaşqanı"].map((w) => ({ words: [w], office: "president" })),
    { words: ["dövlət", "başçısı"], office: "president" },
    { words: ["baş", "nazir"], office: "prime_minister" },
    { words: ["baş", "naziri"], office: "prime_minister" },
    { words: ["hökumət", "başçısı"], office: "prime_minister" },
    // the state named before in the genitive (`Yaponiya hökumətinin başçısı`, `Fransa dövlətinin başçısı`)
    { words: ["hökumətinin", "başçısı"], office: "prime_minister" },
    { words: ["dövlətinin", "başçısı"], office: "president" },
    { words: ["kansler"], office: "prime_minister" },
    { words: ["kansleri"], office: "prime_minister" },
    { words: ["xarici", "işlər", "naziri"], office: "foreign_minister" },
    { words: ["xin", "rəhbəri"], office: "foreign_minister" },
    { words: ["xin", "başçısı"], office: "foreign_minister" },
    { words: ["dövlət", "katibi"], office: "foreign_minister" },
    { words: ["ali", "dini", "lideri"], office: "supreme_leader" },
    { words: ["ali", "lideri"], office: "supreme_leader" },
    { words: ["kralı"], office: "monarch" },
    { words: ["kral"], office: "monarch" },
    // the article's own state named by "our" (AzərTac style: `Dövlətimizin başçısı`, `ölkəmizin Prezidenti`)
    { words: ["dövlətimizin", "başçısı"], office: "president", home: true },
    { words: ["ölkəmizin", "başçısı"], office: "president", home: true },
    { words: ["ölkəmizin", "prezidenti"], office: "president", home: true },
    { words: ["ölkəmizin", "rəhbəri"], office: "president", home: true },
    { words: ["dövlətimizin", "rəhbəri"], office: "president", home: true },
    { words: ["lideri"], office: "president", leader: true, needsCountry: true },
    { words: ["rəhbəri"], office: "president", leader: true, needsCountry: true },
    // the holders in each of the states listed before (`Rusiya və Azərbaycan prezidentləri`, `A və B XİN başçıları`)
    ...[["prezidentləri"], ["dövlət", "başçıları"]].map((words) => ({ words, office: "president", plural: true })),
    ...[["baş", "nazirləri"], ["hökumət", "başçıları"]].map((words) => ({ words, office: "prime_minister", plural: true })),
    ...[["xarici", "işlər", "nazirləri"], ["xin", "başçıları"], ["xin", "rəhbərləri"]].map((words) => ({ words, office: "foreign_minister", plural: true })),
    ...[["liderləri"], ["rəhbərləri"]].map((words) => ({ words, office: "president", leader: true, plural: true })),
  ],
  // posts that title a person and, opening a later sentence alone, name that person again (`Nazir …`, `Səfirə …`)
  // a spokesperson titled by the phrase of the post (`mətbuat katibi X`, `mətbuat xidmətinin rəhbəri X`) is `Sözçü` again
  titleAliases: [["sözçü", ["mətbuat", "katibi"]], ["sözçü", ["rəsmi", "nümayəndəsi"]], ["sözçü", ["mətbuat", "xidmətinin", "rəhbəri"]]],
  // (and the roles news of courts and rights titles people by: `xüsusi məruzəçisi X … . … məruzəçinin çağırışlarını`, `Hüquq
  // müdafiəçisi X … . Hüquq müdafiəçisi isə … bildirib`, `gənc fəal X`, `vəkil X`, `Ombudsman X`)
  titleNouns: ["nazir", "səfir", "nümayəndə", "sədr", "sözçü", "katib", "komissar", "elçi", "spiker", "kansler", "arxiyepiskop", "patriarx", "nuntsi", "komandan", "lider",
    "məruzəçi", "müdafiəçi", "fəal", "vəkil", "ombudsman"],
  // (the national leader's epithets, written capitalised as names)
  epithets: { "ulu öndər": "Heydər Əliyev", "ulu öndərimiz": "Heydər Əliyev", "ümummilli lider": "Heydər Əliyev", "ümummilli öndər": "Heydər Əliyev",
    // the President's title since 2020, written capitalised before his name (`Prezident, Müzəffər Ali Baş Komandan X`): its first
    // two words read as a given name and a second one, and they are that person, not another
    "müzəffər ali baş komandan": "İlham Əliyev", "müzəffər ali": "İlham Əliyev" },
  homeCountry: "AZ",
  leaderOffices: LEADER_OFFICES,
  offices: OFFICES,
  pronouns: { o: "nom", onun: "gen", ona: "dat", onu: "acc", onunla: "ins" },
  pronounsNeedComma: ["o"],
  nationalities: NATIONALITIES,
  // the visitor once the visit is told (`Qonaq … təşəkkür edib`, `Qonağı … qarşılayıb`); `qonaq edib`, `qonaq olub` host or visit
  guestNouns: ["qonaq"],
  guestLightVerbs: ["ed", "olu", "olm", "ol"],
  counterparts: { həmkarı: "nom", həmkarının: "gen", həmkarına: "dat", həmkarını: "acc", həmkarından: "abl", həmkarıyla: "ins" },
  roleDeputiesAfter: ["müavini", "köməkçisi", "sözçüsü", "müşaviri", "nümayəndəsi"],
  roleBlockersAfter: ["müavini", "köməkçisi", "sözçüsü", "müşaviri", "mətbuat", "katibi", "nümayəndəsi", "administrasiyası", "aparatı", "xidməti", "ofisi", "seçkiləri", "seçkilərində", "postu", "vəzifəsi"],
  roleBlockersBefore: ["keçmiş", "sabiq", "ex", "mərhum", "ilk", "gələcək"],
  slugMap: { ə: "e", ı: "i", ğ: "g", ö: "o", ü: "u", ş: "s", ç: "c", İ: "i" },
};

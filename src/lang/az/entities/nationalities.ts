// Words of nationality and the state each stands for when it tells a side of an event: the short ethnonyms
// news writes before group and office nouns (`rus qoşunları`, `alman kansleri`), and the person and group nouns
// they qualify. Demonyms in -lı/-li/-lu/-lü of a known country (`gürcüstanlı`, `rusiyalı`) are read from the
// country names and the table's demonym endings; the few whose place is no state by its own name are listed here
// (`amerikalı`: Amerika names the continent too). None of these is an entity (GUIDELINES: `azərbaycanlı` is not).
// An ethnonym whose people have no one state (`ərəb`, `kürd`, `yəhudi`, `tatar`) is left out. Written for this
// project from knowledge of the language.
import type { NationalityTables } from "../../../extract/entities/tables.js";

/** Ethnonym (lower case) -> a known spelling of the state it stands for. */
const ETHNONYMS: Record<string, string> = {
  rus: "Rusiya", türk: "Türkiyə", alman: "Almaniya", fransız: "Fransa", amerikan: "ABŞ", amerikalı: "ABŞ",
  erməni: "Ermənistan", ingilis: "Böyük Britaniya", britaniyalı: "Böyük Britaniya", fars: "İran", gürcü: "Gürcüstan",
  italyan: "İtaliya", ispan: "İspaniya", yapon: "Yaponiya", polyak: "Polşa", macar: "Macarıstan", yunan: "Yunanıstan",
  holland: "Niderland", özbək: "Özbəkistan", qazax: "Qazaxıstan", qırğız: "Qırğızıstan", tacik: "Tacikistan",
  türkmən: "Türkmənistan", bolqar: "Bolqarıstan", rumın: "Rumıniya", serb: "Serbiya", xorvat: "Xorvatiya",
  çex: "Çexiya", slovak: "Slovakiya", alban: "Albaniya", əfqan: "Əfqanıstan", monqol: "Monqolustan", latış: "Latviya",
  eston: "Estoniya", ukrayn: "Ukrayna",
};

/** Person and group nouns (lower-case base words; the last word of a phrase is matched by its stem) that a
 *  nationality word before them makes a side of that state: officials, forces, citizens. Nouns of things
 *  (`dil`, `serial`, `avtomobil`, `şirkət`, `təyyarə`) are not here, nor are artists, sportsmen and experts. */
const HEADS: string[] = [
  // state and office
  "prezident", "baş nazir", "nazir", "xarici işlər nazir", "müdafiə nazir", "kansler", "lider", "rəhbər", "başçı",
  "rəsmi", "diplomat", "səfir", "konsul", "nümayəndə heyət", "nümayəndə", "həmkar", "deputat", "parlamentari",
  "senator", "məmur", "hökumət", "rəhbərlik", "tərəf", "danışıqçı", "müşahidəçi",
  // forces (below)
  "general", "muzdlu", "pilot", "dənizçi", "casus",
  // people
  "vətəndaş", "jurnalist", "tələbə", "turist", "işçi", "fəhlə", "mühacir", "miqrant", "qaçqın", "əsir", "hərbi əsir",
  "girov", "məhbus", "sərnişin", "sahibkar", "iş adam", "aktivist", "müxalifətçi", "haker",
  // (`Londonda yaşayan azərbaycanlı soydaşlarımız … aksiya keçirib`: a nation's people abroad)
  "soydaş", "həmvətən",
];

/** Of the heads, a state's armed forces and police: a nationality word with one of them is the state acting even as the
 *  act's only side (`rus hərbçiləri kəndi atəşə tutub`, `erməni silahlı bölmələri … mövqelərimizi atəşə tutub`); a
 *  general, a pilot or a mercenary is a person of their own. */
const FORCES: string[] = [
  "polis", "sülhməramlı", "qoşun", "ordu", "hərbçi", "hərbi qulluqçu", "əsgər", "zabit", "komandir", "komandan", "döyüşçü",
  "silahlı", "sərhədçi", "kəşfiyyatçı", "desantçı", "snayper", "xüsusi təyinatlı", "hərbi birləşmə", "hərbi hissə",
  // (`erməni silahlı qüvvələri … atəşə tutub`: a state's forces; `erməni silahlı bölmələri`, `… birləşmələri`: its units)
  "silahlı qüvvə", "hərbi qüvvə", "qüvvə", "silahlı bölmə", "silahlı birləşmə",
];

export const NATIONALITIES: NationalityTables = { ethnonyms: ETHNONYMS, heads: [...HEADS, ...FORCES], forceHeads: FORCES };

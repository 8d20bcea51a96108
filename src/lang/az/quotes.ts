// Azerbaijani tables of the quotes stage: the verbs that attribute direct speech.
import type { QuoteTables } from "../../extract/quotes/tables.js";

export const quotes: QuoteTables = {
  speechVerbs: [
    "de", "bildir", "qeyd", "vurğula", "əlavə", "söylə", "açıqla", "yaz", "xatırlat", "bəyan", "səsləndir",
    "deklarasiya", "cavab", "təkid", "şərh", "xəbər", "sitat", "paylaş", "müraciət", "təsdiqlə", "izah", "xahiş",
    "soruş", "etiraf", "iddia", "xəbərdarlıq",
    // congratulating is a speech act: its letter is the congratulator's (`X Y-i təbrik edib. Təbrik məktubunda deyilir: "…"`)
    "təbrik",
  ],
  notSpeech: ["deyil", "deyilmi", "dedikdə", "yazı", "yazılı"],
  backReference: ["bunu", "bu", "bunları", "sözügedən"],
  statementVerbs: ["danış", "çıxış"],
  complementiser: ["ki"],
  speakerTitles: [
    "lider", "rəhbər", "prezident", "sədr", "nazir", "sözçü", "başçı", "nümayəndə", "katib", "kansler", "spiker",
    "səfir", "müavin", "direktor", "komandan", "deputat", "müdir", "qubernator", "mer", "rektor",
    // `XİN rəsmisi əlavə edib`: an official of a body named before
    "rəsmi",
    // professions quoted by title after their named mention (`İqtisadçı X …` ¶ `"…", - deyə iqtisadçı qeyd edib`)
    "ekspert", "politoloq", "iqtisadçı", "analitik", "komissar", "ombudsman", "jurnalist", "diplomat",
    // offices named after their holder was (`keçmiş həmsədri X` … `- deyə həmsədr bildirib`, `Prezidentin köməkçisi`)
    "həmsədr", "köməkçi", "müşavir", "senator", "rəis", "konsul", "prokuror", "general", "professor", "akademik",
    // a person named with an office before, told by their profession after (`XİN-in nümayəndəsi X` … `- deyə diplomat`)
    "diplomat",
    // a person named by their kin or their trade before, told so after (`əsirin anası X` … `Ana … deyib: "…"`, `X-in vəkili Y`
    // … `Vəkil bildirib: "…"`)
    "ana", "ata", "qardaş", "bacı", "vəkil", "fəal", "həkim",
  ],
  documentNouns: [
    "məlumat", "məktub", "bəyanat", "açıqlama", "müraciət", "xəbər", "hesabat", "paylaşım", "müsahibə",
    "çıxış", "mesaj", "yazı", "post", "şərh", "press-reliz", "qərar", "sənəd", "status", "video",
    // a message of congratulation or condolence quoted by its noun (`Təbrikdə deyilir:`, `Başsağlığında deyilir:`)
    "təbrik", "başsağlığı",
  ],
  issueVerbs: ["göndər", "ünvanla", "yay", "yayımla", "dərc", "paylaş", "elan"],
  citing: ["istinadən", "istinadla"],
  bodyNouns: [
    "telekanal", "kanal", "agentlik", "nəşr", "qəzet", "sayt", "portal", "jurnal", "radio", "nazirlik", "xidmət",
    "idarə", "şirkət", "təşkilat", "komitə", "ofis", "səfirlik", "departament", "hökumət", "aparat", "şura",
    "mərkəz", "bank", "fond", "palata", "qurum", "müdirlik", "katiblik", "administrasiya", "kabinet", "məhkəmə", "şöbə",
    "universitet", "akademiya", "institut", "assosiasiya", "aviaşirkət", "hərəkat", "qruplaşma",
  ],
  // `"Report" xəbər verir ki, bu barədə hərəkatın bəyanatında deyilir`: the movement named before (`HƏMAS`)
  groupNouns: ["hərəkat", "qruplaşma", "qurum", "təşkilat"],
  stateNouns: ["hökumət", "kabinet", "administrasiya"],
  // (a reproach quoted, `X-in "…" iradına`, is words said too)
  speechNouns: ["söz", "ifadə", "fikir", "fikr", "çağırış", "irad", "sitat"],
  frameWords: ["fikrincə", "fikirlərincə", "qənaətincə", "qənaətlərincə"],
  sayingConverb: ["deyə"],
  // `"… necədir?", – sualına gəldikdə`: an interviewer's question; `Bu kitab … sanki deyir: "…"`: words imagined
  questionNouns: ["sual"],
  imaginedWords: ["sanki", "guya"],
  // `"…" - X-la MÜSAHİBƏ`: an interview headline, X speaks
  interviewNouns: ["müsahibə"],
  // `X hesab edir ki, "…"`, `X düşünür ki, "…"`: an opinion told in the speaker's words
  opinionVerbs: ["hesab", "düşün", "inan"],
  // `"…". X belə bəyanatla çıxış edib`: the sentence after a quotation tells who said it "so" (not `Belə ki, …`)
  mannerReference: ["belə"],
  minWords: 3,
  minWordsUncued: 8,
};

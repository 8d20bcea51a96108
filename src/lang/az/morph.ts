// Azerbaijani morphology as data: harmony classes, the suffix graph (right-to-left: each morpheme
// lists what may stand to its left), stem alternations, irregular forms and the lexicon of stems.
// Templates: A = a/ə, I = ı/u/i/ü, Q = q/k, G = ğ/y (Q before a vowel); "(y)" "(n)" "(s)" are buffer
// consonants written only after a vowel, "(I)" a vowel written only after a consonant.
import type { Morpheme, MorphTables } from "../../morph/tables.js";
import { generated } from "./morph/lexicon.generated.js";
import { stems } from "./morph/stems.js";
import { common } from "./morph/common.js";
import { loadAttestedWords } from "./morph/attested.js";

const POSS = ["P1S", "P2S", "P3", "P1P", "P2P"];
const CASES = ["GEN", "ACC", "DAT", "LOC", "ABL", "INS", "GEN3", "ACC3", "DAT3", "LOC3", "ABL3"];

const m = (id: string, forms: string[], after: string[], weight: number, extra: Partial<Morpheme> = {}): Morpheme =>
  ({ id, forms, after, weight, ...extra });

const morphemes: Morpheme[] = [
  // ---- nominal inflection: stem + plural + possessive + case (+ -ki) + predicative endings
  m("PL", ["lAr"], ["N"], 1.5, { feats: { plural: true } }),
  m("P1S", ["(I)m"], ["N", "PL"], 0, { feats: { poss: "1s" }, capitalisedWeight: -1 }),
  m("P2S", ["(I)n"], ["N", "PL"], -1.5, { feats: { poss: "2s" }, capitalisedWeight: -1 }),
  m("P3", ["(s)I"], ["N", "PL"], 0.4, { feats: { poss: "3" } }),
  m("P1P", ["(I)mIz"], ["N", "PL"], 0.8, { feats: { poss: "1p" }, capitalisedWeight: -1 }),
  m("P2P", ["(I)nIz"], ["N", "PL"], 0.3, { feats: { poss: "2p" }, capitalisedWeight: -1 }),
  m("GEN", ["(n)In"], ["@nomBase"], 0.6, { feats: { case: "gen" } }),
  m("ACC", ["(n)I"], ["@nomBase"], 0.4, { feats: { case: "acc" } }),
  m("DAT", ["(y)A"], ["@nomBase"], 0.3, { feats: { case: "dat" } }),
  m("LOC", ["dA"], ["@nomBase"], 1.2, { feats: { case: "loc" } }),
  m("ABL", ["dAn"], ["@nomBase"], 1.8, { feats: { case: "abl" } }),
  m("INS", ["(y)lA"], ["@nomBase", "P3"], 1.2, { feats: { case: "ins" } }),
  // "ilə" joined to a 3rd person possessive drops its vowel: vasitəsi ilə → vasitəsilə, köməyilə
  m("INS3", ["lA"], ["P3"], 1.2, { feats: { case: "ins" } }),
  // spoken comitative and ablative: qardaşıynan, Peterinən, yadınnan
  m("INS_SPOKEN", ["(y)nAn", "InAn"], ["@nomBase", "P3"], 0, { feats: { case: "ins" } }),
  m("ABL_SPOKEN", ["nnAn"], ["P3", "P2S"], 0.5, { feats: { case: "abl" } }),
  m("ACC_SPOKEN", ["n"], ["P3"], -1, { feats: { case: "acc" } }), // anasın = anasını
  // after the 3rd person possessive the case endings take -n-: evinin, evinə, evində
  m("GEN3", ["nIn"], ["P3"], 1.3, { feats: { case: "gen" } }),
  m("ACC3", ["nI"], ["P3"], 1.3, { feats: { case: "acc" } }),
  m("DAT3", ["nA"], ["P3"], 1.0, { feats: { case: "dat" } }),
  m("LOC3", ["ndA"], ["P3"], 1.5, { feats: { case: "loc" } }),
  m("ABL3", ["ndAn"], ["P3"], 2.0, { feats: { case: "abl" } }),
  // -ki makes a new nominal: evdəki, bizimki, evdəkilər
  m("KI", ["ki"], ["LOC", "LOC3", "GEN", "GEN3"], 0.5, { actsAs: "N" }),
  m("KEN", ["kən"], ["N", "P3"], 0.2, { feats: { verbForm: "conv" } }),
  // adjectives "having N" keep the noun and the suffix in the lemma: məqsəd-li, əhəmiyyət-li, bağ-lı;
  // weighed below the necessitative so that al-malı-dır (must take) is not alma-lı (with apples)
  m("ADJ_LI", ["lI"], ["N"], -0.6, { actsAs: "N", inLemma: true, pos: "ADJ", rootOnly: true }),

  // ---- predicative endings of nominals (copula)
  m("COP3", ["dIr"], ["@pred", "EVID", "PERF", "FUT", "NEC", "LAZIM", "NAOR"], 0.8),
  m("COP3P", ["dIrlAr"], ["@pred", "EVID", "PERF", "FUT", "NEC"], 1.5, { feats: { plural: true } }),
  m("CPAST", ["(y)dI"], ["@pred", "@tamPast"], 0.2, { feats: { tense: "past" } }),
  m("CEVID", ["(y)mIş"], ["@pred", "PRES", "FUT", "AOR", "NEC", "EVID"], 0.6, { feats: { tense: "evid" } }),
  m("CCOND", ["(y)sA"], ["@pred", "PRES", "FUT", "AOR", "NAOR", "EVID", "NEC", "PERF"], 0.2, { feats: { tense: "cond" } }),
  m("NP1S", ["(y)Am"], ["@pred"], -1),
  m("NP2S", ["sAn"], ["@pred"], -0.5),
  m("NP1P", ["(y)IQ"], ["@pred"], -1),
  m("NP2P", ["sInIz"], ["@pred"], 0),

  // ---- verbs: stem + voice + negation + tense/mood + person
  // The lemma is the bare stem as Universal Dependencies writes it: the passive and the productive
  // -dIr causative are stripped (verildi -> ver, bildirib -> bil); the lexicalised -t causative stays.
  m("PASS", ["(I)n", "Il"], ["V"], -1.5, { actsAs: "V", feats: { passive: true } }),
  // verbs made from nouns keep the noun in the lemma: imza → imzala-dı, yara → yaralan-dı
  m("DENOM", ["lA", "lAş", "lAn"], ["N"], -0.5, { actsAs: "V", inLemma: true }),
  m("CAUS", ["dIr"], ["V"], -1.5, { actsAs: "V" }),
  m("CAUS_T", ["t"], ["V"], -1.5, { actsAs: "V", inLemma: true }),
  // a bare -mA is the verbal noun (imzalama, signing) far more often than a negative imperative
  m("NEG", ["mA"], ["V"], 0.3, { nonFinal: true, feats: { negated: true } }),
  m("NEGI", ["m"], ["V"], 0.3, { nonFinal: true, feats: { negated: true } }), // before -ır: getmir
  m("NEG_SPOKEN", ["mI"], ["V"], -0.5, { nonFinal: true, feats: { negated: true } }), // olmuyan, yatmıya
  m("PAST", ["dI"], ["V", "NEG"], 1.2, { feats: { tense: "past", verbForm: "fin" } }),
  m("EVID", ["mIş"], ["V", "NEG"], 1.2, { actsAs: "N", feats: { tense: "evid" } }),
  m("PERF", ["(y)Ib", "(y)Ip"], ["V", "NEG"], 0.8, { feats: { tense: "past" } }),
  m("PRES", ["(y)Ir"], ["V", "NEGI"], 0.8, { feats: { tense: "pres", verbForm: "fin" } }),
  m("PRES_SPOKEN", ["(I)r"], ["V"], -1, { feats: { tense: "pres", verbForm: "fin" } }), // oxur = oxuyur
  m("FUT", ["(y)AcAQ", "(y)AcAG+", "(y)Acax"], ["V", "NEG"], 1.5, { actsAs: "N", feats: { tense: "fut" } }),
  m("AOR", ["(y)Ar"], ["V"], 0.3, { feats: { tense: "aor" } }),
  m("NAOR", ["mAz", "mAr"], ["V"], 0.8, { feats: { tense: "aor", negated: true } }),
  m("COND", ["sA"], ["V", "NEG"], 0.6, { feats: { tense: "cond" } }),
  m("OPT", ["(y)A"], ["V", "NEG", "NEG_SPOKEN"], -0.8, { feats: { tense: "opt" } }),
  m("NEC", ["mAlI"], ["V", "NEG"], 1.5, { feats: { tense: "nec" } }),
  m("LAZIM", ["(y)AsI"], ["V", "NEG"], 0.9, { actsAs: "N" }),
  m("IMP3S", ["sIn"], ["V", "NEG"], 0.4, { feats: { tense: "imp" } }),
  m("IMP2P", ["(y)In", "(y)InIz"], ["V", "NEG"], -0.5, { feats: { tense: "imp" } }),
  m("IMP1S", ["(y)Im"], ["V", "NEG"], -0.5, { feats: { tense: "imp" } }),
  m("IMP1P", ["(y)AQ"], ["V", "NEG"], -0.3, { feats: { tense: "imp" } }),
  // person endings: short after -dı/-sa, full after the other tenses
  m("KP1S", ["m"], ["PAST", "COND", "CPAST", "OPT"], 0.8),
  m("KP2S", ["n"], ["PAST", "COND", "CPAST"], 0.2),
  m("KP1P", ["Q"], ["PAST", "COND", "CPAST", "OPT"], 0.8),
  m("KP2P", ["nIz"], ["PAST", "COND", "CPAST"], 1.0),
  m("VP1S", ["(y)Am"], ["@tamFull"], 0.6),
  m("VP2S", ["sAn"], ["@tamFull", "OPT"], 1.5),
  m("VP2S_SPOKEN", ["An"], ["PRES"], -1), // baxıran = baxırsan
  m("VP1P", ["(y)IQ"], ["@tamFull"], 0.6),
  m("VP2P", ["sInIz"], ["@tamFull", "OPT"], 1.0),
  m("VP3P", ["lAr"], ["@tamFull", "PAST", "COND", "CPAST", "OPT", "IMP3S", "CEVID"], 1.5, { feats: { plural: true } }),
  // participles and verbal nouns inflect like nouns
  m("PART_AN", ["(y)An"], ["V", "NEG", "NEG_SPOKEN"], -0.3, { actsAs: "N", feats: { verbForm: "part" } }),
  m("PART_DIQ", ["dIQ", "dIG+", "dIx"], ["V", "NEG"], 0.8, { actsAs: "N", feats: { verbForm: "part" } }),
  m("VN_MA", ["mA"], ["V", "NEG"], -1, { actsAs: "N", feats: { verbForm: "vnoun" } }),
  m("VN_MAQ", ["mAQ", "mAG+"], ["V", "NEG"], 1.0, { actsAs: "N", feats: { verbForm: "inf" } }),
  // converbs
  m("CV_ARAQ", ["(y)ArAQ"], ["V", "NEG"], 1.5, { feats: { verbForm: "conv" } }),
  m("CV_ANDA", ["(y)AndA"], ["V", "NEG"], 1.0, { feats: { verbForm: "conv" } }),
  m("CV_ARKEN", ["(y)Arkən"], ["V", "NEG"], 1.5, { feats: { verbForm: "conv" } }),
  m("CV_MADAN", ["mAdAn"], ["V"], 1.0, { feats: { verbForm: "conv", negated: true } }),
  m("CV_INCA", ["(y)IncA"], ["V", "NEG"], 0.8, { feats: { verbForm: "conv" } }),
  m("CV_DIQCA", ["dIQcA"], ["V", "NEG"], 1.2, { feats: { verbForm: "conv" } }),
  m("CV_ALI", ["(y)AlI"], ["V", "NEG"], 0.2, { feats: { verbForm: "conv" } }),
];

const join = (...parts: string[]) => parts.join(" ");

export const morph: MorphTables = {
  vowels: { all: "aıoueəiöü", back: "aıou", round: "ouöü" },
  archiphonemes: {
    A: ["a", "a", "ə", "ə"],
    I: ["ı", "u", "i", "ü"],
    Q: ["q", "q", "k", "k"],
    G: ["ğ", "ğ", "y", "y"],
  },
  morphemes,
  groups: {
    nomBase: ["N", "PL", "P1S", "P2S", "P1P", "P2P"],
    pred: ["N", "PL", ...POSS, "LOC", "ABL", "LOC3", "ABL3", "KI"],
    tamFull: ["PRES", "FUT", "AOR", "NAOR", "EVID", "NEC", "LAZIM", "PERF"],
    tamPast: ["PRES", "FUT", "AOR", "NAOR", "EVID", "NEC", "COND", "LAZIM", "PERF"],
  },
  alternations: [
    { surface: "ğ", base: "q", minSyllables: 2, classes: ["N"], bonus: 0.1 }, // uşağı → uşaq
    { surface: "y", base: "k", minSyllables: 2, classes: ["N"], bonus: -0.2 }, // çörəyi → çörək
    { surface: "d", base: "t", minSyllables: 2, classes: ["V"], bonus: 0, afterLetters: "aıoueəiöülr" }, // anladır → anlat
    { surface: "d", base: "t", minSyllables: 99, classes: ["V"], bonus: 0 }, // gedir → get (known stems)
  ],
  vowelDrop: "ağız burun oğul alın beyin boyun qarın ömür sinif fikir isim şəkil nəsil ətir qəbir səbir eyib qəsr zehin sehir", // fikri → fikir
  knownBonus: 8,
  knownOtherClassBonus: 0,
  wholeWordBonus: 1.5,
  // `həmrəyliyini` həmrəylik, `tərəfdaşlığını` tərəfdaşlıq: an abstract noun in -lıq/-lik with its last letter softened
  derivedRootEndings: ["lıq", "lik", "luq", "lük"],
  derivedRootBonus: 1.5,
  bufferBonus: 0.5,
  vowelBufferBonus: 0.8,
  bareVowelWeight: 0,
  unknownRootWeight: { N: 0, V: 0 },
  capitalisedVerbWeight: -3,
  bareUnknownVerbWeight: -1,
  endingPriorWeight: { N: 0.05, V: 0.05 },
  unseenEndingWeight: { N: -1, V: -0.3 },
  minStem: 2,
  shortStemWeights: [0, 0, -0.5, 0],
  lexicon: {
    noun: join(generated.noun, stems.noun, common.noun),
    verb: join(generated.verb, stems.verb, common.verb),
    adj: join(generated.adj, stems.adj, common.adj),
    propn: join(generated.propn, stems.propn),
  },
  // Tesseract's word list: a root that occurs, or occurs with -lar/-ın (-maq/-dı for verbs), is real
  attested: {
    load: loadAttestedWords,
    probes: { N: ["PL", "GEN"], V: ["VN_MAQ", "PAST"] },
    weights: { N: [0, 1.5, 3.5, 8], V: [0, 1.5, 3, 6] },
    forKnown: true,
  },
  irregular: stems.irregular,
  closed: stems.closed,
  joiners: { initial: ".", hyphen: "-‐", apostrophe: "'’" },
};

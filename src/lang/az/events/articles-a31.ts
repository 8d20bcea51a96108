// Words from invented world-news articles (stop 30, helper arts31, test/events-articles-a31.test.ts).

/** A state named as where something is, an attribute of the noun after it (`Yəməndəki münaqişə`, `Qəzzadakı vəziyyət`:
 *  the locative made a nominal by `-ki`), is what a story is about, no side: `iki ölkə` told after it names the states
 *  that acted, not it. A state before a noun of a mission or an envoy (`ABŞ-ın Azərbaycandakı səfiri`) stands for that
 *  state's side, and stays one. */
export const SCENE_ATTRIBUTE = {
  endings: ["dakı", "dəki", "takı", "təki"],
  keepNouns: ["səfir", "səfirlik", "səfirliy", "nümayəndə", "konsul", "diplomat", "missiya", "ofis"],
};

/** Nouns of one private person, a profession or a standing, as a clause's bare subject after a state's act on a named
 *  person (`Polis jurnalist X-i saxlayıb. 64 yaşlı jurnalist ittihamları rədd edib`): the person told again, whose act it
 *  is, not the state's. Offices a state acts through (`prezident`, `nazir`, `polis`) are no such noun. */
export const PERSON_SUBJECT_NOUNS = ["siyasətçi", "jurnalist", "fəal", "aktivist", "müxalifətçi", "yazıçı", "bloger", "biznesmen",
  "sahibkar", "alim", "müğənni", "aktyor", "aktrisa", "rejissor", "idmançı", "şair", "tələbə", "keşiş"];

/** Nouns of a building where a meeting is held (`X sarayında`, `X otelində`, `X iqamətgahında`): a name before one in the
 *  locative is the venue, no side (`Görüş Dolmabağça sarayında baş tutub`), as a street's (`X küçəsində`). */
export const VENUE_NOUNS = ["saray", "otel", "stadion", "iqamətgah"];

// Tables of the stop-35 lead's fixes from real news pages (test/events-pages-s35.test.ts).

/** Acts of harm, as verbs or nouns, whose promise to a side threatens it (`X-i cəzalandıracağına söz verib`, `zərbə endirəcəyini
 *  vəd edib`): the senses of the promise entries `söz` and `vəd` (../events.ts). */
export const HARM_ACTS = ["cəzalandır", "vur", "bombala", "öldür", "məhv", "zərbə", "hücum", "sanksiya", "darmadağın"];

// Triggers from real news of the Middle East (Gaza, Lebanon, Yemen, Iran, Syria) read for stop 35
// (test/events-pages-sl.test.ts). Each entry names the words that make it an act between sides; a look-alike of the same
// words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const PAGES_SL: TriggerEntry[] = [
  // 0871 RETREAT: a truce agreed by the verb after it (`tərəflər atəşkəs barədə razılaşıblar`, `atəşkəs razılaşdırılıb`);
  // the agreement's noun right after it (`atəşkəs razılaşmasını alqışlayıb`, `… pozub`, `… şərtlərinə görə`) names a truce
  // already there, none reached: the truce reached by that noun needs its own verb (`… əldə olunub`, ../events.ts)
  { head: "atəşkəs", forms: "noun", type: "RETREAT", cameo: "0871", plover_mode: "ceasefire", needs: ["razılaş"], gap: 1,
    notBefore: ["razılaşmas", "razılaşman", "razılaşmaya", "razılaşmada", "razılaşmalar"] },
];

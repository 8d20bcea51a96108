// Triggers from the lead's reading of other outlets' news (stop 32, test/events-pages-s32.test.ts): words of support,
// condolence and praise, and talks ended, that the studied corpora did not use.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const PAGES_S32: TriggerEntry[] = [
  // 051 SUPPORT: support stated by a verb of saying (`X Y xalqına dəstəyini bir daha qeyd edir`), as `dəstəyini bildirib`
  { head: "dəstək", forms: "noun", type: "SUPPORT", cameo: "051", object: ["dat"], objectRequired: true, needs: ["qeyd", "vurğula"], gap: 2 },
  // 051 SUPPORT: pride in a side (`Türkiyə Azərbaycanla fəxr edir`), praise of it; pride in one's own deed names no side
  { head: "fəxr", forms: "noun", type: "SUPPORT", cameo: "051", object: ["ins"], objectRequired: true, needs: ["et"], gap: 0 },
  // 051 SUPPORT: condolences announced (`X Y xalqına başsağlığı elan edir`)
  { head: "başsağlığı", forms: "noun", type: "SUPPORT", cameo: "051", object: ["dat"], needs: ["elan"], gap: 0 },
  // 040 CONSULT: talks between sides that ended (`X ilə Y arasında müzakirələr başa çatıb`): held
  { head: "müzakirə", forms: "noun", type: "CONSULT", cameo: "040", object: ["ins"], objectRequired: true, needs: ["başa", "yekunlaş"], gap: 1 },
];

// An event while the document is being read: the output event plus what later steps (merging
// retellings, borrowing sides) need to know of where and how it was told.
import type { Event, EventType } from "../../text/doc.js";
import type { DocContext } from "./context.js";
import { ploverScore } from "./scores.js";

/** Sentences back that an undated sentence may take its date from. */
export const NARRATIVE_REACH = 2;

/** The CAMEO code of repression: a rally dispersed (COERCE) or crowd-control force used on it (ASSAULT). */
export const REPRESSION_CAMEO = "175";

/** Acts the sides do together, where the order they are named in says nothing (`X və Y komissiya yaradacaq`). */
export const MUTUAL = new Set<EventType>(["CONSULT", "AGREE", "COOPERATE"]);

export interface Draft extends Event {
  nominal: boolean;
  /** Told inside quoted speech. */
  quoted: boolean;
  ownDate: boolean;
  /** Clause start, and whether a noun trigger stands in the locative: the setting of its clause's act
   *  (`X sammitində tərəflər razılığa gəlib`). */
  clause: number;
  setting: boolean;
  /** A noun or verbal noun trigger before a noun in the locative (`imzalanma mərasimində`): the setting of an act of its own kind. */
  ownSetting?: boolean;
  /** A setting noun right after a name in the comitative, its partner (`X Y ilə görüşündə`): a meeting between sides, an act of
   *  its own, not a gathering that the clause's act tells. */
  partnerNamed?: boolean;
  /** An event noun of one word in an oblique case with no owner (`hücumdan sonra`): the act of its kind told before. */
  bareOblique?: boolean;
  /** Its sides are told by a group word (`Tərəflər`, `Nazirlər`, `İki ölkə`). */
  groupSides?: boolean;
  /** Such a noun before a frame word of time (`görüşdən sonra`): the act of its type told before, whatever its word. */
  timeFrame?: boolean;
  /** Such a noun in the genitive owning the noun after it, with nothing before it of its own (`görüşün nəticələrini`): of any
   *  type, a gathering's too, the act told before, not one of the clause that judges it. */
  ownsJudged?: boolean;
  /** A bare event noun opening its sentence in a time frame (`Səfər zamanı …`): the act told before. */
  backReference: boolean;
  /** A gathering's noun in a frame inside its clause (`NATO sammiti çərçivəsində … görüşüb`): the setting of the act told
   *  by the clause's verb. */
  frameSetting?: boolean;
  /** Token of the trigger's head, and the event nouns a participation verb took as its parts. */
  head: number;
  parts?: number[];
  /** A war or fighting told as a noun in the background (`background.ts`): one per document with the war it is. */
  background?: boolean;
  /** The trigger entry's head stem: the same stem in a later sentence tells the same act again. */
  stem: string;
  /** A promise of harm read as a threat (`X-i cəzalandıracağına söz verib`): the first token of the clause it promises. */
  promisedFrom?: number;
}

export function finish(d: Omit<Draft, "score">): Draft {
  const out: Draft = { ...d, score: ploverScore(d.type, d.plover_mode) };
  if (out.cameo === undefined) delete out.cameo;
  if (out.plover_mode === undefined) delete out.plover_mode;
  return out;
}

export function span(ctx: DocContext, a: number, b: number) {
  const start = ctx.tokens[a].start, end = ctx.tokens[b - 1].end;
  return { start, end, text: ctx.doc.text.slice(start, end) };
}

export function unique(names: string[]): string[] {
  return [...new Set(names)];
}

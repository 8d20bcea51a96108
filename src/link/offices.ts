// Who held an office on a date.
import type { OfficeTerm } from "../extract/entities/tables.js";

/** The term covers the ISO date `d` (its end day excluded). */
const during = (t: OfficeTerm, d: string) => t.from <= d && (!t.to || d < t.to);

/** What follows the last space of a name (all of it when it has none). */
const lastWord = (s: string) => s.slice(s.lastIndexOf(" ") + 1);

export class OfficeIndex {
  private readonly byKey = new Map<string, OfficeTerm[]>();

  constructor(terms: OfficeTerm[]) {
    for (const t of terms) {
      const k = `${t.country}|${t.office}`;
      const l = this.byKey.get(k) ?? [];
      l.push(t);
      this.byKey.set(k, l);
    }
  }

  /** The holder on `date` (ISO, or a prefix of one); without a date, the one in office now. */
  holder(country: string, office: string, date: string | null): OfficeTerm | null {
    const terms = this.byKey.get(`${country}|${office}`);
    if (!terms) return null;
    if (!date) return terms.find((t) => !t.to) ?? null;
    const d = date.slice(0, 10);
    return terms.find((t) => during(t, d)) ?? null;
  }

  /** Every holder of `office`, in any country, on `date` (ISO prefix; without one, those in office now). */
  heldOn(office: string, date: string | null): OfficeTerm[] {
    const out: OfficeTerm[] = [];
    const d = date?.slice(0, 10);
    for (const terms of this.byKey.values()) {
      for (const t of terms) if (t.office === office && (d ? during(t, d) : !t.to)) out.push(t);
    }
    return out;
  }

  /** Whether the named person held any office on the date. */
  inOffice(name: string, date: string | null): boolean {
    for (const terms of this.byKey.values()) {
      for (const t of terms) if (t.name === name && (!date || during(t, date))) return true;
    }
    return false;
  }

  /** The countries where a person of this name, or of this surname alone, held an office on the date. */
  countriesOf(name: string, date: string | null): Set<string> {
    const out = new Set<string>();
    const d = date?.slice(0, 10);
    // (a name the holder's name equals or ends with has the same last word: only the terms of that word are read,
    // in the order of the whole table)
    const terms = this.byLastWord().get(lastWord(name));
    if (!terms) return out;
    for (const t of terms) {
      if ((t.name === name || t.name.endsWith(" " + name)) && (d ? during(t, d) : !t.to)) out.add(t.country);
    }
    return out;
  }

  private lastWords?: Map<string, OfficeTerm[]>;

  /** The terms by the last word of the holder's name (asked for every person of every document). */
  private byLastWord(): Map<string, OfficeTerm[]> {
    if (this.lastWords) return this.lastWords;
    const m = new Map<string, OfficeTerm[]>();
    for (const terms of this.byKey.values()) {
      for (const t of terms) {
        const k = lastWord(t.name);
        const l = m.get(k);
        if (l) l.push(t); else m.set(k, [t]);
      }
    }
    return (this.lastWords = m);
  }
}

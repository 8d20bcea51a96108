// The search stage's language tables: how a word is folded so that people typing without the
// language's special letters still find it (e.g. on a keyboard without them).
export interface SearchTables {
  /** Lower-case letter -> plain Latin replacement, applied after lower-casing. */
  fold: Record<string, string>;
}

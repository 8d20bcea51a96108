// Tokens, mentions, dates and quotations are kept in text order; finding where a position falls among
// them is one binary search, written once here.

/**
 * The number of leading items for which `before` holds, in an array ordered so that it holds for a
 * prefix and for nothing after (the index of the first item it fails on, or `items.length`).
 */
export function countBefore<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0, hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

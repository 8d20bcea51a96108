// Comparing canonical names word by word.

/** The words of `short` appear in `long` in the same order (others may come between). */
export function wordsInOrder(short: string[], long: string[]): boolean {
  let k = 0;
  for (const w of long) if (k < short.length && w === short[k]) k++;
  return k === short.length;
}

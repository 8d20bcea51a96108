import { isCalendarDate } from "../text/calendar.js";

// Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, and the legacy 8-bit code pages
// Azerbaijani text still arrives in (Windows-1254 Turkish Latin, Windows-1251 Cyrillic).
export class InputError extends Error {
  constructor(public source: string, public reason: string) {
    super(`${source}: ${reason}`);
  }
}

export function decodeBytes(buf: Uint8Array, source: string): string {
  if (buf.length === 0) throw new InputError(source, "empty file");
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return new TextDecoder("utf-8").decode(buf.subarray(3));
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder("utf-16le").decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder("utf-16be").decode(buf.subarray(2));
  const sample = buf.subarray(0, 65536);
  let nul = 0, control = 0;
  for (const b of sample) {
    if (b === 0) nul++;
    else if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  if (nul > 0 || control > sample.length / 20) throw new InputError(source, "binary data, not text (no UTF-16 byte-order mark either)");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    // not UTF-8: a single-byte code page. Cyrillic text has most letters in 0xC0-0xFF.
    let high = 0, letters = 0;
    for (const b of sample) {
      if (b >= 0xc0) high++;
      if (b >= 0xc0 || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) letters++;
    }
    return new TextDecoder(high > letters * 0.4 ? "windows-1251" : "windows-1254").decode(buf);
  }
}

/** A real calendar date written YYYY-MM-DD, or null. */
export function validDate(s: unknown): string | null {
  if (typeof s !== "string") return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (!m) return null;
  return isCalendarDate(+m[1], +m[2], +m[3]) ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

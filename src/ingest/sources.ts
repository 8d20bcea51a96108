// Reading documents from files and standard input: plain text (optional ` date YYYY-MM-DD `
// header), and JSONL records {id, title?, published | date, text}. JSONL is streamed line by
// line so memory stays flat; a bad record yields an error item and the rest go on.
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import type { DocInput } from "../text/doc.js";
import { decodeBytes, InputError, validDate } from "./decode.js";

export type SourceItem = { doc: DocInput; source: string } | { error: InputError };

const HEADER = /^\s*date\s+(\S+)\s/;

/** Splits the optional ` date YYYY-MM-DD ` header off a text file. */
export function parseTextDocument(raw: string, id: string, source: string, fallbackDate?: string | null): DocInput & { bodyOffset: number } {
  const m = HEADER.exec(raw.slice(0, 64));
  if (m) {
    const date = validDate(m[1]);
    if (!date || m[1].length !== 10) throw new InputError(source, `header date "${m[1]}" is not a calendar date (want YYYY-MM-DD)`);
    return { id, text: raw.slice(m[0].length), document_date: date, bodyOffset: m[0].length };
  }
  return { id, text: raw, document_date: fallbackDate ?? null, bodyOffset: 0 };
}

/** Turns one parsed JSON record into a document, or explains why it cannot be one. */
export function recordToDocument(rec: unknown, where: string, fallbackDate?: string | null): DocInput {
  if (!rec || typeof rec !== "object" || Array.isArray(rec)) throw new InputError(where, "record is not a JSON object");
  const r = rec as Record<string, unknown>;
  if (typeof r.text !== "string") throw new InputError(where, 'record has no "text" string');
  if (r.id === undefined || r.id === null || r.id === "") throw new InputError(where, 'record has no "id"');
  const raw = r.published ?? r.date;
  let date: string | null = null;
  if (raw !== undefined && raw !== null && raw !== "") {
    // an ISO timestamp with an offset: its calendar date is the one written in that offset
    date = validDate(raw);
    if (!date) throw new InputError(where, `"published"/"date" ${JSON.stringify(raw)} is not a date`);
  }
  return {
    id: String(r.id),
    text: r.text,
    document_date: date ?? fallbackDate ?? null,
    title: typeof r.title === "string" ? r.title : undefined,
    url: typeof r.url === "string" ? r.url : undefined,
    language: typeof r.language === "string" ? r.language : undefined,
  };
}

async function* jsonlLines(input: Readable, source: string, fallbackDate?: string | null): AsyncGenerator<SourceItem> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    const where = `${source}:${n}`;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (e) {
      yield { error: new InputError(where, `not JSON (${(e as Error).message.split("\n")[0].slice(0, 120)})`) };
      continue;
    }
    try {
      yield { doc: recordToDocument(rec, where, fallbackDate), source: where };
    } catch (e) {
      yield { error: e instanceof InputError ? e : new InputError(where, String(e)) };
    }
  }
}

export interface ReadOptions {
  /** Document date for inputs that carry none (--date). */
  date?: string | null;
}

/** Documents from files (text or .jsonl), in order; an error item for each one that fails. */
export async function* readSources(paths: string[], opts: ReadOptions = {}): AsyncGenerator<SourceItem> {
  for (const path of paths) {
    try {
      const st = await stat(path);
      if (st.isDirectory()) throw new InputError(path, "is a directory");
    } catch (e) {
      yield { error: e instanceof InputError ? e : new InputError(path, (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : String((e as Error).message)) };
      continue;
    }
    if (/\.jsonl$/i.test(path) || /\.ndjson$/i.test(path)) {
      yield* jsonlLines(createReadStream(path, { encoding: "utf8" }), path, opts.date);
      continue;
    }
    try {
      const text = decodeBytes(await readFile(path), path);
      const id = basename(path, extname(path));
      yield { doc: parseTextDocument(text, id, path, opts.date), source: path };
    } catch (e) {
      yield { error: e instanceof InputError ? e : new InputError(path, String((e as Error).message)) };
    }
  }
}

/** Standard input: JSONL when the first non-blank character opens an object, else one text. */
export async function* readStdin(stdin: Readable, opts: ReadOptions = {}): AsyncGenerator<SourceItem> {
  // a manual iterator: leaving a for-await loop early would destroy the stream
  const it = stdin[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const chunks: Buffer[] = [];
  let peeked = "";
  while (!peeked.trim()) {
    const r = await it.next();
    if (r.done) break;
    chunks.push(Buffer.from(r.value));
    peeked += Buffer.from(r.value).toString("utf8", 0, 64);
  }
  const rest = async function* () {
    for (const c of chunks) yield c;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield Buffer.from(r.value);
    }
  };
  if (peeked.trimStart()[0] === "{") {
    yield* jsonlLines(Readable.from(rest()), "<stdin>", opts.date);
    return;
  }
  const all: Buffer[] = [];
  for await (const c of rest()) all.push(c);
  try {
    const text = decodeBytes(Buffer.concat(all), "<stdin>");
    yield { doc: parseTextDocument(text, "stdin", "<stdin>", opts.date), source: "<stdin>" };
  } catch (e) {
    yield { error: e instanceof InputError ? e : new InputError("<stdin>", String(e)) };
  }
}

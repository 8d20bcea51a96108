// Library entry point: `import { annotate } from "salname"`.
import { annotate as annotateDoc, type AnnotateOptions } from "./pipeline.js";
import { toOutput, type AnnotatedDocument } from "./output.js";
import type { DocInput } from "./text/doc.js";

/** Annotates one document and returns the object `salname annotate --format jsonl` prints. */
export function annotate(input: DocInput | string, opts: AnnotateOptions = {}): AnnotatedDocument {
  return toOutput(annotateDoc(input, opts));
}

export { annotateDoc, toOutput };
export { STAGES, runStages } from "./pipeline.js";
export { getLanguage } from "./lang/index.js";
export type { AnnotatedDocument, AnnotateOptions };
export type * from "./text/doc.js";

import type { Stage } from "../../pipeline.js";

// Placeholder until this stage is built: leaves the layer empty.
export const quoteStage: Stage = {
  name: "quotes",
  run() {},
};

import type { Stage } from "../../pipeline.js";

// Placeholder until this stage is built: leaves the layer empty.
export const timeStage: Stage = {
  name: "time",
  run() {},
};

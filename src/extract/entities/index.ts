import type { Stage } from "../../pipeline.js";

// Placeholder until this stage is built: leaves the layer empty.
export const entityStage: Stage = {
  name: "entities",
  run() {},
};

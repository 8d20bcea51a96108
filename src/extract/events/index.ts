import type { Stage } from "../../pipeline.js";

// Placeholder until this stage is built: leaves the layer empty.
export const eventStage: Stage = {
  name: "events",
  run() {},
};

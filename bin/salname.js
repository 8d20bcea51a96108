#!/usr/bin/env node
// Runs the bundled CLI, dist/cli-bundle/ (npm ci builds dist/ through the prepare script; scripts/bundle-cli.mjs).
import { setFlagsFromString } from "node:v8";

// V8 optimises a function after it has run a while; an 8x longer wait than the default spends
// less CPU compiling on a cold batch (about a tenth against 4x), the same steady-state speed (docs/performance.md).
// Set before the CLI's modules load, so that it applies to all of their functions.
setFlagsFromString("--interrupt-budget=524288");

const { main } = await import("../dist/cli-bundle/main.js");

process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});
await main(process.argv);

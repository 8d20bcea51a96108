#!/usr/bin/env node
// Runs the compiled CLI (npm ci builds dist/ through the prepare script).
import { main } from "../dist/cli/main.js";

process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});
await main(process.argv);

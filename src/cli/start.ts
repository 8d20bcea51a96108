import type { Command } from "commander";
import { fileURLToPath } from "node:url";

/** The bundled sample article (a test fixture we may ship). */
export const SAMPLE_PATH = fileURLToPath(new URL("../../test/fixtures/000_0a529d22fd31e90c.txt", import.meta.url));

export function register(program: Command): void {
  program
    .command("start")
    .description("the main job: annotate the bundled sample article and show it")
    .action(async () => {
      await program.parseAsync(["node", "salname", "annotate", SAMPLE_PATH, "--format", "pretty"]);
    });
}

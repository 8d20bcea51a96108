// The CLI from source, for tests that spawn it as a separate process (node --import tsx).
import { main } from "../../src/cli/main.js";

await main(process.argv);

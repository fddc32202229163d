// Runs the explorer benchmark alone and prints its table:
//   npx tsx tests/bench/explorer-main.ts [--quick]
import { benchExplorer, explorerTable } from "./explorer.ts";

const quick = process.argv.includes("--quick");
const rows = await benchExplorer({ quick, log: (s) => process.stderr.write(`${s}\n`) });
process.stdout.write(explorerTable(rows));

/**
 * A child of bench:scale: the demo, run as the CLI's `demo` command runs it (demoTask), with each
 * step's wall and CPU seconds. Prints one JSON line `{"rows": n, "steps": [{step, seconds, cpuSeconds}]}`.
 *
 *   node --import tsx bench/scale/demo-step.ts FILE SKUS AS_OF SEED
 */
import { timeDemo } from './demo-timing';

const [file, skus, asOf, seed] = process.argv.slice(2);
if (!file || !skus || !asOf || !seed) throw new Error('usage: demo-step.ts FILE SKUS AS_OF SEED');
const { result, steps } = await timeDemo(file, { skus: Number(skus), asOf, seed: Number(seed) });
console.log(JSON.stringify({ rows: result.rowsWritten, steps }));

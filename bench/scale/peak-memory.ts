/**
 * Loaded with `--import` into every child of bench:scale: when the process exits it writes its
 * peak resident memory (the kernel's maxRSS, every thread included) to the file the parent names
 * in SCALE_BENCH_RSS_FILE, so the real CLI is measured without changing it.
 */
import fs from 'node:fs';

const target = process.env.SCALE_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    fs.writeFileSync(target, String(process.resourceUsage().maxRSS * 1024));
  });
}

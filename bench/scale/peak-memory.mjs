/**
 * Loaded with `--import` into every child of bench:scale: when the process exits it writes its
 * peak resident memory (the kernel's maxRSS, every thread included) to the file the parent names in
 * SCALE_BENCH_RSS_FILE and its CPU seconds (every thread) beside it (`.cpu`), so the real CLI is
 * measured without changing it. CPU seconds tell a slow step from a busy machine.
 *
 * Plain JavaScript: worker threads inherit the `--import`, and load it before any TypeScript hook.
 * A worker thread's exit writes too; the main thread's, the last, leaves the process's figures.
 */
import fs from 'node:fs';

const target = process.env.SCALE_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    fs.writeFileSync(target, String(usage.maxRSS * 1024));
    fs.writeFileSync(`${target}.cpu`, String((usage.userCPUTime + usage.systemCPUTime) / 1e6));
  });
}

/** Progress on stderr, one rewritten line on a terminal, so stdout stays clean for scripts. */
export function progressPrinter() {
  const tty = process.stderr.isTTY;
  let lastStep = '';
  return {
    update(step: string, current: number, total: number) {
      const pct = total > 0 ? Math.floor((current / total) * 100) : 0;
      if (tty) process.stderr.write(`\r${step} ${pct}%   `);
      else if (step !== lastStep) process.stderr.write(`${step}…\n`);
      lastStep = step;
    },
    done() {
      if (tty) process.stderr.write('\r\x1b[K');
    },
  };
}

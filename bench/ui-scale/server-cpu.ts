import fs from 'node:fs';

/** Linux's clock ticks per second for /proc's times (USER_HZ, 100 on every mainstream kernel). */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system, every thread, waited-for children included) of the processes in a
 * group: what the server spent on a page, which the wall clock of a shared machine does not say.
 * 0 where /proc is not there (not Linux).
 */
export function groupCpuSeconds(processGroup: number): number {
  if (!fs.existsSync('/proc/self/stat')) return 0;
  let ticks = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    // The fields after the command's closing parenthesis: state ppid pgrp … utime stime cutime cstime.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) !== processGroup) continue;
    ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  }
  return ticks / TICKS_PER_SECOND;
}

/** Random lead times for the simulation; the seeded draws come from ground/random.ts, so a run is repeatable. */

/** A lead time in whole days from the measured mean and sd (normal, at least one day). */
export function drawLeadTime(random: () => number, meanDays: number, sdDays: number): number {
  if (!(sdDays > 0)) return Math.max(1, Math.round(meanDays));
  const u = Math.max(1e-12, random());
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  return Math.max(1, Math.round(meanDays + sdDays * z));
}

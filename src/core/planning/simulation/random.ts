/** Seeded random numbers, so a simulation is repeatable and both policies see the same lead times. */

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A lead time in whole days from the measured mean and sd (normal, at least one day). */
export function drawLeadTime(random: () => number, meanDays: number, sdDays: number): number {
  if (!(sdDays > 0)) return Math.max(1, Math.round(meanDays));
  const u = Math.max(1e-12, random());
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  return Math.max(1, Math.round(meanDays + sdDays * z));
}

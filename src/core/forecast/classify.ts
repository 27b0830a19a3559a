/**
 * Syntetos–Boylan demand classification: ADI (average periods between demands) and CV² of the
 * non-zero demand sizes, with the published cut-offs ADI 1.32 and CV² 0.49.
 */

import type { DemandClass } from './types';

export const ADI_CUTOFF = 1.32;
export const CV2_CUTOFF = 0.49;
/** Below this many observations a history is treated as a new item. */
export const MIN_HISTORY = 8;

export interface DemandProfile {
  class: DemandClass;
  adi: number;
  cv2: number;
  /** Number of periods with demand > 0. */
  demandPeriods: number;
}

export function classifyDemand(y: ArrayLike<number>): DemandProfile {
  const n = y.length;
  let count = 0;
  let sum = 0;
  let sumSq = 0;
  for (let t = 0; t < n; t++) {
    const v = y[t] as number;
    if (v !== 0) {
      count++;
      sum += v;
      sumSq += v * v;
    }
  }
  if (count === 0) return { class: 'zero', adi: Infinity, cv2: 0, demandPeriods: 0 };
  const adi = n / count;
  const meanSize = sum / count;
  const varSize = count > 1 ? (sumSq - count * meanSize * meanSize) / (count - 1) : 0;
  const cv2 = meanSize !== 0 ? Math.max(0, varSize) / (meanSize * meanSize) : 0;
  let cls: DemandClass;
  if (n < MIN_HISTORY) cls = 'new';
  else if (adi < ADI_CUTOFF) cls = cv2 < CV2_CUTOFF ? 'smooth' : 'erratic';
  else cls = cv2 < CV2_CUTOFF ? 'intermittent' : 'lumpy';
  return { class: cls, adi, cv2, demandPeriods: count };
}

export function isIntermittentClass(c: DemandClass): boolean {
  return c === 'intermittent' || c === 'lumpy';
}

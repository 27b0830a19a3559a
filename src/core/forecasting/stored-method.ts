/**
 * A run stores each series' method as the engine's label ('SES (seasonally adjusted)',
 * 'ETS(A,Ad,N)', 'combination of SBA, TSB, ADIDA(3)', '… + global model'), not as the candidate's
 * name: the label is the only record. Reading a run maps it back here, so the engine never parses
 * its own display labels.
 */

import type { RefitMethod } from '../forecast/refit-series';
import { GLOBAL_SUFFIX } from './global-blend';

const ADJUSTED = ' (seasonally adjusted)';

const BY_LABEL: Record<string, RefitMethod> = {
  zero: 'zero',
  SES: 'ses',
  'damped trend': 'damped',
  Theta: 'theta',
  naive: 'naive',
  'seasonal naive': 'snaive',
  mean: 'mean',
  'moving average': 'ma',
  Croston: 'croston',
  SBA: 'sba',
  TSB: 'tsb',
};

/** The method behind a stored label (as the engine's candidates name it), or null when unknown. */
export function methodOfStoredLabel(label: string): RefitMethod | null {
  const own = label.endsWith(GLOBAL_SUFFIX) ? label.slice(0, -GLOBAL_SUFFIX.length) : label;
  const base = own.endsWith(ADJUSTED) ? own.slice(0, -ADJUSTED.length) : own;
  if (Object.hasOwn(BY_LABEL, base)) return BY_LABEL[base] as RefitMethod;
  if (base.startsWith('ETS(')) return 'ets';
  if (base.startsWith('ADIDA(')) return 'adida';
  if (base.startsWith('combination of SBA')) return 'intermittentCombo';
  if (base.startsWith('combination of')) return 'combo';
  return null;
}

import type { GlobalChoice } from '../../core/forecasting/global-pipeline';
import { CliUsageError } from '../usage-error';

const CHOICES: GlobalChoice[] = ['auto', 'on', 'off'];

/**
 * Training seconds when --time-budget is not given. With the engine's two passes (full history, and
 * the validation origin on at most 1,200 series) and prediction, it aims at a minute for 2,500 weekly
 * or 280 five-year daily series on two idle cores; on busy ones the engine alone takes 40 s of that
 * (`npm run bench:forecast -- retail --compare` prints the seconds).
 */
export const DEFAULT_TIME_BUDGET_SECONDS = 20;

export interface GlobalFlags {
  global: GlobalChoice;
  /** Undefined when --time-budget is not given: each path has its own default. */
  maxTrainSeconds: number | undefined;
  /** Hidden, for the benchmark: `--fixed-global-weight W` replaces the learnt weights (1 = global alone, 0.5 = plain average). */
  fixedWeight?: number;
}

/** `--global auto|on|off` (default auto) and `--time-budget SECONDS` (training only). */
export function parseGlobalFlags(values: { global?: string | undefined; 'time-budget'?: string | undefined; 'fixed-global-weight'?: string | undefined }): GlobalFlags {
  const global = (values.global ?? 'auto') as GlobalChoice;
  if (!CHOICES.includes(global)) throw new CliUsageError(`--global must be one of ${CHOICES.join(', ')}, not "${values.global}"`);
  const text = values['time-budget'];
  const maxTrainSeconds = text === undefined ? undefined : Number(text);
  if (maxTrainSeconds !== undefined && (!(maxTrainSeconds > 0) || !Number.isFinite(maxTrainSeconds))) {
    throw new CliUsageError(`--time-budget takes a number of seconds above 0, not "${text}"`);
  }
  const fixed = values['fixed-global-weight'];
  if (fixed === undefined) return { global, maxTrainSeconds };
  const fixedWeight = Number(fixed);
  if (!(fixedWeight >= 0 && fixedWeight <= 1)) throw new CliUsageError(`--fixed-global-weight takes a weight from 0 to 1, not "${fixed}"`);
  return { global, maxTrainSeconds, fixedWeight };
}

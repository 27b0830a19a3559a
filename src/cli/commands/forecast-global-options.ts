import type { GlobalChoice } from '../../core/forecasting/global-pipeline';
import { CliUsageError } from '../usage-error';

const CHOICES: GlobalChoice[] = ['auto', 'on', 'off'];

/**
 * Training seconds when --time-budget is not given: with the engine's two passes (full history and
 * validation origin) and prediction, it keeps 2,500 weekly or 280 five-year daily series within a
 * minute on two cores.
 */
export const DEFAULT_TIME_BUDGET_SECONDS = 25;

export interface GlobalFlags {
  global: GlobalChoice;
  maxTrainSeconds: number;
}

/** `--global auto|on|off` (default auto) and `--time-budget SECONDS` (training only). */
export function parseGlobalFlags(values: { global?: string | undefined; 'time-budget'?: string | undefined }): GlobalFlags {
  const global = (values.global ?? 'auto') as GlobalChoice;
  if (!CHOICES.includes(global)) throw new CliUsageError(`--global must be one of ${CHOICES.join(', ')}, not "${values.global}"`);
  const text = values['time-budget'];
  const maxTrainSeconds = text === undefined ? DEFAULT_TIME_BUDGET_SECONDS : Number(text);
  if (!(maxTrainSeconds > 0) || !Number.isFinite(maxTrainSeconds)) {
    throw new CliUsageError(`--time-budget takes a number of seconds above 0, not "${text}"`);
  }
  return { global, maxTrainSeconds };
}

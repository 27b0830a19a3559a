import type { ForecastReason, ReasonProfile } from '../../shared/contract/schemas/forecast-reason';

export type { ForecastReason, ReasonProfile };

const COMBINATIONS: Record<'combo' | 'intermittentCombo', string> = {
  combo: 'combination of SES, damped trend and Theta',
  intermittentCombo: 'combination of SBA, TSB and ADIDA',
};

/** The demand pattern in a merchant's words; the Syntetos–Boylan figures follow in brackets. */
const PATTERN_WORDS: Record<'smooth' | 'erratic' | 'intermittent' | 'lumpy', string> = {
  smooth: 'sells steadily',
  erratic: 'sells regularly, in very different amounts',
  intermittent: 'sells in bursts',
  lumpy: 'sells now and then, in very different amounts',
};

function profileText(profile: ReasonProfile): string {
  const head =
    profile.class === 'zero' || profile.class === 'new'
      ? profile.class === 'zero'
        ? 'no demand'
        : 'new item'
      : `${PATTERN_WORDS[profile.class]} (ADI ${profile.adi.toFixed(2)}, CV² ${profile.cv2.toFixed(2)})`;
  return profile.season !== null ? `${head}, seasonal (m=${profile.season})` : head;
}

/** JSON keeps no NaN: a score that could not be computed is stored as null. */
function fixed(value: number | null): string {
  return value === null || !Number.isFinite(value) ? 'n/a' : value.toFixed(2);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The reason as one English sentence. */
export function reasonText(reason: ForecastReason): string {
  switch (reason.kind) {
    case 'noHistory':
      return 'no history: forecast zero';
    case 'noDemand':
      return `${profileText(reason.profile)}: no demand in the history, forecast zero`;
    case 'shortHistory':
      return `${profileText(reason.profile)}: only ${reason.periods} periods of history, forecast their mean`;
    case 'untested':
      return `${profileText(reason.profile)}: history too short to backtest, using the ${COMBINATIONS[reason.method]}`;
    case 'backtest': {
      const vs = reason.reference ? ` vs ${reason.reference.method} ${fixed(reason.reference.score)}` : '';
      return `${profileText(reason.profile)}: ${reason.method} won the backtest (${reason.origins} origins × ${reason.horizon} steps), ${reason.metric} ${fixed(reason.score)}${vs}`;
    }
    case 'analogues': {
      const basis =
        reason.basis === 'launchPlan'
          ? 'scaled to its launch plan'
          : reason.basis === 'firstSales'
            ? `scaled to its first ${plural(reason.observed, reason.frequency)} of sales`
            : 'at the analogues’ own level (no sales or launch plan yet)';
      const launch = reason.launchIn > 0 ? `, launching in ${reason.launchIn} ${reason.frequency}s` : '';
      const curves = reason.launchCurves > 0 ? `${plural(reason.launchCurves, 'launch curve')} from the same season` : 'no same-season launch curve';
      return `new item${launch}: ${plural(reason.analogues, 'analogue')} (${curves}), ${basis}`;
    }
    case 'noAnalogues':
      return `new item: no analogous SKU found, forecast ${reason.fallback === 'ownMean' ? 'its own mean' : reason.fallback === 'launchPlan' ? 'its launch plan' : 'zero'}`;
    case 'text':
      return reason.text;
  }
}

/** Reads what a run stored: a reason as JSON, or an older run's plain sentence. */
export function parseStoredReason(stored: string): ForecastReason {
  if (stored.startsWith('{')) {
    try {
      const parsed = JSON.parse(stored) as ForecastReason;
      if (typeof parsed === 'object' && parsed !== null && typeof parsed.kind === 'string') return parsed;
    } catch {
      // Not JSON after all: a sentence that starts with a brace.
    }
  }
  return { kind: 'text', text: stored };
}

import type { CandidateScores, Components } from './components';
import type { BlendWeights, RecommendationReason } from './types';

/** The reason for candidate k: the model that added most to its blended score, with the figures behind it. */
export function reasonFor(comp: Components, c: CandidateScores, k: number, w: BlendWeights): RecommendationReason {
  const parts: [RecommendationReason['kind'], number][] = [
    ['repeat', w.repeat * c.repeat[k]! + w.frequency * c.frequency[k]! + w.repurchase * c.repurchase[k]! + w.due * c.due[k]! + w.recent * c.recent[k]!],
    ['co-purchase', w.knn * c.knn[k]! + w.knnRecent * c.knnRecent[k]!],
    ['similar-customers', w.similar * c.similar[k]!],
    ['trending', w.trending * c.trending[k]!],
    ['popular', w.popular * c.popular[k]!],
    ['model', w.model * c.model[k]!],
  ];
  let kind = parts[0]![0];
  let best = Number.NEGATIVE_INFINITY;
  let total = 0;
  for (const [name, value] of parts) {
    total += value;
    if (value > best) {
      best = value;
      kind = name;
    }
  }
  const s = c.ids[k]!;
  const h = c.historySlot[k]!;
  if (kind === 'repeat' && h >= 0) {
    const history = c.history;
    const daysSinceLast = comp.asOfDay - history.lastDay[h]!;
    const cycleDays = history.cycleDays[h]!;
    const timesBought = history.timesBought[h]!;
    if (cycleDays > 0 && timesBought >= 3 && daysSinceLast >= 0.6 * cycleDays && daysSinceLast <= 1.6 * cycleDays) {
      return { kind: 'cycle', timesBought, cycleDays: Math.round(cycleDays), daysSinceLast };
    }
    return { kind: 'repeat', timesBought, daysSinceLast };
  }
  if (kind === 'co-purchase' && c.because[k]! >= 0) {
    return { kind, becauseSku: comp.baskets.skus[c.because[k]!]!, lift: round2(c.becauseLift[k]!) };
  }
  if (kind === 'similar-customers') return { kind, similarBuyers: c.similarBuyers[k]!, similarCustomers: c.neighbours };
  if (kind === 'trending') {
    return { kind, recentBuyers: comp.signals.recentBuyers[s]!, previousBuyers: comp.signals.previousBuyers[s]! };
  }
  if (kind === 'model') return { kind, modelShare: round2(total > 0 ? best / total : 0) };
  return { kind: 'popular', buyers: comp.signals.recentBuyers[s]! };
}

/** The fallback for customers without history: popular (or trending) among everyone's recent orders. */
export function fallbackReason(comp: Components, s: number, trending: boolean): RecommendationReason {
  return trending
    ? { kind: 'trending', recentBuyers: comp.signals.recentBuyers[s]!, previousBuyers: comp.signals.previousBuyers[s]! }
    : { kind: 'popular', buyers: comp.signals.recentBuyers[s]! };
}

/** One line of English for the CLI and logs (the UI localises the figures itself). */
export function describeReasonEn(reason: RecommendationReason): string {
  switch (reason.kind) {
    case 'repeat':
      return `bought ${times(reason.timesBought ?? 0)}, last ${reason.daysSinceLast ?? 0} days ago`;
    case 'cycle':
      return `bought ${times(reason.timesBought ?? 0)} about every ${reason.cycleDays ?? 0} days, last ${reason.daysSinceLast ?? 0} days ago`;
    case 'co-purchase':
      return `often bought with ${reason.becauseSku ?? 'their items'}${reason.lift ? ` (lift ${reason.lift})` : ''}`;
    case 'similar-customers':
      return `bought by ${reason.similarBuyers ?? 0} of the ${reason.similarCustomers ?? 0} customers whose baskets are most like theirs`;
    case 'trending':
      return `trending: ${reason.recentBuyers ?? 0} buyers in the last 60 days, ${reason.previousBuyers ?? 0} in the 60 before`;
    case 'model':
      return `learnt from baskets like theirs`;
    case 'attribute': {
      const matched = reason.matched ?? [];
      return matched.length > 0 ? `buys the same ${matched.join(', ')}` : 'a customer of the store';
    }
    case 'popular':
    default:
      return `popular: ${reason.buyers ?? 0} buyers in the last 60 days`;
  }
}

function times(n: number): string {
  return n === 1 ? 'once' : `${n} times`;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

import type { RecommendReasonWire } from '../../../shared/contract/schemas/recommend';
import type { Formatters } from '../../i18n/format';
import type { MessageKey, Translate } from '../../i18n/translate';

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** One plain sentence for why an item is recommended, in the user's language. */
export function reasonLabel(t: Translate, reason: RecommendReasonWire): string {
  switch (reason.kind) {
    case 'cycle':
      return t('recommend.reason.cycle', { days: Math.round(num(reason.cycleDays) ?? 0) });
    case 'co-purchase':
      return t('recommend.reason.co-purchase', { sku: typeof reason.becauseSku === 'string' ? reason.becauseSku : '—' });
    default:
      return t(`recommend.reason.${reason.kind}` as MessageKey);
  }
}

/** The figures behind a reason, one per line, shown on hover. */
export function reasonFigures(t: Translate, format: Formatters, reason: RecommendReasonWire, score?: number): string[] {
  const out: string[] = [];
  const times = num(reason.timesBought);
  const since = num(reason.daysSinceLast);
  const cycle = num(reason.cycleDays);
  const lift = num(reason.lift);
  const recent = num(reason.recentBuyers);
  const previous = num(reason.previousBuyers);
  const buyers = num(reason.buyers);
  const share = num(reason.modelShare);
  if (times !== null) out.push(t('recommend.figure.timesBought', { count: format.integer(times) }));
  if (cycle !== null) out.push(t('recommend.figure.cycleDays', { days: format.integer(cycle) }));
  if (since !== null) out.push(t('recommend.figure.daysSinceLast', { days: format.integer(since) }));
  if (lift !== null) out.push(t('recommend.figure.lift', { lift: format.number(lift) }));
  if (recent !== null && previous !== null) out.push(t('recommend.figure.trend', { recent: format.integer(recent), previous: format.integer(previous) }));
  const similarBuyers = num(reason.similarBuyers);
  const similarCustomers = num(reason.similarCustomers);
  if (similarBuyers !== null && similarCustomers !== null) out.push(t('recommend.figure.similar', { buyers: format.integer(similarBuyers), customers: format.integer(similarCustomers) }));
  if (buyers !== null) out.push(t('recommend.figure.buyers', { count: format.integer(buyers) }));
  if (share !== null) out.push(t('recommend.figure.modelShare', { share: `${Math.round(share * 100)}%` }));
  if (Array.isArray(reason.matched) && reason.matched.length > 0) {
    const what = (reason.matched as string[]).map((m) => t(`recommend.match.${m}` as MessageKey)).join(' · ');
    out.push(t('recommend.figure.matched', { what }));
  }
  if (score !== undefined) out.push(t('recommend.figure.score', { score: format.number(score) }));
  return out;
}

import { describe, expect, it } from 'vitest';
import { getFormatters } from '../../i18n/format';
import { getTranslator } from '../../i18n/translate';
import { routeHash } from '../../hooks/route';
import { alertLinks, alertWhy } from './alert-text';

const en = getTranslator('en');
const zh = getTranslator('zh-CN');
const format = getFormatters('en');

describe('a stale-data alert for data never imported', () => {
  const never = { kind: 'staleStock' as const, facts: { newestDate: null, ageDays: null, thresholdDays: 7, seriesWithoutSnapshot: 2513 }, currency: 'CNY' };

  it('says no stock snapshot was imported, never "from —, — days ago", in both languages', () => {
    expect(alertWhy(en, format, never)).toBe('No stock snapshot imported: stock on hand, cover and stock-outs cannot be judged. Import stock on hand.');
    expect(alertWhy(zh, format, never)).toContain('尚未导入库存快照');
    expect(alertWhy(en, format, never)).not.toContain('—');
  });

  it('links to the import of stock on hand', () => {
    const links = alertLinks({ entity: {}, kind: 'staleStock', facts: never.facts });
    expect(links.map((l) => [l.testId, routeHash(l.page, l.sub, l.item)])).toEqual([['link-import-stock', '#/data/import/stock']]);
  });

  it('keeps the dated wording when a snapshot exists', () => {
    const dated = { ...never, facts: { newestDate: '2011-03-01', ageDays: 30, thresholdDays: 7, seriesWithoutSnapshot: 0 } };
    expect(alertWhy(en, format, dated)).toMatch(/Newest stock snapshot is from .*2011.*, 30 days ago/);
    expect(alertLinks({ entity: {}, kind: 'staleStock', facts: dated.facts })).toEqual([]);
  });
});

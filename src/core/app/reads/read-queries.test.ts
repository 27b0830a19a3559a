import { describe, expect, it } from 'vitest';
import { readerRole, WARM_QUERIES } from './read-queries';

describe('which reader serves each read', () => {
  it('each kept page is warmed by a read of its own reader', () => {
    for (const [page, query] of Object.entries(WARM_QUERIES)) expect(readerRole(query)).toBe(page);
  });

  it('the Dashboard\'s key figures are read in its kept reader, so a warm-up leaves them for its first visit; the scans\' reader keeps the weekly sales', () => {
    expect(readerRole('keyFigures')).toBe('dashboard');
    expect(readerRole('salesByWeek')).toBe('scans');
    expect(readerRole('forecastGridFacts')).toBe('scans');
  });
});

import { describe, expect, it } from 'vitest';
import { readerRole, WARM_ANSWERS, WARM_QUERIES } from './read-queries';

describe('which reader serves each read', () => {
  it('each kept page is warmed by a read of its own reader', () => {
    for (const [page, query] of Object.entries(WARM_QUERIES)) expect(readerRole(query)).toBe(page);
  });

  it('the Dashboard is warmed in its own reader, its answer kept as the key figures, which a visit before any warm-up reads in the scans\' reader', () => {
    expect(WARM_ANSWERS[WARM_QUERIES.dashboard]).toBe('keyFigures');
    expect(readerRole('keyFigures')).toBe('scans');
    expect(readerRole(WARM_QUERIES.dashboard)).toBe('dashboard');
  });
});

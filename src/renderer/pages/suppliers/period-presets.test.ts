import { describe, expect, it } from 'vitest';
import { presetRange } from './period-presets';

describe('period presets', () => {
  it('end at the as-of date, inclusive', () => {
    expect(presetRange('last90', '2026-06-30')).toEqual({ from: '2026-04-02', to: '2026-06-30' });
    expect(presetRange('last180', '2026-06-30')).toEqual({ from: '2026-01-02', to: '2026-06-30' });
    expect(presetRange('thisYear', '2026-06-30')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(presetRange('lastYear', '2026-06-30')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('the last 365 days, or anything before the as-of date is known, is the server default', () => {
    expect(presetRange('last365', '2026-06-30')).toEqual({});
    expect(presetRange('last90', null)).toEqual({});
  });
});

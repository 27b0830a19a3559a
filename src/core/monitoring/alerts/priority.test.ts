import { describe, expect, it } from 'vitest';
import { priorityOf } from './priority';

const settings = { highMoney: 10_000, minMoney: 100 };

describe('priority from money and urgency', () => {
  it('is high from highMoney, medium from a fifth of it, low below', () => {
    expect(priorityOf({ kind: 'excessStock', money: 10_000, urgencyDays: null }, settings)).toBe('high');
    expect(priorityOf({ kind: 'excessStock', money: 9_999, urgencyDays: null }, settings)).toBe('medium');
    expect(priorityOf({ kind: 'excessStock', money: 2_000, urgencyDays: null }, settings)).toBe('medium');
    expect(priorityOf({ kind: 'excessStock', money: 1_999, urgencyDays: null }, settings)).toBe('low');
  });

  it('goes one step up when it bites within a week', () => {
    expect(priorityOf({ kind: 'stockout', money: 2_000, urgencyDays: 7 }, settings)).toBe('high');
    expect(priorityOf({ kind: 'stockout', money: 2_000, urgencyDays: 8 }, settings)).toBe('medium');
    expect(priorityOf({ kind: 'stockout', money: 100, urgencyDays: 0 }, settings)).toBe('medium');
  });

  it('is always high for stale data', () => {
    expect(priorityOf({ kind: 'staleSales', money: 0, urgencyDays: 0 }, settings)).toBe('high');
  });
});

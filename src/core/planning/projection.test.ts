import { describe, expect, it } from 'vitest';
import { projectStock } from './projection';

const weeks = ['2026-07-07', '2026-07-14', '2026-07-21', '2026-07-28'];

describe('projectStock', () => {
  it('runs out when on hand is used up, and counts days of cover', () => {
    const p = projectStock({ onHand: 10, arrivals: [] }, [7, 7, 7, 7], weeks, 7, '2026-06-30');
    expect(p.runOutDate).toBe('2026-07-10');
    expect(p.daysOfCover).toBe(10);
    expect(p.periods[0]).toMatchObject({ date: '2026-07-07', arrivals: 0 });
    expect(p.periods[0]!.stock).toBeCloseTo(3, 9);
    expect(p.periods[3]!.stock).toBe(0);
  });

  it('adds arrivals on their dates', () => {
    const p = projectStock({ onHand: 10, arrivals: [{ date: '2026-07-05', quantity: 100, poNumber: 'PO1', overdue: false }] }, [7, 7, 7, 7], weeks, 7, '2026-06-30');
    expect(p.runOutDate).toBeNull();
    expect(p.daysOfCover).toBeNull();
    expect(p.periods[0]!.arrivals).toBe(100);
    expect(p.periods[3]!.stock).toBeCloseTo(110 - 28, 9);
  });

  it('reports an item with no stock and demand as out today, and one with no demand as never', () => {
    expect(projectStock({ onHand: 0, arrivals: [] }, [7, 7, 7, 7], weeks, 7, '2026-06-30').daysOfCover).toBe(0);
    expect(projectStock({ onHand: 0, arrivals: [] }, [0, 0, 0, 0], weeks, 7, '2026-06-30').runOutDate).toBeNull();
  });
});

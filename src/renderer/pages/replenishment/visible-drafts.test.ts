import { describe, expect, it } from 'vitest';
import { visibleDrafts } from './visible-drafts';

const drafts = Array.from({ length: 150 }, (_, i) => ({ supplierId: i + 1, locationId: 1 }));

describe('visibleDrafts', () => {
  it('draws the first page and counts the rest as hidden', () => {
    const { visible, hidden } = visibleDrafts(drafts, 60, null);
    expect(visible.map((d) => d.supplierId)).toEqual(drafts.slice(0, 60).map((d) => d.supplierId));
    expect(hidden).toBe(90);
  });

  it('draws every draft of a small plan', () => {
    expect(visibleDrafts(drafts.slice(0, 12), 60, null)).toEqual({ visible: drafts.slice(0, 12), hidden: 0 });
  });

  it('stretches to a selected draft past the page', () => {
    const { visible, hidden } = visibleDrafts(drafts, 60, { supplierId: 100, locationId: 1 });
    expect(visible.at(-1)).toEqual({ supplierId: 100, locationId: 1 });
    expect(hidden).toBe(50);
  });

  it('ignores a selection that is not among the drafts', () => {
    expect(visibleDrafts(drafts, 60, { supplierId: 100, locationId: 2 }).hidden).toBe(90);
  });
});

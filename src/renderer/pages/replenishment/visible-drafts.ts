/** A draft is one supplier shipping to one location. */
export interface DraftKey {
  supplierId: number;
  locationId: number;
}

/**
 * Cards drawn at first and per "show more": a category manager's plan can hold thousands of
 * drafts, and drawing every card at once held the page for seconds.
 */
export const DRAFT_CARDS_PAGE = 60;

export const sameDraft = (selected: DraftKey | null, draft: DraftKey): boolean =>
  selected !== null && selected.supplierId === draft.supplierId && selected.locationId === draft.locationId;

/** The first `shown` drafts, stretched to include the selected one wherever it is; and how many stay hidden. */
export function visibleDrafts<T extends DraftKey>(drafts: readonly T[], shown: number, selected: DraftKey | null): { visible: T[]; hidden: number } {
  const selectedAt = drafts.findIndex((draft) => sameDraft(selected, draft));
  const visible = drafts.slice(0, Math.max(shown, selectedAt + 1));
  return { visible, hidden: drafts.length - visible.length };
}

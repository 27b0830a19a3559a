import { Button, Card, Typography, theme } from 'antd';
import { useState } from 'react';
import type { SupplierDraftRow } from '../../../shared/contract/schemas/planning';
import { useT } from '../../i18n/hooks';
import { DraftCard } from './DraftCard';
import { DRAFT_CARDS_PAGE, sameDraft, visibleDrafts, type DraftKey } from './visible-drafts';

export type { DraftKey } from './visible-drafts';

interface Props {
  planId: number;
  drafts: SupplierDraftRow[] | null;
  selected: DraftKey | null;
  /** An archived plan: nothing to approve. */
  readOnly: boolean;
  onSelect(draft: DraftKey | null): void;
  onApprove(draft: SupplierDraftRow): Promise<void>;
}

/** The plan's purchase-order drafts as a row of cards, with "All suppliers" first. */
export function DraftCards({ planId, drafts, selected, readOnly, onSelect, onApprove }: Props) {
  const t = useT();
  const { token } = theme.useToken();
  const [shown, setShown] = useState(DRAFT_CARDS_PAGE);
  if (!drafts || drafts.length === 0) return null;
  const { visible, hidden } = visibleDrafts(drafts, shown, selected);
  return (
    <div data-testid="draft-cards" role="list" aria-label={t('plan.drafts')} style={{ display: 'flex', gap: 8, overflowX: 'auto', paddingBottom: 6, marginBottom: 8, flex: 'none' }}>
      <Card
        size="small"
        role="listitem"
        hoverable
        onClick={() => onSelect(null)}
        style={{ flex: 'none', width: 120, borderColor: selected === null ? token.colorPrimary : undefined }}
        styles={{ body: { padding: 10 } }}
      >
        <Typography.Text strong>{t('plan.drafts.all')}</Typography.Text>
        <div style={{ fontSize: 12 }}>
          <Typography.Text type="secondary">{t('plan.drafts.count', { count: drafts.filter((d) => d.status === 'draft').length })}</Typography.Text>
        </div>
      </Card>
      {visible.map((draft) => (
        <DraftCard
          key={`${draft.status}:${draft.supplierId}:${draft.locationId}`}
          planId={planId}
          draft={draft}
          selected={sameDraft(selected, draft)}
          readOnly={readOnly}
          onSelect={() => onSelect({ supplierId: draft.supplierId, locationId: draft.locationId })}
          onApprove={onApprove}
        />
      ))}
      {hidden > 0 && (
        <div role="listitem" style={{ flex: 'none', display: 'flex', alignItems: 'center' }}>
          <Button data-testid="draft-cards-more" onClick={() => setShown(visible.length + DRAFT_CARDS_PAGE)}>
            {t('plan.drafts.more', { count: Math.min(hidden, DRAFT_CARDS_PAGE), hidden })}
          </Button>
        </div>
      )}
    </div>
  );
}

import { Tooltip } from 'antd';
import type { RecommendReasonWire } from '../../../shared/contract/schemas/recommend';
import { useFormat, useT } from '../../i18n/hooks';
import { reasonFigures, reasonLabel } from './reason-text';

/** A reason in words; its figures on hover. */
export function ReasonCell({ reason, score }: { reason: RecommendReasonWire; score?: number }) {
  const t = useT();
  const format = useFormat();
  const figures = reasonFigures(t, format, reason, score);
  return (
    <Tooltip title={figures.map((f) => <div key={f}>{f}</div>)}>
      <span data-testid="recommend-reason" data-kind={reason.kind} style={{ borderBottom: '1px dotted currentColor', cursor: 'help' }}>
        {reasonLabel(t, reason)}
      </span>
    </Tooltip>
  );
}

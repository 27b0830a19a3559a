import { WarningFilled } from '@ant-design/icons';
import { Progress, Tag, Typography } from 'antd';
import type { DraftContainerRow } from '../../../shared/contract/schemas/planning';
import { useFormat, useT } from '../../i18n/hooks';
import { containerRoom, containerSummary } from './container-labels';

/** A draft card's container line: fill, the limit's status, lines cut to fit, and what would fill the last box. */
export function DraftContainer({ container: c }: { container: DraftContainerRow }) {
  const t = useT();
  const format = useFormat();
  const room = containerRoom(t, format, c);
  const measured = c.status !== 'no_data';
  return (
    <div data-testid="draft-container" data-status={c.status} style={{ display: 'grid', gap: 2, fontSize: 12 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 6, minWidth: 0 }}>
        {measured && <Progress type="circle" size={16} percent={Math.min(100, Math.round(c.fill * 100))} showInfo={false} status={c.status === 'over' ? 'exception' : 'normal'} />}
        <Typography.Text type={measured ? undefined : 'secondary'} ellipsis style={{ fontSize: 12, minWidth: 0, flex: 1 }} title={containerSummary(t, format, c)} data-testid="draft-container-fill">
          {containerSummary(t, format, c)}
        </Typography.Text>
      </div>
      {(c.status === 'over' || c.status === 'at_limit' || c.cutLines > 0 || c.linesWithoutData > 0) && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
          {c.status === 'over' && c.maxContainers !== null && (
            <Tag color="error" icon={<WarningFilled />} style={{ marginInlineEnd: 0 }} data-testid="container-over">{t('plan.drafts.containers.over', { max: c.maxContainers })}</Tag>
          )}
          {c.status === 'at_limit' && c.maxContainers !== null && <Tag style={{ marginInlineEnd: 0 }} data-testid="container-at-limit">{t('plan.drafts.containers.atLimit', { max: c.maxContainers })}</Tag>}
          {c.cutLines > 0 && <Tag color="warning" style={{ marginInlineEnd: 0 }} data-testid="container-cut">{t('plan.drafts.containers.cut', { count: c.cutLines })}</Tag>}
          {c.linesWithoutData > 0 && measured && <Tag style={{ marginInlineEnd: 0 }}>{t('plan.drafts.containers.missing', { count: c.linesWithoutData })}</Tag>}
        </div>
      )}
      {room && (
        <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }} title={room} data-testid="draft-container-room">
          {room}
        </Typography.Text>
      )}
    </div>
  );
}

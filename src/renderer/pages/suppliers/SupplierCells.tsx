import { ArrowDownOutlined, ArrowRightOutlined, ArrowUpOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip, theme } from 'antd';
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { Grade, SupplierScorecardRow } from '../../../shared/contract/schemas/suppliers';
import { useFormat, useT } from '../../i18n/hooks';
import { GRADE_COLOR, score } from './supplier-format';

const gradeStyle = { marginInlineEnd: 0, paddingInline: 5, fontSize: 11, lineHeight: '16px', fontWeight: 600 };

export function GradeTag({ grade }: { grade: Grade | null }) {
  if (!grade) return null;
  return (
    <Tag color={GRADE_COLOR[grade]} style={gradeStyle} data-testid="grade">
      {grade}
    </Tag>
  );
}

/** Score and grade; a shrunk score says so (it leans on the category's average). */
export function ScoreCell({ data }: CustomCellRendererProps<SupplierScorecardRow>) {
  const t = useT();
  const format = useFormat();
  const { token } = theme.useToken();
  if (!data) return null;
  if (data.score === null) {
    return <span style={{ color: token.colorTextTertiary }}>{t('suppliers.noScore')}</span>;
  }
  return (
    <Tooltip title={t('suppliers.scoreHelp', { raw: score(format, data.rawScore) })}>
      <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6, justifyContent: 'flex-end', width: '100%' }}>
        <span className="tabular">{score(format, data.score)}</span>
        <GradeTag grade={data.grade} />
      </span>
    </Tooltip>
  );
}

/** Up, down or flat over the last 90 days against the 90 before. */
export function TrendCell({ data }: CustomCellRendererProps<SupplierScorecardRow>) {
  const t = useT();
  const format = useFormat();
  const { token } = theme.useToken();
  if (!data?.trendDirection) return null;
  const icon = { up: <ArrowUpOutlined />, down: <ArrowDownOutlined />, flat: <ArrowRightOutlined /> }[data.trendDirection];
  const color = { up: token.colorSuccess, down: token.colorError, flat: token.colorTextTertiary }[data.trendDirection];
  const delta = data.trendDelta ?? 0;
  return (
    <Tooltip title={t('suppliers.trendHelp', { delta: `${delta > 0 ? '+' : ''}${format.number(delta)}` })}>
      <span style={{ color, display: 'inline-flex', gap: 4, alignItems: 'center' }} data-testid={`trend-${data.trendDirection}`}>
        {icon}
        <span className="tabular" style={{ fontSize: 12 }}>
          {delta > 0 ? '+' : ''}
          {format.number(delta)}
        </span>
      </span>
    </Tooltip>
  );
}

/** How many deliveries stand behind the score; few of them and the score is shrunk toward the category's. */
export function DeliveriesCell({ data }: CustomCellRendererProps<SupplierScorecardRow>) {
  const t = useT();
  const format = useFormat();
  const { token } = theme.useToken();
  if (!data) return null;
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6, justifyContent: 'flex-end', width: '100%' }}>
      {data.lowData && (
        <Tooltip title={t('suppliers.fewHelp', { count: data.poLines })}>
          <span data-testid="few-deliveries" style={{ color: token.colorWarning, fontSize: 11 }}>
            <InfoCircleOutlined /> {t('suppliers.few')}
          </span>
        </Tooltip>
      )}
      <span className="tabular">{format.integer(data.deliveries)}</span>
    </span>
  );
}

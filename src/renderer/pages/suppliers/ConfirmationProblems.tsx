import { Table, Typography } from 'antd';
import type { ApiErrorShape } from '../../../shared/contract/errors';
import { describeError } from '../../i18n/errors';
import { useT } from '../../i18n/hooks';

interface Problem {
  row: number;
  column: string;
  message: string;
}

function problemsOf(error: ApiErrorShape): Problem[] {
  const list = error.details.problems;
  return Array.isArray(list) ? (list as Problem[]) : [];
}

/** Why a confirmations file was refused: every problem with its row and column; nothing was changed. */
export function ConfirmationProblems({ error }: { error: ApiErrorShape }) {
  const t = useT();
  const problems = problemsOf(error);
  const file = typeof error.details.file === 'string' ? error.details.file : '';
  if (problems.length === 0) return <Typography.Paragraph>{describeError(t, error).message}</Typography.Paragraph>;
  return (
    <div data-testid="confirmation-problems">
      <Typography.Paragraph>
        {t('suppliers.confirm.problems', { file, count: Number(error.details.problemCount ?? problems.length) })}
      </Typography.Paragraph>
      <Table<Problem>
        size="small"
        pagination={false}
        scroll={{ y: 240 }}
        rowKey={(p) => `${p.row}:${p.column}`}
        dataSource={problems}
        columns={[
          { title: t('suppliers.confirm.row'), dataIndex: 'row', width: 60, align: 'right' },
          { title: t('suppliers.confirm.column'), dataIndex: 'column', width: 120 },
          { title: t('suppliers.confirm.problem'), dataIndex: 'message' },
        ]}
      />
    </div>
  );
}

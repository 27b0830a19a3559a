import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tag, Typography } from 'antd';
import type { ImportProblem, ImportSummary } from '../../../../shared/contract/schemas/import';
import { useT } from '../../../i18n/hooks';
import { downloadText, problemDetail, problemReportCsv, problemText } from './problem-text';

/** Every problem found, with file, row and column; downloadable as a CSV to fix the file with. */
export function ProblemTable({ summary }: { summary: ImportSummary }) {
  const t = useT();
  const { list, errors, warnings } = summary.problems;
  if (list.length === 0) return <Typography.Text type="success">{t('import.check.noProblems')}</Typography.Text>;
  const total = errors + warnings;
  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary">{list.length < total ? t('import.check.problemsMore', { shown: list.length, total }) : ''}</Typography.Text>
        <Button
          size="small"
          icon={<DownloadOutlined />}
          onClick={() => downloadText(`${summary.file.replace(/\.[^.]+$/, '')}-problems.csv`, problemReportCsv(t, list))}
        >
          {t('import.check.download')}
        </Button>
      </Flex>
      <Table<ImportProblem & { key: number }>
        size="small"
        aria-label={t('import.check.problems')}
        dataSource={list.map((p, key) => ({ ...p, key }))}
        pagination={{ pageSize: 8, size: 'small', showSizeChanger: false }}
        columns={[
          {
            title: t('import.problem.severity'),
            dataIndex: 'severity',
            width: 80,
            render: (s: ImportProblem['severity']) => (
              <Tag color={s === 'error' ? 'red' : 'gold'}>{t(s === 'error' ? 'import.problem.error' : 'import.problem.warning')}</Tag>
            ),
          },
          { title: t('import.problem.file'), dataIndex: 'file', width: 140, ellipsis: true },
          { title: t('import.check.row'), dataIndex: 'row', width: 70, render: (row: number) => (row > 0 ? row : '') },
          { title: t('import.problem.column'), dataIndex: 'column', width: 120, ellipsis: true },
          {
            title: t('import.problem.message'),
            render: (_, p) => <span title={problemDetail(t, p)}>{problemText(t, p)}</span>,
          },
        ]}
      />
    </Flex>
  );
}

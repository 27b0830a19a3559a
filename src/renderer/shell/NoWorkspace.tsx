import { ExperimentOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Progress, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../i18n/hooks';
import { useAppStore } from '../store/app-store';
import { defaultWorkspaceName } from './default-workspace-name';
import { jobPercent, jobStepLabel } from '../i18n/job-text';
import { StartupProblem } from './StartupProblem';
import { useRunningJobs } from './useRunningJobs';
import { useWorkspaceActions } from './useWorkspaceActions';
import { WorkspaceList } from './WorkspaceList';

function PreparingDemo({ percent, step }: { percent: number; step: string }) {
  const t = useT();
  return (
    <Card style={{ width: 460, margin: 'auto' }} data-testid="preparing-demo">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('welcome.preparing')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('welcome.preparingHint')}</Typography.Paragraph>
      <Progress percent={percent} status="active" />
      <Typography.Text type="secondary">{step}</Typography.Text>
    </Card>
  );
}

/** Shown when no workspace is open: the demo being prepared, or the ways to get one. */
export function NoWorkspace() {
  const t = useT();
  const running = useRunningJobs();
  const list = useAppStore((state) => state.workspaceList);
  const loadWorkspaceList = useAppStore((state) => state.loadWorkspaceList);
  const actions = useWorkspaceActions();
  const [name, setName] = useState<string | null>(null);

  useEffect(() => {
    void loadWorkspaceList().catch(() => undefined);
  }, [loadWorkspaceList]);

  const demo = running.find((job) => job.kind === 'demo');
  if (demo) return <PreparingDemo percent={jobPercent(demo.progress)} step={jobStepLabel(t, demo.progress?.step)} />;

  const shownName = name ?? defaultWorkspaceName(t, list);
  return (
    <Card style={{ width: 520, margin: 'auto' }} data-testid="welcome">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('welcome.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('welcome.description')}</Typography.Paragraph>
      <Space orientation="vertical" style={{ width: '100%' }} size={12}>
        <StartupProblem />
        <Button type="primary" icon={<ExperimentOutlined />} loading={actions.busy} onClick={() => void actions.createDemo()}>
          {t('workspace.switcher.createDemo')}
        </Button>
        <Space.Compact style={{ width: '100%' }}>
          <Input
            aria-label={t('workspace.switcher.namePlaceholder')}
            value={shownName}
            onChange={(event) => setName(event.target.value)}
          />
          <Button icon={<PlusOutlined />} disabled={!shownName.trim() || actions.busy} onClick={() => void actions.create(shownName)}>
            {t('workspace.switcher.create')}
          </Button>
        </Space.Compact>
        <WorkspaceList list={list} currentPath={null} disabled={actions.busy} onOpen={(path) => void actions.open(path)} />
      </Space>
    </Card>
  );
}

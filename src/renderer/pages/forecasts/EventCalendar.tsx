import { DeleteOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Popconfirm, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import type { CalendarEvent, EventChange } from '../../../shared/contract/schemas/events';
import { getApi } from '../../api/backend';
import { LoadState } from '../../components/LoadState';
import { useAction } from '../../hooks/useAction';
import { errorLine } from '../../hooks/useErrorNotice';
import { useLoad } from '../../hooks/useLoad';
import { useLocale, useT } from '../../i18n/hooks';
import { addEventChanges, eventYearRows, newEventKey, type EventYearRow } from './event-rows';

const YEARS = Array.from({ length: 41 }, (_, i) => 2000 + i);

/** The workspace's event calendar, one year at a time: dates editable, events switched on and off, the user's own added or removed. */
export function EventCalendar() {
  const t = useT();
  const locale = useLocale();
  const { message } = App.useApp();
  const calendar = useLoad('events', () => getApi().forecast.events());
  const [year, setYear] = useState(() => Math.min(2040, Math.max(2000, new Date().getFullYear())));
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, run } = useAction((error) => setProblem(errorLine(t, error)));
  const nameOf = (event: CalendarEvent) => (locale === 'zh-CN' ? event.nameZh : event.nameEn);

  const save = (changes: EventChange[]) =>
    run(async () => {
      setProblem(null);
      calendar.set(await getApi().forecast.saveEvents({ changes }));
      void message.success(t('events.saved'));
    });

  const rows = useMemo(() => eventYearRows(calendar.value ?? [], year), [calendar.value, year]);
  const columns: ColumnsType<EventYearRow> = [
    {
      title: t('events.column.name'),
      key: 'name',
      render: (_, row) => (
        <Space size={4} wrap>
          <Typography.Text>{nameOf(row.event)}</Typography.Text>
          <Tag color={row.event.origin === 'user' ? 'purple' : 'default'}>{t(`events.origin.${row.event.origin}`)}</Tag>
          {row.edited && row.event.origin === 'default' && <Tag color="orange">{t('events.edited')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('events.column.from'),
      key: 'dates',
      width: 300,
      render: (_, row) => <EventDates row={row} year={year} disabled={busy || !row.event.enabled} onSave={save} label={nameOf(row.event)} />,
    },
    {
      title: t('events.column.on'),
      key: 'on',
      width: 70,
      render: (_, row) => (
        <Switch
          size="small"
          aria-label={`${t('events.column.on')} ${nameOf(row.event)}`}
          checked={row.event.enabled}
          disabled={busy}
          onChange={(enabled) => void save([{ kind: 'enable', key: row.key, enabled }])}
        />
      ),
    },
    {
      title: t('events.column.actions'),
      key: 'actions',
      width: 200,
      render: (_, row) => (
        <Space size={4}>
          {row.from !== null && (
            <Button size="small" disabled={busy} onClick={() => void save([{ kind: 'removeYear', key: row.key, year }])}>
              {t('events.skipYear')}
            </Button>
          )}
          {row.event.origin === 'default' ? (
            <Popconfirm title={t('events.resetConfirm', { name: nameOf(row.event) })} onConfirm={() => save([{ kind: 'reset', key: row.key }])}>
              <Button size="small" icon={<UndoOutlined />} disabled={busy} aria-label={`${t('events.reset')} ${nameOf(row.event)}`} />
            </Popconfirm>
          ) : (
            <Popconfirm title={t('events.removeConfirm', { name: nameOf(row.event) })} onConfirm={() => save([{ kind: 'remove', key: row.key }])}>
              <Button size="small" danger icon={<DeleteOutlined />} disabled={busy} aria-label={`${t('events.remove')} ${nameOf(row.event)}`} />
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="event-calendar" style={{ flex: 1, minHeight: 0, overflow: 'auto', display: 'flex', flexDirection: 'column', gap: 12 }}>
      <Typography.Text type="secondary">{t('events.hint')}</Typography.Text>
      <Space>
        <Typography.Text>{t('events.year')}</Typography.Text>
        <Select<number> aria-label={t('events.year')} value={year} onChange={setYear} style={{ width: 100 }} options={YEARS.map((y) => ({ value: y, label: String(y) }))} />
      </Space>
      {problem && <Alert type="error" showIcon title={problem} closable onClose={() => setProblem(null)} />}
      <LoadState status={calendar.status} error={calendar.error} ready={Boolean(calendar.value)} failedTitle={t('events.loadFailed')} rows={7} />
      {calendar.value && (
        <>
          <Table<EventYearRow> size="small" rowKey="key" columns={columns} dataSource={rows} pagination={false} aria-label={t('events.grid')} />
          <AddEvent calendar={calendar.value} busy={busy} onAdd={save} />
        </>
      )}
    </div>
  );
}

/** One year's first and last day of an event, saved when a field is left with both valid. */
function EventDates({ row, year, disabled, label, onSave }: { row: EventYearRow; year: number; disabled: boolean; label: string; onSave(changes: EventChange[]): Promise<void> }) {
  const t = useT();
  const [from, setFrom] = useState(row.from ?? '');
  const [to, setTo] = useState(row.to ?? '');
  const [seen, setSeen] = useState(`${row.from}:${row.to}:${year}`);
  // Dates saved elsewhere (another year chosen, a reset) replace what is typed.
  if (seen !== `${row.from}:${row.to}:${year}`) {
    setSeen(`${row.from}:${row.to}:${year}`);
    setFrom(row.from ?? '');
    setTo(row.to ?? '');
  }
  const commit = () => {
    if (!from || !to || (from === row.from && to === row.to)) return;
    if (to < from) return;
    void onSave([{ kind: 'setDates', key: row.key, from, to }]);
  };
  return (
    <Space size={4} direction="vertical">
      <Space size={4}>
        <Input size="small" type="date" aria-label={`${t('events.column.from')} ${label}`} value={from} disabled={disabled} onChange={(e) => setFrom(e.target.value)} onBlur={commit} style={{ width: 135 }} />
        <Input size="small" type="date" aria-label={`${t('events.column.to')} ${label}`} value={to} disabled={disabled} onChange={(e) => setTo(e.target.value)} onBlur={commit} style={{ width: 135 }} />
      </Space>
      {from && to && to < from && <Typography.Text type="danger" style={{ fontSize: 12 }}>{t('events.datesOrder')}</Typography.Text>}
      {!from && !to && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {row.off ? t('events.offThisYear') : t('events.noDates')}
        </Typography.Text>
      )}
    </Space>
  );
}

/** Names in both languages and the first dates of an event of the user's own. */
function AddEvent({ calendar, busy, onAdd }: { calendar: readonly CalendarEvent[]; busy: boolean; onAdd(changes: EventChange[]): Promise<void> }) {
  const t = useT();
  const [nameEn, setNameEn] = useState('');
  const [nameZh, setNameZh] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async () => {
    if (!nameEn.trim() || !nameZh.trim()) return setProblem(t('events.add.needName'));
    if (!from || !to) return setProblem(t('events.add.needDates'));
    if (to < from) return setProblem(t('events.datesOrder'));
    setProblem(null);
    await onAdd(addEventChanges(newEventKey(nameEn, calendar), nameEn.trim(), nameZh.trim(), from, to));
    setNameEn('');
    setNameZh('');
    setFrom('');
    setTo('');
  };
  return (
    <div data-testid="event-add" style={{ display: 'flex', flexDirection: 'column', gap: 8, maxWidth: 720 }}>
      <Typography.Text strong>{t('events.add.title')}</Typography.Text>
      <Space wrap size={8}>
        <Input size="small" aria-label={t('events.add.nameEn')} placeholder={t('events.add.nameEn')} value={nameEn} onChange={(e) => setNameEn(e.target.value)} style={{ width: 160 }} />
        <Input size="small" aria-label={t('events.add.nameZh')} placeholder={t('events.add.nameZh')} value={nameZh} onChange={(e) => setNameZh(e.target.value)} style={{ width: 160 }} />
        <Input size="small" type="date" aria-label={t('events.column.from')} value={from} onChange={(e) => setFrom(e.target.value)} style={{ width: 135 }} />
        <Input size="small" type="date" aria-label={t('events.column.to')} value={to} onChange={(e) => setTo(e.target.value)} style={{ width: 135 }} />
        <Button size="small" type="primary" icon={<PlusOutlined />} loading={busy} onClick={() => void submit()}>
          {t('events.add.button')}
        </Button>
      </Space>
      {problem && <Alert type="error" showIcon title={problem} />}
    </div>
  );
}

import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { emptyWorkspace } from '../../../test/fixtures/forecasting-workspace';
import { dayFromIso } from '../ground/calendar';
import { readEventCalendar } from './event-calendar';
import { saveEventChanges } from './event-changes';
import { readEventSpans } from './event-spans';

describe('the event calendar', () => {
  const tempDir = useTempDir();
  const spans = (db: Parameters<typeof readEventSpans>[0], from: string, to: string) => readEventSpans(db, dayFromIso(from), dayFromIso(to));

  it('starts with the shipped events in both languages and gives their spans for history and horizon', () => {
    const ws = emptyWorkspace(tempDir());
    const calendar = readEventCalendar(ws.db);
    expect(calendar.map((e) => e.key)).toEqual(['springFestivalRush', 'springFestival', 'mid618', 'double11', 'blackFriday', 'double12', 'christmas']);
    expect(calendar.find((e) => e.key === 'double11')).toMatchObject({ nameEn: 'Double 11', nameZh: '双11', origin: 'default', enabled: true });
    expect(calendar[0]!.occurrences).toHaveLength(41);
    expect(spans(ws.db, '2026-11-01', '2026-11-30')).toEqual([
      { key: 'double11', from: '2026-10-20', to: '2026-11-11' },
      { key: 'blackFriday', from: '2026-11-27', to: '2026-11-30' },
    ]);
    ws.close();
  });

  it('moves a year, switches a year or an event off, adds a brand day over several years, and resets', () => {
    const ws = emptyWorkspace(tempDir());
    saveEventChanges(ws.db, [
      { kind: 'setDates', key: 'double11', from: '2026-10-25', to: '2026-11-12' },
      { kind: 'removeYear', key: 'blackFriday', year: 2026 },
      { kind: 'enable', key: 'christmas', enabled: false },
      { kind: 'add', key: 'brandDay', nameEn: 'Brand day', nameZh: '品牌日' },
      { kind: 'setDates', key: 'brandDay', from: '2025-11-18', to: '2025-11-19' },
      { kind: 'setDates', key: 'brandDay', from: '2026-11-18', to: '2026-11-20' },
    ]);
    expect(spans(ws.db, '2025-11-15', '2026-12-31').map((s) => `${s.key} ${s.from}…${s.to}`)).toEqual([
      'brandDay 2025-11-18…2025-11-19',
      'blackFriday 2025-11-28…2025-12-01',
      'double12 2025-12-08…2025-12-12',
      'springFestivalRush 2026-01-27…2026-02-16',
      'springFestival 2026-02-17…2026-02-23',
      'mid618 2026-06-01…2026-06-18',
      'double11 2026-10-25…2026-11-12',
      'brandDay 2026-11-18…2026-11-20',
      'double12 2026-12-08…2026-12-12',
    ]);
    const calendar = readEventCalendar(ws.db);
    expect(calendar.find((e) => e.key === 'blackFriday')!.offYears).toEqual([2026]);
    expect(calendar.at(-1)).toMatchObject({ key: 'brandDay', origin: 'user', nameZh: '品牌日' });

    saveEventChanges(ws.db, [{ kind: 'reset', key: 'double11' }, { kind: 'removeYear', key: 'brandDay', year: 2025 }]);
    expect(spans(ws.db, '2025-01-01', '2026-12-31').filter((s) => s.key === 'double11' || s.key === 'brandDay')).toEqual([
      { key: 'double11', from: '2025-10-20', to: '2025-11-11' },
      { key: 'double11', from: '2026-10-20', to: '2026-11-11' },
      { key: 'brandDay', from: '2026-11-18', to: '2026-11-20' },
    ]);
    ws.close();
  });

  it('changes nothing when one change of a batch is wrong, and says which', () => {
    const ws = emptyWorkspace(tempDir());
    const before = readEventCalendar(ws.db);
    expect(() =>
      saveEventChanges(ws.db, [
        { kind: 'setDates', key: 'mid618', from: '2026-05-25', to: '2026-06-18' },
        { kind: 'setDates', key: 'double12', from: '2026-12-12', to: '2026-12-08' },
      ]),
    ).toThrow(/change 2 \(setDates double12\): ends \(2026-12-08\) before it starts/);
    expect(() => saveEventChanges(ws.db, [{ kind: 'remove', key: 'double11' }])).toThrow(/switch it off instead/);
    expect(() => saveEventChanges(ws.db, [{ kind: 'add', key: 'double11', nameEn: 'x', nameZh: 'x' }])).toThrow(/exists already/);
    expect(() => saveEventChanges(ws.db, [{ kind: 'setDates', key: 'nope', from: '2026-01-01', to: '2026-01-02' }])).toThrow(/no such event/);
    expect(() => saveEventChanges(ws.db, [{ kind: 'setDates', key: 'mid618', from: '2026-01-01', to: '2026-12-31' }])).toThrow(/at most 120/);
    expect(readEventCalendar(ws.db)).toEqual(before);
    ws.close();
  });
});

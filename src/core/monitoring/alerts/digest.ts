import type Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { AlertRow } from '../../../shared/contract/schemas/monitoring';
import { addSafeRow } from '../../ground/files/safe-cell';
import { writeAtomically, writeTextAtomically } from '../../ground/files/write-atomically';
import { digestWords, fill, type DigestLocale } from './digest-words';
import { countAlerts, listAlerts } from './queries';

export type DigestFormat = 'xlsx' | 'md';

/** Today's open alerts ranked by money (stale data first), key counts, and how many are new since yesterday. */
export interface Digest {
  today: string;
  currency: string;
  counts: ReturnType<typeof countAlerts>;
  rows: AlertRow[];
  fresh: AlertRow[];
}

export function buildDigest(db: Database.Database): Digest {
  const list = listAlerts(db, { statuses: ['open'] });
  const counts = countAlerts(db);
  return { today: list.today, currency: list.currency, counts, rows: list.rows, fresh: list.rows.filter((r) => r.raisedOn >= list.today) };
}

export function subjectOf(row: AlertRow): string {
  const e = row.entity;
  if (e.sku) return `${e.sku}${e.location ? ` @ ${e.location}` : ''}`;
  if (e.poNumber) return `${e.poNumber}${e.supplierCode ? ` (${e.supplierCode})` : ''}`;
  if (e.supplierCode) return `${e.supplierCode} ${e.supplierName ?? ''}`.trim();
  return '';
}

function money(value: number, currency: string, locale: DigestLocale): string {
  return new Intl.NumberFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
}

/** Markdown: readable as plain text too (a headline, counts, then one line per alert). */
export function digestMarkdown(digest: Digest, locale: DigestLocale): string {
  const w = digestWords(locale);
  const c = digest.counts;
  const total = c.byPriority.high + c.byPriority.medium + c.byPriority.low;
  const lines = [
    `# ${w.title}`,
    '',
    fill(w.asOf, { today: digest.today }, locale),
    '',
    `- ${fill(w.counts, { total, high: c.byPriority.high, medium: c.byPriority.medium, low: c.byPriority.low, money: money(c.openMoney, digest.currency, locale) }, locale)}`,
    `- ${digest.fresh.length > 0 ? fill(w.newSince, { count: digest.fresh.length }, locale) : w.noNew}`,
    '',
    `## ${w.open}`,
    '',
  ];
  if (digest.rows.length === 0) lines.push(w.none);
  digest.rows.forEach((row, i) => {
    const isNew = row.raisedOn >= digest.today ? ` · ${w.columns.isNew}` : '';
    const subject = subjectOf(row).replace(/[|*_`[\]]/g, (ch) => `\\${ch}`);
    lines.push(
      `${i + 1}. **${w.priority[row.priority]}** · ${w.kind[row.kind]} · ${subject} — ${fill(w.why[row.kind], row.facts, locale)} — ${money(row.money, row.currency, locale)} (${w.basis[row.moneyMethod]})${isNew}`,
    );
  });
  return `${lines.join('\n')}\n`;
}

export function digestWorkbook(digest: Digest, locale: DigestLocale): ExcelJS.Workbook {
  const w = digestWords(locale);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(locale === 'zh-CN' ? '预警' : 'Alerts');
  addSafeRow(sheet, [w.title]).font = { bold: true, size: 14 };
  addSafeRow(sheet, [fill(w.asOf, { today: digest.today }, locale)]);
  const c = digest.counts;
  const total = c.byPriority.high + c.byPriority.medium + c.byPriority.low;
  addSafeRow(sheet, [fill(w.counts, { total, high: c.byPriority.high, medium: c.byPriority.medium, low: c.byPriority.low, money: money(c.openMoney, digest.currency, locale) }, locale)]);
  addSafeRow(sheet, [digest.fresh.length > 0 ? fill(w.newSince, { count: digest.fresh.length }, locale) : w.noNew]);
  addSafeRow(sheet, []);
  const cols = w.columns;
  const header = addSafeRow(sheet, [cols.rank, cols.priority, cols.kind, cols.subject, cols.why, cols.money, cols.currency, cols.basis, cols.firstSeen, cols.isNew]);
  header.font = { bold: true };
  digest.rows.forEach((row, i) => {
    addSafeRow(sheet, [
      i + 1, w.priority[row.priority], w.kind[row.kind], subjectOf(row), fill(w.why[row.kind], row.facts, locale),
      row.money, row.currency, w.basis[row.moneyMethod], row.firstSeen, row.raisedOn >= digest.today ? w.yes : '',
    ]);
  });
  sheet.getColumn(6).numFmt = '#,##0.00';
  [5, 10, 14, 28, 60, 16, 8, 30, 12, 6].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  return workbook;
}

/** Writes the digest (atomically) and returns how many alerts it lists. */
export async function writeDigest(db: Database.Database, file: string, format: DigestFormat, locale: DigestLocale): Promise<number> {
  const digest = buildDigest(db);
  if (format === 'md') await writeTextAtomically(file, digestMarkdown(digest, locale));
  else await writeAtomically(file, (partial) => digestWorkbook(digest, locale).xlsx.writeFile(partial));
  return digest.rows.length;
}

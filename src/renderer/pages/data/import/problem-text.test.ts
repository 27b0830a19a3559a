import { describe, expect, it } from 'vitest';
import type { ImportProblem } from '../../../../shared/contract/schemas/import';
import { importMessagesEn, importMessagesZhCN } from '../../../i18n/domains/import';
import type { Translate } from '../../../i18n/translate';
import { problemReportCsv, problemText } from './problem-text';

/** The real messages without the browser's number formatting (this runs in Node). */
function translator(messages: Record<string, string>): Translate {
  return (key, params) => (messages[key] ?? key).replace(/\{(\w+)\}/g, (match, name: string) => String(params?.[name] ?? match));
}
const en = translator(importMessagesEn);
const zh = translator(importMessagesZhCN);

const problem = (patch: Partial<ImportProblem>): ImportProblem => ({
  file: 'sales.csv', row: 3, column: '日期', value: 'yesterday', message: 'Not a date', severity: 'error', code: 'bad_date', ...patch,
});

describe('problems in the wizard and the downloadable report', () => {
  it('are told in the user language from their code', () => {
    expect(problemText(en, problem({}))).toBe('Not a date: "yesterday"');
    expect(problemText(zh, problem({}))).toBe('不是有效日期：“yesterday”');
  });

  it('write a CSV with file, row and column, and never a live formula', () => {
    const csv = problemReportCsv(en, [problem({}), problem({ row: 4, column: 'units', value: '=SUM(A1:A9)', code: 'formula', message: 'A formula, "quoted"' })]);
    const lines = csv.replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('File,Row,Column,Value,Severity,Problem,code,message');
    expect(lines[1]).toBe('sales.csv,3,日期,yesterday,Error,"Not a date: ""yesterday""",bad_date,Not a date');
    expect(lines[2]).toBe(`sales.csv,4,units,'=SUM(A1:A9),Error,"A formula, not a value: ""=SUM(A1:A9)""",formula,"A formula, ""quoted"""`);
  });
});

import { describe, expect, it } from 'vitest';
import { problemCodeSchema, type ImportProblem } from '../../../../shared/contract/schemas/import';
import { importMessagesEn, importMessagesZhCN } from '../../../i18n/domains/import';
import type { Translate } from '../../../i18n/translate';
import { problemDetail, problemReportCsv, problemText } from './problem-text';

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

  it('have words in English and Chinese for every problem code, so no English message shows in the Chinese wizard', () => {
    const enWords: Record<string, string> = importMessagesEn;
    const zhWords: Record<string, string> = importMessagesZhCN;
    for (const code of problemCodeSchema.options) {
      expect(enWords[`import.problem.${code}`], `${code} (en)`).toBeTruthy();
      expect(zhWords[`import.problem.${code}`], `${code} (zh-CN)`).toBeTruthy();
      const p = problem({ code, message: `an English message for ${code}`, value: '12x' });
      expect(problemText(zh, p)).not.toContain('English');
      expect(problemDetail(zh, p)).not.toContain('English');
    }
  });

  it('give the row, column and value in the user language on hover, not the English message', () => {
    expect(problemDetail(zh, problem({}))).toBe('第 3 行，“日期”列，值“yesterday”');
    expect(problemDetail(en, problem({}))).toBe('Row 3, column "日期", value "yesterday"');
    expect(problemDetail(zh, problem({ row: 0, column: '', value: '' }))).toBe('整个文件');
  });

  it('write a CSV with file, row and column, and never a live formula', () => {
    const csv = problemReportCsv(en, [problem({}), problem({ row: 4, column: 'units', value: '=SUM(A1:A9)', code: 'formula', message: 'A formula, "quoted"' })]);
    const lines = csv.replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('File,Row,Column,Value,Severity,Problem,code,message');
    expect(lines[1]).toBe('sales.csv,3,日期,yesterday,Error,"Not a date: ""yesterday""",bad_date,Not a date');
    expect(lines[2]).toBe(`sales.csv,4,units,'=SUM(A1:A9),Error,"A formula, not a value: ""=SUM(A1:A9)""",formula,"A formula, ""quoted"""`);
  });
});

import type { ImportProblem } from '../../../../shared/contract/schemas/import';
import { isMessageKey, type Translate } from '../../../i18n/translate';

/** A problem in the user's language, from its stable code and details; the English message only for a code without words. */
export function problemText(t: Translate, problem: ImportProblem): string {
  const key = `import.problem.${problem.code}`;
  if (!isMessageKey(key)) return problem.message;
  return t(key, { value: problem.value, column: problem.column });
}

/** Where the problem is (row, column, value) in the user's language: the hover of a problem, instead of the English message. */
export function problemDetail(t: Translate, problem: ImportProblem): string {
  const parts: string[] = [];
  if (problem.row > 0) parts.push(t('import.problem.at.row', { row: problem.row }));
  if (problem.column) parts.push(t('import.problem.at.column', { column: problem.column }));
  if (problem.value) parts.push(t('import.problem.at.value', { value: problem.value }));
  return parts.length > 0 ? parts.join(t('import.problem.at.separator')) : t('import.problem.at.file');
}

/** Spreadsheets run cells that start like a formula: quote them (CSV injection). */
function cell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The problem report as a CSV the user can open next to the file (UTF-8 with BOM, so Excel reads Chinese). */
export function problemReportCsv(t: Translate, problems: readonly ImportProblem[]): string {
  const header = [t('import.problem.file'), t('import.check.row'), t('import.problem.column'), t('import.problem.value'), t('import.problem.severity'), t('import.problem.message'), 'code', 'message'];
  const lines = problems.map((p) =>
    [p.file, p.row, p.column, p.value, t(p.severity === 'error' ? 'import.problem.error' : 'import.problem.warning'), problemText(t, p), p.code, p.message].map(cell).join(','),
  );
  return `\ufeff${[header.map(cell).join(','), ...lines].join('\r\n')}\r\n`;
}

/** Hands a text file to the browser's downloads (both modes run the page in Chromium). */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

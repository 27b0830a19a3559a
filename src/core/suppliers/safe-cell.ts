/**
 * Spreadsheet formula injection (CSV injection): text that starts with = + - @ (or a tab or carriage
 * return, which some programs strip before looking) can run as a formula when the file is opened.
 * Supplier names, SKUs and notes come from users and suppliers, so every text cell we export goes
 * through escapeCellText, which puts an apostrophe in front, as OWASP recommends: spreadsheets show
 * the text as typed and never evaluate it. Numbers are written as numbers and are not touched, so a
 * negative quantity stays a number. unescapeCellText undoes it when a pack comes back as an import.
 */
const DANGEROUS_START = /^[=+\-@\t\r]/;

export function escapeCellText(text: string): string {
  return DANGEROUS_START.test(text) ? `'${text}` : text;
}

export function unescapeCellText(text: string): string {
  return text.startsWith("'") && DANGEROUS_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** One CSV field: escaped against formulas, quoted when it holds a delimiter, quote or line break. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = escapeCellText(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

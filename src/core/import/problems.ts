import { detach } from './parse/text';
import type { Problem, ProblemCode, ProblemSummary, Severity } from './types';

/** Collects problems: counts every one, keeps the first `cap` for the report. */
export class ProblemCollector {
  private readonly list: Problem[] = [];
  private readonly byCode: Partial<Record<ProblemCode, number>> = {};
  errors = 0;
  warnings = 0;

  constructor(
    private readonly file: string,
    private readonly cap: number,
  ) {}

  add(
    severity: Severity,
    code: ProblemCode,
    row: number,
    column: string,
    value: unknown,
    message: string,
    field?: string,
  ): void {
    if (severity === 'error') this.errors++;
    else this.warnings++;
    this.byCode[code] = (this.byCode[code] ?? 0) + 1;
    if (this.list.length >= this.cap) return;
    const problem: Problem = { file: this.file, row, column: detach(shortValue(column)), value: detach(shortValue(value)), message: detach(message), severity, code };
    if (field) problem.field = field;
    this.list.push(problem);
  }

  error(code: ProblemCode, row: number, column: string, value: unknown, message: string, field?: string): void {
    this.add('error', code, row, column, value, message, field);
  }

  warning(code: ProblemCode, row: number, column: string, value: unknown, message: string, field?: string): void {
    this.add('warning', code, row, column, value, message, field);
  }

  summary(): ProblemSummary {
    const list = [...this.list].sort((a, b) => a.row - b.row);
    return { list, errors: this.errors, warnings: this.warnings, byCode: { ...this.byCode } };
  }
}

/** Values are echoed in reports; a 10 MB cell must not be. */
export function shortValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

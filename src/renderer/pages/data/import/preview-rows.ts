import type { ImportPreviewView, ImportProblem } from '../../../../shared/contract/schemas/import';

export type PreviewRow = ImportPreviewView['rows'][number] & {
  problems: string;
  /** Per field with an error: the value as the file has it ("abc"), shown marked instead of a stored value. */
  bad: Record<string, string>;
};

/**
 * The preview's rows with their problems: a field whose value was refused shows what the file says
 * (never the 0 or empty the refused record holds), so the user sees what to fix.
 */
export function previewRows(preview: ImportPreviewView, describe: (p: ImportProblem) => string): PreviewRow[] {
  const byRow = new Map<number, ImportProblem[]>();
  for (const p of preview.summary.problems.list) if (p.row > 0) byRow.set(p.row, [...(byRow.get(p.row) ?? []), p]);
  return preview.rows.map((r) => {
    const problems = byRow.get(r.row) ?? [];
    const bad: Record<string, string> = {};
    for (const p of problems) if (p.severity === 'error' && p.field) bad[p.field] = p.value;
    return { ...r, bad, problems: problems.map((p) => `${p.column}: ${describe(p)}`).join('; ') };
  });
}

/** The cell's shown value: the refused text as written, else the value as stored. */
export function previewValue(row: PreviewRow | undefined, field: string): string | number | boolean | null {
  if (!row) return null;
  return field in row.bad ? row.bad[field]! : (row.values[field] ?? null);
}

import type { ColDef, GetRowIdParams, RowClassParams } from 'ag-grid-community';
import { useCallback, useMemo } from 'react';
import type { ImportKindFields, ImportPreviewView } from '../../../../shared/contract/schemas/import';
import { DataGrid } from '../../../grid/DataGrid';
import { useT } from '../../../i18n/hooks';
import { fieldLabel } from './import-labels';
import { problemText } from './problem-text';
import { previewRows, previewValue, type PreviewRow } from './preview-rows';


interface Props {
  preview: ImportPreviewView;
  kind: ImportKindFields;
}

/** The first records exactly as they will be stored; rows with errors are tinted and say why. */
export function PreviewGrid({ preview, kind }: Props) {
  const t = useT();
  const rows = useMemo<PreviewRow[]>(() => previewRows(preview, (p) => problemText(t, p)), [preview, t]);

  const columnDefs = useMemo<ColDef<PreviewRow>[]>(() => {
    const used = new Set(Object.keys(preview.summary.mapping.columns));
    const fields = kind.fields.filter((f) => used.has(f.key) || preview.rows.some((r) => r.values[f.key] !== null && r.values[f.key] !== undefined));
    return [
      { headerName: t('import.check.row'), field: 'row', width: 80, type: 'numericColumn' },
      ...fields.map<ColDef<PreviewRow>>((f) => ({
        headerName: fieldLabel(t, kind.kind, f.key, f.label),
        colId: f.key,
        valueGetter: (p) => previewValue(p.data, f.key),
        // A refused value is shown as the file has it, marked, never as the 0 the refused record holds.
        cellClassRules: { 'import-cell-invalid': (p) => Boolean(p.data && f.key in p.data.bad) },
        cellStyle: (p) => (p.data && f.key in p.data.bad ? { color: '#cf1322', fontWeight: 600, textDecoration: 'underline wavy' } : null),
        ...(f.type === 'number' || f.type === 'integer' ? { type: 'numericColumn' } : {}),
        width: 130,
      })),
      { headerName: t('import.check.problems'), field: 'problems', flex: 1, minWidth: 220 },
    ];
  }, [kind, preview, t]);

  const getRowId = useCallback((p: GetRowIdParams<PreviewRow>) => String(p.data.row), []);
  const gridOptions = useMemo(
    () => ({
      getRowStyle: (p: RowClassParams<PreviewRow>) => (p.data && !p.data.ok ? { background: 'rgba(255, 77, 79, 0.12)' } : undefined),
    }),
    [],
  );

  return (
    <div style={{ height: 240, display: 'flex', flexDirection: 'column' }}>
      <DataGrid<PreviewRow>
        gridId={`import-preview-${kind.kind}`}
        ariaLabel={t('import.check.preview')}
        rows={rows}
        columnDefs={columnDefs}
        getRowId={getRowId}
        quickFilterText=""
        loading={false}
        empty={{ title: t('import.check.noProblems'), hint: '' }}
        gridOptions={gridOptions}
      />
    </div>
  );
}

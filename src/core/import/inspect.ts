import type { Db } from '../db/workspace';
import { kindDefinitions } from './kinds';
import { LOOKAHEAD_ROWS, MAX_COLUMNS } from './limits';
import { findLayout, type BufferedRow } from './mapping/header-row';
import { guessKind, proposeMapping, type ColumnProposal, type MappingProposal } from './mapping/propose';
import { resolveMapping } from './mapping/resolve';
import { findSavedShape, loadSavedMapping } from './mapping/saved';
import { cellText, isBlankRow, type Cell } from '../ground/files/read/cell';
import { openSource, type SourceInfo } from '../ground/files/read/source';
import type { ImportKind, ImportMapping, ReadOptions } from './types';
import { requireImportSchema } from './write/schema';

const SAMPLE_ROWS = 20;

export interface InspectOptions extends ReadOptions {
  /** The kind the user already chose; guessed when left out. */
  kind?: ImportKind;
  /** A workspace, to find the mapping saved for this file shape. */
  db?: Db;
}

export interface FileInspection extends SourceInfo {
  headerRow: number;
  headers: string[];
  /** The first data rows as read (dates as ISO text). */
  sample: { row: number; cells: (string | number | boolean | null)[] }[];
  kind: ImportKind;
  kindConfidence: number;
  /** Every kind with how well the file fits it, best first. */
  kinds: { kind: ImportKind; score: number }[];
  mapping: ImportMapping;
  /** Per file column: the field proposed and the confidence. */
  columns: ColumnProposal[];
  /** Required fields with no column yet: the wizard must ask for these. */
  missing: string[];
  /** Where the mapping came from: a saved mapping of the same file shape, or a proposal. */
  mappingSource: 'saved' | 'proposed';
}

/**
 * The first step of the wizard: read the head of a file (never the whole of it) and
 * say what it is, how it is written, and how its columns probably map.
 */
export async function inspectFile(file: string, options: InspectOptions = {}): Promise<FileInspection> {
  if (options.db) requireImportSchema(options.db);
  const source = await openSource(file, options);
  const rows: BufferedRow[] = [];
  let tooWide = false;
  await source.read(
    (cells, row, flags) => {
      if (rows.length >= LOOKAHEAD_ROWS || tooWide) return;
      tooWide = (flags?.fieldCount ?? cells.length) > MAX_COLUMNS;
      // A too-wide row after others is a bad data row, not the header: the head ends before it.
      if (tooWide && rows.some((r) => !isBlankRow(r.cells))) return;
      rows.push({ cells, row, flags });
    },
    () => rows.length < LOOKAHEAD_ROWS && !tooWide,
  );
  const layout = findLayout(rows, source.info.fileName, options.headerRow);
  const dataRows = rows.slice(layout.headerIndex + 1).filter((r) => !isBlankRow(r.cells));
  const samples = dataRows.map((r) => r.cells);
  const guess = guessKind(layout.headers, samples);
  const saved = options.db && !options.kind ? findSavedShape(options.db, layout.headers) : null;
  const kind = options.kind ?? saved?.kind ?? guess.kind;
  const savedMapping = saved?.mapping ?? (options.db ? loadSavedMapping(options.db, kind, layout.headers) : null);
  const proposal: MappingProposal = guess.proposals.find((p) => p.kind === kind) ?? proposeMapping(kind, layout.headers, samples);
  const mapping = savedMapping ?? proposal.mapping;
  return {
    ...source.info,
    headerRow: layout.headerRow,
    headers: layout.headers,
    sample: dataRows.slice(0, SAMPLE_ROWS).map((r) => ({ row: r.row, cells: r.cells.map(plainValue) })),
    kind,
    kindConfidence: saved ? 1 : options.kind ? (proposal.missing.length === 0 ? 1 : 0.5) : guess.confidence,
    kinds: guess.proposals.map((p) => ({ kind: p.kind, score: p.score })),
    // Formats stay as saved or left out: the check decides them from every value of the file, not from this head.
    mapping,
    columns: savedMapping ? savedColumns(layout.headers, kind, savedMapping) : proposal.columns,
    missing: savedMapping ? [] : proposal.missing,
    mappingSource: savedMapping ? 'saved' : 'proposed',
  };
}

function savedColumns(headers: string[], kind: ImportKind, mapping: ImportMapping): ColumnProposal[] {
  let columns: Record<string, number> = {};
  try {
    columns = { ...resolveMapping(kindDefinitions[kind].spec, headers, mapping, '') };
  } catch {
    // A saved mapping that no longer fits is shown as unmapped.
  }
  return headers.map((header, index) => {
    const field = Object.keys(columns).find((key) => columns[key] === index) ?? null;
    return { index, header, field, confidence: field ? 1 : 0 };
  });
}

function plainValue(cell: Cell): string | number | boolean | null {
  return cell instanceof Date ? cellText(cell) : cell;
}

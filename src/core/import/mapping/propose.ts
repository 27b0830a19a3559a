import { kindDefinitions } from '../kinds';
import type { FieldSpec, KindSpec } from '../kinds/fields';
import { normaliseHeader } from '../parse/text';
import type { Cell } from '../../ground/files/read/cell';
import { importKinds, type ImportKind, type ImportMapping } from '../types';
import { headerScore } from './header-match';
import { columnValues, shapeScore } from './value-shape';

export interface ColumnProposal {
  index: number;
  header: string;
  /** Field the column is proposed for, or null when it is left out. */
  field: string | null;
  confidence: number;
}

export interface MappingProposal {
  kind: ImportKind;
  /** How well the file fits this kind, 0–1. */
  score: number;
  mapping: ImportMapping;
  columns: ColumnProposal[];
  /** Required fields no column was found for. */
  missing: string[];
}

const MIN_CONFIDENCE = 0.3;

/**
 * Propose which column holds which field: header names first (zh and en synonyms),
 * checked against the values (a "日期" column of non-dates loses confidence); columns
 * whose values are clearly dates fill a required date field no header named.
 */
export function proposeMapping(kind: ImportKind, headers: readonly string[], samples: readonly (readonly Cell[])[]): MappingProposal {
  const spec = kindDefinitions[kind].spec;
  const normalised = headers.map(normaliseHeader);
  const values = headers.map((_, col) => columnValues(samples, col));
  const candidates: { col: number; field: FieldSpec; score: number }[] = [];
  for (let col = 0; col < headers.length; col++) {
    for (const field of spec.fields) {
      const byName = headerScore(normalised[col]!, field);
      if (byName === 0) continue;
      const score = byName * (0.4 + 0.6 * shapeScore(values[col]!, field.type));
      if (score >= MIN_CONFIDENCE) candidates.push({ col, field, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  const fieldOfColumn = new Map<number, { field: FieldSpec; score: number }>();
  const columnOfField = new Map<string, number>();
  for (const c of candidates) {
    if (fieldOfColumn.has(c.col) || columnOfField.has(c.field.key)) continue;
    fieldOfColumn.set(c.col, c);
    columnOfField.set(c.field.key, c.col);
  }
  fillDatesByShape(spec, headers, values, fieldOfColumn, columnOfField);
  return summarise(spec, headers, fieldOfColumn, columnOfField);
}

function fillDatesByShape(
  spec: KindSpec,
  headers: readonly string[],
  values: Cell[][],
  fieldOfColumn: Map<number, { field: FieldSpec; score: number }>,
  columnOfField: Map<string, number>,
): void {
  for (const field of spec.fields) {
    if (!field.required || columnOfField.has(field.key) || (field.type !== 'date' && field.type !== 'datetime')) continue;
    for (let col = 0; col < headers.length; col++) {
      if (fieldOfColumn.has(col) || shapeScore(values[col]!, field.type) < 0.9) continue;
      fieldOfColumn.set(col, { field, score: 0.35 });
      columnOfField.set(field.key, col);
      break;
    }
  }
}

function summarise(
  spec: KindSpec,
  headers: readonly string[],
  fieldOfColumn: Map<number, { field: FieldSpec; score: number }>,
  columnOfField: Map<string, number>,
): MappingProposal {
  const columns: ColumnProposal[] = headers.map((header, index) => {
    const hit = fieldOfColumn.get(index);
    return { index, header, field: hit?.field.key ?? null, confidence: round(hit?.score ?? 0) };
  });
  const mapping: ImportMapping = { columns: {} };
  for (const [key, col] of columnOfField) mapping.columns[key] = columnReference(headers, col);
  const required = spec.fields.filter((f) => f.required);
  const missing = required.filter((f) => !columnOfField.has(f.key)).map((f) => f.key);
  const requiredScores = required.filter((f) => columnOfField.has(f.key)).map((f) => fieldOfColumn.get(columnOfField.get(f.key)!)!.score);
  const mean = requiredScores.length ? requiredScores.reduce((a, b) => a + b, 0) / requiredScores.length : 0;
  const named = headers.filter((h) => h.trim() !== '').length || 1;
  const coverage = fieldOfColumn.size / named;
  const distinctive = spec.distinctive.some((key) => (fieldOfColumn.get(columnOfField.get(key) ?? -1)?.score ?? 0) >= 0.6) ? 0.1 : 0;
  const fit = (required.length - missing.length) / required.length;
  const score = fit * fit * Math.min(1, 0.5 * mean + 0.4 * coverage + distinctive);
  return { kind: spec.kind, score: round(score), mapping, columns, missing };
}

/** Header text when it names the column unambiguously, else the 0-based position. */
export function columnReference(headers: readonly string[], col: number): string | number {
  const header = headers[col] ?? '';
  if (header.trim() === '' || headers.indexOf(header) !== col) return col;
  return header;
}

export interface KindGuess {
  kind: ImportKind;
  confidence: number;
  proposals: MappingProposal[];
}

/** The kind whose fields explain the file best; confidence drops when a neighbour fits almost as well. */
export function guessKind(headers: readonly string[], samples: readonly (readonly Cell[])[]): KindGuess {
  const proposals = importKinds.map((kind) => proposeMapping(kind, headers, samples)).sort((a, b) => b.score - a.score);
  const best = proposals[0]!;
  const second = proposals[1]?.score ?? 0;
  const confidence = best.score === 0 ? 0 : best.score * (1 - 0.5 * (second / best.score));
  return { kind: best.kind, confidence: round(confidence), proposals };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

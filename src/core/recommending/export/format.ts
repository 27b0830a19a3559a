/**
 * The recommendation export formats for the platform, version 1.0 (docs/recommend-export-format.md).
 * Three lists — per-customer recommendations, bought-together pairs, launch audiences — each as
 * CSV, XLSX (the list's sheet plus "About") or JSON (a header and `rows`) with the same fields
 * under the same names. Minor versions only add fields at the end; readers ignore what they do not know.
 */

import type { RecommendExportKind } from '../../../shared/contract/schemas/recommend';

export const RECOMMEND_EXPORT_VERSION = 1;
export const RECOMMEND_EXPORT_MINOR_VERSION = 0;

export const RECOMMEND_EXPORT_FORMATS: Record<RecommendExportKind, string> = {
  customers: 'supplydesk-recommendations',
  'bought-together': 'supplydesk-bought-together',
  launch: 'supplydesk-launch-audience',
};

export const RECOMMEND_EXPORT_COLUMNS = {
  customers: ['customer_id', 'rank', 'sku', 'score', 'reason', 'reason_kind'],
  'bought-together': ['sku', 'other_sku', 'orders', 'support', 'confidence', 'lift'],
  launch: ['sku', 'customer_id', 'rank', 'score', 'reason', 'expected_buyers'],
} as const satisfies Record<RecommendExportKind, readonly string[]>;

export type ExportCell = string | number | null;
export type ExportRow = Record<string, ExportCell>;

export const SHEET_NAMES: Record<RecommendExportKind, string> = {
  customers: 'Recommendations',
  'bought-together': 'Bought together',
  launch: 'Launch audiences',
};

/**
 * Trained global models live in the workspace (`model_artifacts`, one BLOB row each), so a
 * forecast run on this laptop next week uses the model trained on this workspace's own sales.
 */

import type Database from 'better-sqlite3';
import { artefactFromColumns, artefactToColumns } from '../forecast/global/artefact-columns';
import type { GlobalModelArtefact, TrainingMetrics } from '../forecast/global/types';
import type { LearntCombination } from './global-pipeline';
import type { Frequency } from './types';

export interface GlobalModelInfo {
  id: number;
  createdAt: string;
  frequency: Frequency;
  /** Buckets the model forecasts; a longer run uses the engine alone beyond them. */
  horizon: number;
  /** Last day of the history it learnt from. */
  historyTo: string;
  trainedSeries: number;
  seconds: number;
  epochs: number;
  /** What was planned to be trained (absent on models trained before plans). */
  planned?: NonNullable<TrainingMetrics['planned']>;
  /** The time budget's safety stop ended the training before its plan (the model then depends on the machine's load). */
  stoppedByTime?: true;
  /** Learnt with the model on its validation window (weights, interval factors, bias); absent on models trained before. */
  combination?: LearntCombination;
  /** Established series the run had when the model was trained: reuse stops when this moves too much. */
  runSeries?: number;
}

export interface StoredGlobalModel {
  info: GlobalModelInfo;
  artefact: GlobalModelArtefact;
}

/** Models kept per frequency: the newest is used, one before it is kept to fall back on. */
const KEEP_PER_FREQUENCY = 2;

const kindOf = (frequency: Frequency) => `global-${frequency}`;

export function storeGlobalModel(
  db: Database.Database,
  artefact: GlobalModelArtefact,
  context: { frequency: Frequency; historyTo: string; metrics: TrainingMetrics; combination?: LearntCombination; runSeries?: number },
): number {
  const columns = artefactToColumns(artefact);
  const info = {
    frequency: context.frequency,
    horizon: artefact.meta.layout.horizon,
    historyTo: context.historyTo,
    trainedSeries: artefact.meta.trainedSeries,
    seconds: Math.round(context.metrics.seconds * 10) / 10,
    epochs: context.metrics.epochs,
    ...(context.metrics.planned ? { planned: context.metrics.planned } : {}),
    ...(context.metrics.stoppedByTime ? { stoppedByTime: true as const } : {}),
    ...(context.combination ? { combination: context.combination } : {}),
    ...(context.runSeries !== undefined ? { runSeries: context.runSeries } : {}),
  };
  return db.transaction(() => {
    const id = Number(
      db
        .prepare(
          `INSERT INTO model_artifacts (kind, created_at, topology, weight_specs, weight_data, meta)
           VALUES (?, ?, ?, ?, ?, json_object('artefact', json(?), 'info', json(?)))`,
        )
        .run(kindOf(context.frequency), new Date().toISOString(), columns.topologyJson, columns.weightSpecsJson, columns.weightData, columns.metaJson, JSON.stringify(info))
        .lastInsertRowid,
    );
    db.prepare(
      `DELETE FROM model_artifacts WHERE kind = ? AND id NOT IN (SELECT id FROM model_artifacts WHERE kind = ? ORDER BY id DESC LIMIT ?)`,
    ).run(kindOf(context.frequency), kindOf(context.frequency), KEEP_PER_FREQUENCY);
    return id;
  })();
}

interface ArtefactRow {
  id: number;
  created_at: string;
  topology: string;
  weight_specs: string;
  weight_data: Buffer;
  artefact_meta: string;
  info: string;
}

const SELECT = `SELECT id, created_at, topology, weight_specs, weight_data,
  json_extract(meta, '$.artefact') AS artefact_meta, json_extract(meta, '$.info') AS info FROM model_artifacts`;

function toInfo(row: Pick<ArtefactRow, 'id' | 'created_at' | 'info'>): GlobalModelInfo {
  return { id: row.id, createdAt: row.created_at, ...(JSON.parse(row.info) as Omit<GlobalModelInfo, 'id' | 'createdAt'>) };
}

/** The newest model for these buckets, or null when none was trained. */
export function latestGlobalModel(db: Database.Database, frequency: Frequency): StoredGlobalModel | null {
  const row = db.prepare(`${SELECT} WHERE kind = ? ORDER BY id DESC LIMIT 1`).get(kindOf(frequency)) as ArtefactRow | undefined;
  if (!row) return null;
  const artefact = artefactFromColumns({
    topologyJson: row.topology,
    weightSpecsJson: row.weight_specs,
    weightData: new Uint8Array(row.weight_data.buffer, row.weight_data.byteOffset, row.weight_data.byteLength),
    metaJson: row.artefact_meta,
  });
  return { info: toInfo(row), artefact };
}

/** Every stored global model, newest first, without its weights. */
export function listGlobalModels(db: Database.Database): GlobalModelInfo[] {
  const rows = db
    .prepare(`SELECT id, created_at, json_extract(meta, '$.info') AS info FROM model_artifacts WHERE kind LIKE 'global-%' ORDER BY id DESC`)
    .all() as Pick<ArtefactRow, 'id' | 'created_at' | 'info'>[];
  return rows.map(toInfo);
}

/**
 * The column form the workspace stores a global model in: topology JSON, weight specs JSON, weight
 * bytes, meta JSON. Apart from the network (artefact.ts) so that reading a stored model's row does
 * not load tfjs: a refresh's own thread reads it and only its workers predict.
 */

import type { GlobalModelArtefact, GlobalModelMeta, WeightSpec } from './types';

/** The artefact as BLOB/TEXT columns of one workspace row. */
export interface ArtefactColumns {
  topologyJson: string;
  weightSpecsJson: string;
  weightData: Uint8Array;
  metaJson: string;
}

export function artefactToColumns(artefact: GlobalModelArtefact): ArtefactColumns {
  return {
    topologyJson: JSON.stringify(artefact.topology),
    weightSpecsJson: JSON.stringify(artefact.weightSpecs),
    weightData: artefact.weightData,
    metaJson: JSON.stringify(artefact.meta),
  };
}

export function artefactFromColumns(columns: ArtefactColumns): GlobalModelArtefact {
  const meta = JSON.parse(columns.metaJson) as GlobalModelMeta;
  if (meta.format !== 'supplydesk-global-mlp') throw new Error(`unsupported global model format ${String(meta.format)}`);
  // v1 rows are v2 rows without events, last year or members: they load as they are.
  if (meta.version !== 1 && meta.version !== 2) {
    throw new Error(`global model format v${String(meta.version)} is newer than this app understands: train the global model again`);
  }
  return {
    topology: JSON.parse(columns.topologyJson) as object,
    weightSpecs: JSON.parse(columns.weightSpecsJson) as WeightSpec[],
    weightData: columns.weightData,
    meta,
  };
}

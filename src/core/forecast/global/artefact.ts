/**
 * In-memory save and load of the network (plain tfjs has no file:// saving in Node), and the
 * column form the workspace stores: topology JSON, weight specs JSON, weight bytes, meta JSON.
 */

import * as tf from '@tensorflow/tfjs';
import type { GlobalModelArtefact, GlobalModelMeta, WeightSpec } from './types';

export async function saveArtefact(model: tf.LayersModel, meta: GlobalModelMeta): Promise<GlobalModelArtefact> {
  let saved: tf.io.ModelArtifacts | null = null;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      saved = artifacts;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  const artifacts = saved as tf.io.ModelArtifacts | null;
  if (!artifacts?.modelTopology || !artifacts.weightSpecs || !artifacts.weightData) throw new Error('the model did not save its weights');
  const bytes = tf.io.CompositeArrayBuffer.join(artifacts.weightData);
  return {
    topology: artifacts.modelTopology as object,
    weightSpecs: artifacts.weightSpecs.map((s) => ({ name: s.name, shape: [...s.shape], dtype: s.dtype })),
    // A copy that owns exactly its bytes (safe to post to another thread or write as a BLOB).
    weightData: new Uint8Array(bytes.slice(0)),
    meta,
  };
}

/** Rebuilds the network (of an ensemble: the first member; predict.ts slices the others); the caller disposes it. Requires initTensorflow() first. */
export async function loadNetwork(artefact: GlobalModelArtefact): Promise<tf.LayersModel> {
  const bytes = artefact.weightData;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return tf.loadLayersModel(tf.io.fromMemory({ modelTopology: artefact.topology, weightSpecs: artefact.weightSpecs, weightData: buffer }));
}

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

/**
 * In-memory save and load of the network (plain tfjs has no file:// saving in Node). The column
 * form the workspace stores is in artefact-columns.ts, which needs no tfjs.
 */

import * as tf from '@tensorflow/tfjs';
import type { GlobalModelArtefact, GlobalModelMeta } from './types';

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

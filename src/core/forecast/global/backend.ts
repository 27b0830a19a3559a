/**
 * The one place that starts TensorFlow.js on the wasm backend (SIMD, single-threaded in Node).
 * Idempotent per thread: every worker thread has its own tfjs instance and calls this once.
 */

import { createRequire } from 'node:module';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

let ready: Promise<typeof tf> | null = null;

/** Folder of the package's .wasm binaries, with a trailing separator as setWasmPaths expects. */
export function wasmBinaryFolder(): string {
  const entry = createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm');
  return path.dirname(entry) + path.sep;
}

export function initTensorflow(): Promise<typeof tf> {
  ready ??= (async () => {
    if (tf.getBackend() !== 'wasm') {
      setWasmPaths(wasmBinaryFolder());
      const ok = await tf.setBackend('wasm');
      if (!ok || tf.getBackend() !== 'wasm') throw new Error('TensorFlow.js could not start its wasm backend');
    }
    await tf.ready();
    return tf;
  })();
  // A failed start may be retried (e.g. after the caller fixes the install).
  ready.catch(() => (ready = null));
  return ready;
}

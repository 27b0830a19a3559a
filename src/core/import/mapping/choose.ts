import type { Db } from '../../db/workspace';
import type { Cell } from '../../ground/files/read/cell';
import type { ImportKind, ImportMapping } from '../types';
import { proposeMapping } from './propose';
import { loadSavedMapping } from './saved';

export interface ChosenMapping {
  mapping: ImportMapping;
  source: 'given' | 'saved' | 'proposed';
}

/** The mapping the caller gave; else the one saved for this file shape; else a proposal. */
export function chooseMapping(
  db: Db | null,
  kind: ImportKind,
  headers: readonly string[],
  samples: readonly (readonly Cell[])[],
  requested: ImportMapping | 'auto' | undefined,
): ChosenMapping {
  if (requested && requested !== 'auto') return { mapping: requested, source: 'given' };
  const saved = db ? loadSavedMapping(db, kind, headers) : null;
  if (saved) return { mapping: saved, source: 'saved' };
  return { mapping: proposeMapping(kind, headers, samples).mapping, source: 'proposed' };
}

import { migration001 } from './001_initial';
import type { Migration } from './types';

/** Append-only: never edit a migration that has shipped, add the next one. */
export const migrations: readonly Migration[] = [migration001];

export const latestSchemaVersion = migrations[migrations.length - 1]!.version;

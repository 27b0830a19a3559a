/**
 * Lead-time facts kept in the workspace (migration 020) while the purchases and suppliers versions
 * they were read at stand (db/data-versions.ts: every writer of PO lines, receipts, suppliers or
 * terms moves one in its own transaction). Readers take kept facts when they hold and read them
 * fresh otherwise; only a writer keeps them (`keepLeadTimeFacts`), so a read never writes.
 */

import type Database from 'better-sqlite3';
import { dataVersion } from '../db/data-versions';
import { readLeadTimeFacts, type LeadTimeFacts } from './lead-times-facts';

export interface FactsRead {
  facts: LeadTimeFacts;
  /** The versions the facts were read at (JSON text). */
  inputs: string;
  /** 'kept': taken from the workspace; 'read': read from the purchases now. */
  from: 'kept' | 'read';
}

const COLUMNS = [
  ['supplier_id', 'supplierId', Int32Array],
  ['product_id', 'productId', Int32Array],
  ['order_day', 'orderDay', Int32Array],
  ['visible_day', 'visibleDay', Int32Array],
  ['due_day', 'dueDay', Int32Array],
  ['received', 'received', Int32Array],
  ['ordered', 'ordered', Float64Array],
  ['receipt_end', 'receiptEnd', Int32Array],
  ['receipt_day', 'receiptDay', Int32Array],
  ['receipt_accepted', 'receiptAccepted', Float64Array],
] as const;

type ColumnKey = (typeof COLUMNS)[number][1];

export function factsInputs(db: Database.Database): string {
  return JSON.stringify({ purchases: dataVersion(db, 'purchases'), suppliers: dataVersion(db, 'suppliers') });
}

/** The facts as of now: kept ones while their versions stand, else read (in one read snapshot). */
export function leadTimeFactsOf(db: Database.Database): FactsRead {
  return inOneSnapshot(db, () => {
    const inputs = factsInputs(db);
    const kept = keptFacts(db, inputs);
    return kept ? { facts: kept, inputs, from: 'kept' } : { facts: readLeadTimeFacts(db), inputs, from: 'read' };
  });
}

/** Whether facts are kept for the purchases and suppliers as they are (reading them is then a look-up). */
export function leadTimeFactsKept(db: Database.Database): boolean {
  const kept = db.prepare('SELECT inputs FROM lead_time_facts WHERE id = 1').pluck().get() as string | undefined;
  return kept === factsInputs(db);
}

/** Keeps facts read at `inputs` (a writer's call; its own transaction). */
export function keepLeadTimeFacts(db: Database.Database, read: FactsRead): void {
  if (read.from === 'kept' || db.readonly) return;
  const { facts } = read;
  const names = COLUMNS.map(([column]) => column);
  db.transaction(() => {
    // Versions moved since the read: what was read is no longer the purchases' facts.
    if (factsInputs(db) !== read.inputs) return;
    db.prepare(
      `INSERT OR REPLACE INTO lead_time_facts (id, inputs, lines, receipts, ${names.join(', ')})
       VALUES (1, ?, ?, ?, ${names.map(() => '?').join(', ')})`,
    ).run(read.inputs, facts.lines, facts.receiptDay.length, ...COLUMNS.map(([, key]) => bytesOf(facts[key])));
  })();
}

function keptFacts(db: Database.Database, inputs: string): LeadTimeFacts | null {
  const row = db
    .prepare(`SELECT inputs, lines, receipts, ${COLUMNS.map(([column]) => column).join(', ')} FROM lead_time_facts WHERE id = 1`)
    .raw(true)
    .get() as [string, number, number, ...Buffer[]] | undefined;
  if (!row || row[0] !== inputs) return null;
  const facts = { lines: row[1] } as Partial<Record<ColumnKey, Int32Array | Float64Array>> & { lines: number };
  COLUMNS.forEach(([, key, Type], c) => {
    const bytes = row[3 + c] as Buffer;
    // A copy: a Buffer's bytes need not sit on the typed array's alignment.
    const column = new Type(bytes.byteLength / Type.BYTES_PER_ELEMENT);
    new Uint8Array(column.buffer).set(bytes);
    facts[key] = column;
  });
  return facts as LeadTimeFacts;
}

function bytesOf(column: Int32Array | Float64Array): Buffer {
  return Buffer.from(column.buffer, column.byteOffset, column.byteLength);
}

/** Reads in one snapshot (a deferred transaction unless one is open): versions and rows agree. */
export function inOneSnapshot<T>(db: Database.Database, work: () => T): T {
  if (db.inTransaction) return work();
  db.exec('BEGIN');
  try {
    return work();
  } finally {
    db.exec('COMMIT');
  }
}

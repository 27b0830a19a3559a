/**
 * Workspace-wide planning choices kept between plans: the cash budget a new plan is cut to
 * (null = no budget). Changes are audited like the segment settings.
 */

import type Database from 'better-sqlite3';
import { budgetSchema } from '../../shared/contract/schemas/planning';
import { checkWith } from '../ground/errors/check-with';

const BUDGET_KEY = 'budget';

export function readBudget(db: Database.Database): number | null {
  const value = db.prepare('SELECT value FROM planning_preferences WHERE key = ?').pluck().get(BUDGET_KEY) as string | undefined;
  if (value === undefined) return null;
  const parsed = JSON.parse(value) as unknown;
  return typeof parsed === 'number' ? parsed : null;
}

export function saveBudget(db: Database.Database, budget: number | null, actor = 'user'): void {
  if (budget !== null) checkWith(budgetSchema, budget, 'A budget must be an amount of 0 or more, or empty for none', { field: 'budget' });
  db.transaction(() => {
    db.prepare(
      `INSERT INTO planning_preferences (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    ).run(BUDGET_KEY, JSON.stringify(budget), new Date().toISOString());
    db.prepare("INSERT INTO audit_log (actor, action, entity, entity_id, details) VALUES (?, 'planning.budget', 'planning_preferences', ?, ?)")
      .run(actor, BUDGET_KEY, JSON.stringify({ budget }));
  })();
}

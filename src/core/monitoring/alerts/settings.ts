import type Database from 'better-sqlite3';
import { alertSettingsPatchSchema, alertSettingsSchema, type AlertSettings } from '../../../shared/contract/schemas/monitoring';
import { AppError } from '../../ground/errors/app-error';

export const DEFAULT_ALERT_SETTINGS: AlertSettings = {
  excessWeeks: 26,
  deadDays: 90,
  biasPct: 30,
  otifDropPoints: 10,
  otifMinDeliveries: 10,
  staleStockDays: 7,
  staleSalesDays: 3,
  stalePurchaseOrderDays: 30,
  minMoney: 100,
  materialityPct: 1,
  highMoney: 10_000,
  snoozeDays: 7,
};

/** The saved thresholds over the defaults; a value saved by an older version that no longer fits is ignored. */
export function readAlertSettings(db: Database.Database): AlertSettings {
  const rows = db.prepare('SELECT key, value FROM alert_settings').raw(true).all() as [string, string][];
  const merged: Record<string, unknown> = { ...DEFAULT_ALERT_SETTINGS };
  for (const [key, value] of rows) if (key in merged) merged[key] = JSON.parse(value) as unknown;
  const parsed = alertSettingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_ALERT_SETTINGS;
}

/** Saves some thresholds in one audited transaction; a bad value changes nothing. */
export function saveAlertSettings(db: Database.Database, patch: Partial<AlertSettings>, actor = 'user'): AlertSettings {
  const checked = alertSettingsPatchSchema.safeParse(patch);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new AppError('invalid_input', `Alert setting ${String(issue?.path[0] ?? '')}: ${issue?.message ?? 'invalid'}`, { field: String(issue?.path[0] ?? '') });
  }
  const now = new Date().toISOString();
  db.transaction(() => {
    const before = readAlertSettings(db);
    const upsert = db.prepare('INSERT INTO alert_settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at');
    const changed: Record<string, { from: unknown; to: unknown }> = {};
    for (const [key, value] of Object.entries(checked.data)) {
      if (value === undefined) continue;
      upsert.run(key, JSON.stringify(value), now);
      changed[key] = { from: before[key as keyof AlertSettings], to: value };
    }
    db.prepare("INSERT INTO audit_log (actor, action, entity, entity_id, details) VALUES (?, 'alerts.settings', 'alert_settings', NULL, ?)").run(actor, JSON.stringify(changed));
  })();
  return readAlertSettings(db);
}

/**
 * Service targets and policies by segment. Defaults are set per ABC×XYZ class (A = the items
 * carrying the most value get the highest targets; Z = the least predictable get slightly lower
 * ones, because each point of service costs much more stock for them). The user can change a
 * class, a category or a single SKU; the most specific scope wins: SKU > category > class > default.
 */

import type Database from 'better-sqlite3';
import { serviceLevelSchema } from '../../shared/contract/schemas/planning';
import { checkWith } from '../ground/errors/check-with';
import type { Abc, Xyz } from './classify';

export type Policy = 'order_up_to' | 'reorder_point';
export type SettingScope = 'default' | 'class' | 'category' | 'sku';

export interface SegmentSetting {
  serviceLevel: number;
  policy: Policy;
  /** Days between reviews (order-up-to); for a reorder point, the cycle the EOQ is checked against. */
  reviewDays: number;
}

export interface SettingOverride {
  scope: SettingScope;
  /** '' for default; 'AX' … 'CZ' for a class; the category name; the product id as text. */
  scopeKey: string;
  serviceLevel?: number | null;
  policy?: Policy | null;
  reviewDays?: number | null;
}

export const DEFAULT_SETTING: SegmentSetting = { serviceLevel: 0.95, policy: 'order_up_to', reviewDays: 7 };

/** Default cycle-service targets per class. */
export const DEFAULT_CLASS_SERVICE: Record<`${Abc}${Xyz}`, number> = {
  AX: 0.98, AY: 0.97, AZ: 0.95,
  BX: 0.96, BY: 0.95, BZ: 0.93,
  CX: 0.93, CY: 0.92, CZ: 0.9,
};

export function readSettingOverrides(db: Database.Database): SettingOverride[] {
  return db
    .prepare(
      `SELECT scope, scope_key AS scopeKey, service_level AS serviceLevel, policy, review_days AS reviewDays
       FROM planning_settings ORDER BY id`,
    )
    .all() as SettingOverride[];
}

/** Creates or replaces the setting of one scope, and audits it. */
export function saveSettingOverride(db: Database.Database, override: SettingOverride, actor = 'user'): void {
  if (override.serviceLevel != null) {
    checkWith(serviceLevelSchema, override.serviceLevel, 'A service level must be between 0 and 1 (e.g. 0.95)', { field: 'serviceLevel' });
  }
  db.transaction(() => {
    db.prepare(
      `INSERT INTO planning_settings (scope, scope_key, service_level, policy, review_days, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (scope, scope_key) DO UPDATE SET service_level = excluded.service_level, policy = excluded.policy,
         review_days = excluded.review_days, updated_at = excluded.updated_at`,
    ).run(override.scope, override.scopeKey, override.serviceLevel ?? null, override.policy ?? null, override.reviewDays ?? null, new Date().toISOString());
    db.prepare("INSERT INTO audit_log (actor, action, entity, entity_id, details) VALUES (?, 'planning.setting', 'planning_settings', ?, ?)")
      .run(actor, `${override.scope}:${override.scopeKey}`, JSON.stringify(override));
  })();
}

export interface SegmentKey {
  productId: number;
  category: string | null;
  abc: Abc;
  xyz: Xyz;
}

/**
 * Resolves each field separately, so a SKU can change only its policy and keep its class's target.
 * Resolved once per category and class for SKUs without their own setting (a plan asks per line):
 * the setting handed out is shared, never to be changed by the caller.
 */
export function settingResolver(overrides: readonly SettingOverride[]): (key: SegmentKey) => SegmentSetting {
  const byScope = new Map(overrides.map((o) => [`${o.scope}:${o.scopeKey}`, o]));
  const base = byScope.get('default:');
  const resolve = (own: SettingOverride | undefined, category: string | null, cls: `${Abc}${Xyz}`): SegmentSetting => {
    const chain = [own, category !== null ? byScope.get(`category:${category}`) : undefined, byScope.get(`class:${cls}`), base];
    const pick = <K extends 'serviceLevel' | 'policy' | 'reviewDays'>(k: K) => chain.find((o) => o?.[k] != null)?.[k] ?? undefined;
    return {
      serviceLevel: pick('serviceLevel') ?? DEFAULT_CLASS_SERVICE[cls],
      policy: pick('policy') ?? DEFAULT_SETTING.policy,
      reviewDays: pick('reviewDays') ?? DEFAULT_SETTING.reviewDays,
    };
  };
  const shared = new Map<string, SegmentSetting>();
  return ({ productId, category, abc, xyz }) => {
    const cls = `${abc}${xyz}` as const;
    const own = byScope.get(`sku:${productId}`);
    if (own) return resolve(own, category, cls);
    const key = `${cls}:${category ?? ''}:${category === null ? 0 : 1}`;
    let setting = shared.get(key);
    if (!setting) shared.set(key, (setting = resolve(undefined, category, cls)));
    return setting;
  };
}

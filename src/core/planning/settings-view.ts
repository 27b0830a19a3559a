/** The planning settings as the settings drawer shows them: each class's target in force, the overrides, the catalogue's categories, the budget. */

import type Database from 'better-sqlite3';
import type { PlanningSettings } from '../../shared/contract/schemas/planning';
import type { Abc, Xyz } from './classify';
import { readBudget } from './preferences';
import { DEFAULT_CLASS_SERVICE, readSettingOverrides, settingResolver, type SettingOverride } from './settings';

export function planningSettings(db: Database.Database): PlanningSettings {
  const overrides = readSettingOverrides(db);
  const resolve = settingResolver(overrides);
  const classes = (Object.keys(DEFAULT_CLASS_SERVICE) as (keyof typeof DEFAULT_CLASS_SERVICE)[]).map((cls) => {
    // A class's own setting (or the default's): no SKU or category applies here.
    const setting = resolve({ productId: -1, category: null, abc: cls[0] as Abc, xyz: cls[1] as Xyz });
    return { cls, ...setting, defaultServiceLevel: DEFAULT_CLASS_SERVICE[cls] };
  });
  const categories = db.prepare('SELECT DISTINCT category FROM products WHERE category IS NOT NULL ORDER BY category').pluck().all() as string[];
  return { classes, overrides: overrides.map(clean), categories, budget: readBudget(db) };
}

function clean(o: SettingOverride): SettingOverride {
  return {
    scope: o.scope,
    scopeKey: o.scopeKey,
    ...(o.serviceLevel != null ? { serviceLevel: o.serviceLevel } : {}),
    ...(o.policy != null ? { policy: o.policy } : {}),
    ...(o.reviewDays != null ? { reviewDays: o.reviewDays } : {}),
  };
}

import type Database from 'better-sqlite3';
import { z } from 'zod';
import { AppError } from '../ground/errors/app-error';

/**
 * How scores are made. Weights are relative (they need not sum to 100); the prior strength is the
 * number of deliveries a supplier needs before its own record counts as much as its category's.
 */
export const scoreWeightsSchema = z
  .object({
    otif: z.number().min(0).max(1000),
    fillRate: z.number().min(0).max(1000),
    leadTime: z.number().min(0).max(1000),
    quality: z.number().min(0).max(1000),
  })
  .strict()
  .refine((w) => w.otif + w.fillRate + w.leadTime + w.quality > 0, { message: 'at least one weight must be above 0' });

export const scorecardSettingsSchema = z
  .object({
    toleranceDays: z.number().int().min(0).max(60),
    weights: scoreWeightsSchema,
    priorStrength: z.number().min(0).max(1000),
    /** Plans assume the promised lead times (no spread, full fill) instead of the measured ones. */
    usePromisedLeadTimes: z.boolean(),
  })
  .strict();

export type ScoreWeights = z.infer<typeof scoreWeightsSchema>;
export type ScorecardSettings = z.infer<typeof scorecardSettingsSchema>;

export const DEFAULT_SCORECARD_SETTINGS: ScorecardSettings = {
  toleranceDays: 0,
  weights: { otif: 40, fillRate: 25, leadTime: 20, quality: 15 },
  priorStrength: 10,
  usePromisedLeadTimes: false,
};

const TABLE = 'supplier_scorecard_settings';

/** The saved settings, or the defaults when none are saved. */
export function readScorecardSettings(db: Database.Database): ScorecardSettings {
  const text = db.prepare(`SELECT settings FROM ${TABLE} WHERE id = 1`).pluck().get() as string | undefined;
  if (!text) return structuredClone(DEFAULT_SCORECARD_SETTINGS);
  // A hand-edited or older row falls back field by field rather than failing the scorecard.
  const saved = scorecardSettingsSchema.partial().safeParse(JSON.parse(text));
  return { ...structuredClone(DEFAULT_SCORECARD_SETTINGS), ...(saved.success ? saved.data : {}) };
}

export interface SettingsPatch extends Partial<Omit<ScorecardSettings, 'weights'>> {
  /** Only the weights named change. */
  weights?: Partial<ScoreWeights>;
}

/**
 * Validates and stores a change in one transaction, with an audit_log row holding the settings
 * before and after (scores change with them, so who changed what matters); returns the settings now in force.
 */
export function saveScorecardSettings(db: Database.Database, patch: SettingsPatch, actor = 'user'): ScorecardSettings {
  return db.transaction(() => {
    const before = readScorecardSettings(db);
    const next = parseSettings({ ...before, ...patch, weights: { ...before.weights, ...(patch.weights ?? {}) } });
    db.prepare(
      `INSERT INTO ${TABLE} (id, settings, updated_at) VALUES (1, ?, ?)
       ON CONFLICT (id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at`,
    ).run(JSON.stringify(next), new Date().toISOString());
    db.prepare('INSERT INTO audit_log (actor, action, entity, entity_id, details) VALUES (?, ?, ?, ?, ?)').run(
      actor, 'scorecard_settings', 'supplier_scorecard_settings', '1', JSON.stringify({ before, after: next }),
    );
    return next;
  })();
}

/** Settings for one computation: the saved ones with any per-call overrides, validated. */
export function resolveSettings(db: Database.Database, overrides: Partial<ScorecardSettings> = {}): ScorecardSettings {
  const saved = readScorecardSettings(db);
  return parseSettings({
    ...saved,
    ...overrides,
    weights: { ...saved.weights, ...(overrides.weights ?? {}) },
  });
}

function parseSettings(value: unknown): ScorecardSettings {
  const parsed = scorecardSettingsSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    throw new AppError('invalid_input', `Scorecard setting ${field || '(settings)'}: ${issue?.message ?? 'invalid'}`, {
      field,
    });
  }
  return parsed.data;
}

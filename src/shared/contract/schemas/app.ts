import { z } from 'zod';
import { apiErrorSchema } from '../errors';

export const localeSchema = z.enum(['en', 'zh-CN']);
export type Locale = z.infer<typeof localeSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  mode: z.enum(['electron', 'browser']),
  platform: z.string(),
  /** The operating system's language, used while the user has not chosen one. */
  systemLocale: localeSchema,
  workspacesFolder: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const settingsSchema = z.object({
  locale: z.enum(['system', 'en', 'zh-CN']),
  theme: z.enum(['light', 'dark']),
});
export type Settings = z.infer<typeof settingsSchema>;
export const settingsPatchSchema = settingsSchema.partial().strict();

export const workspaceSummarySchema = z.object({
  path: z.string(),
  name: z.string(),
  kind: z.enum(['user', 'demo']),
  createdAt: z.string(),
  asOf: z.string().nullable(),
  schemaVersion: z.number().int(),
});
export type WorkspaceSummary = z.infer<typeof workspaceSummarySchema>;

export const recentWorkspaceSchema = z.object({
  path: z.string(),
  name: z.string(),
  kind: z.enum(['user', 'demo']),
  openedAt: z.string(),
  exists: z.boolean(),
});
export type RecentWorkspace = z.infer<typeof recentWorkspaceSchema>;

export const workspaceListSchema = z.object({
  recent: z.array(recentWorkspaceSchema),
  /** The folder where new workspaces go when no path is chosen. */
  folder: z.string(),
  /** Workspace files found in that folder. */
  files: z.array(z.object({ path: z.string(), name: z.string(), sizeBytes: z.number(), modifiedAt: z.string() })),
});
export type WorkspaceList = z.infer<typeof workspaceListSchema>;

/** The figures `supplydesk info --json` prints; scripts rely on this shape. */
export const workspaceInfoSchema = z.object({
  tables: z.record(z.string(), z.number().int()),
  sales: z.object({
    units: z.number(),
    revenue: z.number(),
    skus: z.number().int(),
    from: z.string().nullable(),
    to: z.string().nullable(),
  }),
  products: z.number().int(),
  suppliers: z.number().int(),
});
export type WorkspaceInfo = z.infer<typeof workspaceInfoSchema>;

export const jobKindSchema = z.enum([
  'demo',
  'forecastRun',
  'forecastChunk',
  'globalModel',
  'import',
  'planRun',
  'simulation',
  // An import of a file from a watched folder: the import task, kept apart from the wizard's checks.
  'watchImport',
  'refresh',
  'alerts',
  'recommend',
  'logisticsReplay',
]);
export type JobKind = z.infer<typeof jobKindSchema>;

export const jobStatusSchema = z.enum(['running', 'done', 'failed', 'cancelled']);

export const jobProgressSchema = z.object({
  jobId: z.string(),
  kind: jobKindSchema,
  /** A stable key the UI translates, e.g. "demo.sales". */
  step: z.string(),
  current: z.number(),
  total: z.number(),
});
export type JobProgress = z.infer<typeof jobProgressSchema>;

export const jobInfoSchema = z.object({
  jobId: z.string(),
  kind: jobKindSchema,
  status: jobStatusSchema,
  startedAt: z.string(),
  progress: jobProgressSchema.nullable(),
  error: apiErrorSchema.nullable(),
});
export type JobInfo = z.infer<typeof jobInfoSchema>;

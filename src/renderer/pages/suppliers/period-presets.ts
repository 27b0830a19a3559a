/** The periods offered above the ranking, as due-date ranges ending at the workspace's as-of date. */
export const PERIOD_PRESETS = ['last365', 'last180', 'last90', 'thisYear', 'lastYear'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface PeriodRange {
  from?: string;
  to?: string;
}

const DAY_MS = 86_400_000;

function shift(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The range of a preset; the default (last 365 days) is left to the server, which knows the as-of date. */
export function presetRange(preset: PeriodPreset, asOf: string | null): PeriodRange {
  if (preset === 'last365' || !asOf) return {};
  const year = Number(asOf.slice(0, 4));
  switch (preset) {
    case 'last180':
      return { from: shift(asOf, -179), to: asOf };
    case 'last90':
      return { from: shift(asOf, -89), to: asOf };
    case 'thisYear':
      return { from: `${year}-01-01`, to: asOf };
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  }
}

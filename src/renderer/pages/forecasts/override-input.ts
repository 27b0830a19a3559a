import type { ChannelInput } from '../../../shared/contract/channels';
import type { ForecastGridRow, ForecastRun } from '../../../shared/contract/schemas/forecast';

export type OverrideInput = ChannelInput<'forecast:addOverride'>;

export interface OverrideDraft {
  fromDate: string;
  toDate: string;
  kind: 'percent' | 'set';
  value: number;
  reason: string;
}

/**
 * The API input for an override of one series: location 0 (a run summed over locations)
 * means all locations; 'set' values are units per bucket of the run.
 */
export function overrideInput(run: ForecastRun, row: ForecastGridRow, draft: OverrideDraft): OverrideInput {
  return {
    productId: row.productId,
    locationId: row.locationId === 0 ? null : row.locationId,
    fromDate: draft.fromDate,
    toDate: draft.toDate,
    kind: draft.kind,
    value: draft.value,
    ...(draft.kind === 'set' ? { valuePer: run.frequency } : {}),
    reason: draft.reason.trim(),
  };
}

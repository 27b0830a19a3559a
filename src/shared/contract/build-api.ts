import type { Invoke, SupplyDeskApi, Subscribe } from './api';
import { channelNames, type ChannelName } from './channels';
import type { ApiErrorShape } from './errors';

/** A failed call as the UI sees it: code for translation, details for row/column. */
export class ApiError extends Error implements ApiErrorShape {
  readonly code: ApiErrorShape['code'];
  readonly details: Record<string, unknown>;
  constructor(shape: ApiErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.details = shape.details;
  }
}

/** Build `window.supplydesk` from the channel list and one transport. */
export function buildApi(invoke: Invoke, subscribe: Subscribe): SupplyDeskApi {
  const api: Record<string, Record<string, unknown>> = {};
  for (const channel of channelNames) {
    const [domain, verb] = splitChannel(channel);
    api[domain] ??= {};
    api[domain][verb] = async (input?: unknown) => {
      const envelope = await invoke(channel, input ?? {});
      if (!envelope.ok) throw new ApiError(envelope.error);
      return envelope.value;
    };
  }
  (api as Record<string, unknown>).on = subscribe;
  return api as unknown as SupplyDeskApi;
}

export function splitChannel(channel: ChannelName): [string, string] {
  const [domain, verb] = channel.split(':') as [string, string];
  return [domain, verb];
}

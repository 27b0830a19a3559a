import type { Invoke, SupplyDeskApi, Subscribe } from './api';
import { channelCall, splitChannel } from './api-calls';
import { channelNames } from './channels';

/** Build `window.supplydesk` from the channel list and one transport: a function of its own per channel. */
export function buildApi(invoke: Invoke, subscribe: Subscribe): SupplyDeskApi {
  const api: Record<string, Record<string, unknown>> = {};
  for (const channel of channelNames) {
    const [domain, verb] = splitChannel(channel);
    api[domain] ??= {};
    api[domain][verb] = channelCall(invoke, channel);
  }
  (api as Record<string, unknown>).on = subscribe;
  return api as unknown as SupplyDeskApi;
}

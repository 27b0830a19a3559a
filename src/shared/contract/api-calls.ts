import type { Invoke, SupplyDeskApi, Subscribe } from './api';
import { ApiError } from './api-error';
import type { ChannelName } from './channels';

/** One channel as a function: the transport's envelope unwrapped, a failure thrown as an ApiError. */
export function channelCall(invoke: Invoke, channel: ChannelName): (input?: unknown) => Promise<unknown> {
  return async (input?: unknown) => {
    const envelope = await invoke(channel, input ?? {});
    if (!envelope.ok) throw new ApiError(envelope.error);
    return envelope.value;
  };
}

export function splitChannel(channel: ChannelName): [string, string] {
  const [domain, verb] = channel.split(':') as [string, string];
  return [domain, verb];
}

/**
 * The same API as `buildApi`, each function made from its name when first used: it needs no list
 * of channels, so a page that imports it never builds the contract's schemas (every channel's zod
 * schemas took 0.1–0.5 s of the browser's first chunk). The back end checks every call's channel
 * and input. Not for Electron's preload: its bridge copies an object's own functions, so it builds
 * every one (`buildApi`).
 */
export function callerApi(invoke: Invoke, subscribe: Subscribe): SupplyDeskApi {
  const domains = new Map<string, Record<string, unknown>>();
  const domainOf = (domain: string) => {
    const verbs = new Map<string, unknown>();
    return new Proxy({} as Record<string, unknown>, {
      get: (_target, verb) => {
        // Not a channel: a symbol, or `then` (an object is never taken for a promise).
        if (typeof verb !== 'string' || verb === 'then') return undefined;
        if (!verbs.has(verb)) verbs.set(verb, channelCall(invoke, `${domain}:${verb}` as ChannelName));
        return verbs.get(verb);
      },
    });
  };
  return new Proxy({} as SupplyDeskApi, {
    get: (_target, domain) => {
      if (domain === 'on') return subscribe;
      if (typeof domain !== 'string' || domain === 'then') return undefined;
      if (!domains.has(domain)) domains.set(domain, domainOf(domain));
      return domains.get(domain);
    },
  });
}

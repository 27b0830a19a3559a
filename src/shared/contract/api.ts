import type { ChannelInput, ChannelName, ChannelOutput } from './channels';
import type { ApiErrorShape } from './errors';
import type { EventName, EventPayload } from './events';

/** What a transport returns for one call: never a thrown error across the boundary. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

type Domain<C extends string> = C extends `${infer D}:${string}` ? D : never;
type Verb<C extends string, D extends string> = C extends `${D}:${infer V}` ? V : never;

/** `window.supplydesk`: one function per channel, grouped by domain (`api.workspace.open(...)`). */
export type SupplyDeskApi = {
  [D in Domain<ChannelName>]: {
    [C in ChannelName as Verb<C, D>]: (input?: ChannelInput<C>) => Promise<ChannelOutput<C>>;
  };
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/** The raw function every transport provides; the typed API is built on top of it. */
export type Invoke = (channel: ChannelName, input: unknown) => Promise<Envelope<unknown>>;
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void;

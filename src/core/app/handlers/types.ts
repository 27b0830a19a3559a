import type { z } from 'zod';
import type { ChannelName, ChannelOutput, Channels } from '../../../shared/contract/channels';

export type Handler<C extends ChannelName> = (
  input: z.output<Channels[C]['input']>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** The handlers of one domain: channels whose name starts with `<domain>:`. */
export type DomainHandlers<D extends string> = {
  [C in ChannelName as C extends `${D}:${string}` ? C : never]: Handler<C>;
};

export type HandlerTable = { [C in ChannelName]: Handler<C> };

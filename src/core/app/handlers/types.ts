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

/** Handlers marked with `writes`: the table drops cached reads after each of their successful calls. */
const writingHandlers = new WeakSet<object>();

/**
 * Marks a handler that writes to the open workspace. `createHandlerTable` then calls
 * `ctx.dataChanged()` once the handler succeeded (synchronously after a synchronous handler,
 * when the promise resolves for an async one), and never after it failed.
 */
export function writes<H extends (input: never) => unknown>(handler: H): H {
  writingHandlers.add(handler);
  return handler;
}

export function isWriting(handler: object): boolean {
  return writingHandlers.has(handler);
}

/** The handler, followed by `changed()` after each success. */
export function afterSuccess(handler: (input: unknown) => unknown, changed: () => void): (input: unknown) => unknown {
  return (input) => {
    const result = handler(input);
    if (result instanceof Promise) {
      return result.then((value: unknown) => {
        changed();
        return value;
      });
    }
    changed();
    return result;
  };
}

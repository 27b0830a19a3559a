import type { Envelope } from '../../shared/contract/api';
import { channels, type ChannelName } from '../../shared/contract/channels';
import { toApiError } from '../ground/errors/to-api-error';
import type { HandlerTable } from './handlers/types';

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(channels, name);
}

/**
 * Whether handler outputs are checked against the contract. On in tests and development (the
 * browser mode, the Electron dev build); the packaged app turns it off for speed.
 */
let checkOutputs = process.env.NODE_ENV !== 'production';

export function checkHandlerOutputs(on: boolean): void {
  checkOutputs = on;
}

/**
 * Validate the input against the channel's schema, run the handler, and return
 * an envelope: the one code path behind both IPC and HTTP. Outside production the
 * handler's output is checked against the channel's output schema too: a handler that
 * breaks the contract fails loudly instead of handing the renderer a wrong shape.
 */
export async function dispatch(table: HandlerTable, channel: string, rawInput: unknown): Promise<Envelope<unknown>> {
  if (!isChannelName(channel)) {
    return { ok: false, error: { code: 'not_found', message: `Unknown channel ${channel}`, details: { channel } } };
  }
  const parsed = channels[channel].input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: toApiError(parsed.error) };
  let value: unknown;
  try {
    const handler = table[channel] as (input: unknown) => unknown;
    value = await handler(parsed.data);
  } catch (error) {
    return { ok: false, error: toApiError(error) };
  }
  if (checkOutputs) {
    const checked = channels[channel].output.safeParse(value);
    if (!checked.success) {
      const issues = checked.error.issues.slice(0, 5).map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
      console.error(`The ${channel} handler's output breaks the contract:`, issues);
      return {
        ok: false,
        error: { code: 'internal', message: `The ${channel} handler's output breaks the contract`, details: { channel, issues } },
      };
    }
  }
  return { ok: true, value };
}

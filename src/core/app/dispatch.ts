import type { Envelope } from '../../shared/contract/api';
import { channels, type ChannelName } from '../../shared/contract/channels';
import { toApiError } from '../ground/errors/to-api-error';
import type { HandlerTable } from './handlers/types';

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(channels, name);
}

/**
 * Validate the input against the channel's schema, run the handler, and return
 * an envelope: the one code path behind both IPC and HTTP.
 */
export async function dispatch(table: HandlerTable, channel: string, rawInput: unknown): Promise<Envelope<unknown>> {
  if (!isChannelName(channel)) {
    return { ok: false, error: { code: 'not_found', message: `Unknown channel ${channel}`, details: { channel } } };
  }
  const parsed = channels[channel].input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: toApiError(parsed.error) };
  try {
    const handler = table[channel] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: toApiError(error) };
  }
}

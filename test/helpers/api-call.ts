import { dispatch } from '../../src/core/app/dispatch';
import type { HandlerTable } from '../../src/core/app/handlers';
import { channels, type ChannelName, type ChannelOutput } from '../../src/shared/contract/channels';
import type { ApiErrorShape } from '../../src/shared/contract/errors';

/** One channel called through the handler table, as both transports call it. */
export type ApiCall = <C extends ChannelName>(channel: C, input?: unknown) => Promise<ChannelOutput<C>>;

/**
 * A typed caller of a handler table: a failed envelope is thrown as an Error carrying the error's
 * code and details, and the value is parsed by the contract's output schema the UI is typed against.
 */
export function apiCaller(table: HandlerTable): ApiCall {
  return async <C extends ChannelName>(channel: C, input: unknown = {}): Promise<ChannelOutput<C>> => {
    const envelope = await dispatch(table, channel, input);
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), envelope.error);
    return channels[channel].output.parse(envelope.value) as ChannelOutput<C>;
  };
}

/** The error a channel answers with; throws when the call succeeds instead. */
export async function apiFailure(table: HandlerTable, channel: ChannelName, input: unknown): Promise<ApiErrorShape> {
  const envelope = await dispatch(table, channel, input);
  if (envelope.ok) throw new Error(`${channel} should have failed`);
  return envelope.error;
}

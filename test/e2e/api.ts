import type { ChannelName, ChannelOutput } from '../../src/shared/contract/channels';
import type { RunningServer } from './server';

/** Calls the real back end directly, to compute what the UI should show. */
export async function callApi<C extends ChannelName>(server: RunningServer, channel: C, input: unknown = {}): Promise<ChannelOutput<C>> {
  const response = await fetch(`${server.origin}/api/call/${channel}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as { ok: true; value: ChannelOutput<C> } | { ok: false; error: { message: string } };
  if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.message}`);
  return envelope.value;
}

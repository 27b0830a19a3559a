import { describe, expect, it } from 'vitest';
import type { Envelope, Invoke } from './api';
import { callerApi } from './api-calls';
import { ApiError } from './api-error';
import { buildApi } from './build-api';
import { channelNames, type ChannelName } from './channels';

/** A transport that records what it was asked and answers with the channel's name. */
function recording() {
  const calls: { channel: ChannelName; input: unknown }[] = [];
  const invoke: Invoke = async (channel, input) => {
    calls.push({ channel, input });
    return { ok: true, value: channel } satisfies Envelope<unknown>;
  };
  return { calls, invoke };
}

const subscribe = () => () => undefined;

describe('callerApi', () => {
  it('calls every channel of the contract as buildApi does', async () => {
    const byCaller = recording();
    const byList = recording();
    const caller = callerApi(byCaller.invoke, subscribe) as unknown as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
    const built = buildApi(byList.invoke, subscribe) as unknown as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
    for (const channel of channelNames) {
      const [domain, verb] = channel.split(':') as [string, string];
      expect(await caller[domain]![verb]!({ n: 1 })).toBe(await built[domain]![verb]!({ n: 1 }));
    }
    expect(byCaller.calls).toEqual(byList.calls);
    expect(byCaller.calls).toHaveLength(channelNames.length);
  });

  it('sends an empty input when none is given and keeps one function per channel', async () => {
    const { calls, invoke } = recording();
    const api = callerApi(invoke, subscribe);
    expect(api.forecast.runs).toBe(api.forecast.runs);
    await api.forecast.runs();
    expect(calls).toEqual([{ channel: 'forecast:runs', input: {} }]);
  });

  it('throws a failed call as an ApiError with its code and details', async () => {
    const api = callerApi(async () => ({ ok: false, error: { code: 'not_found', message: 'No forecast run 9', details: { runId: 9 } } }), subscribe);
    const failure = api.forecast.gridFacts({ runId: 9 });
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ code: 'not_found', message: 'No forecast run 9', details: { runId: 9 } });
  });

  it('hands `on` to the transport and is never taken for a promise', async () => {
    const { invoke } = recording();
    const api = callerApi(invoke, subscribe);
    expect(api.on).toBe(subscribe);
    expect((api as unknown as { then?: unknown }).then).toBeUndefined();
    expect((api.forecast as unknown as { then?: unknown }).then).toBeUndefined();
    await expect(Promise.resolve(api)).resolves.toBe(api);
  });
});

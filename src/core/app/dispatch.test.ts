import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkHandlerOutputs, dispatch } from './dispatch';
import type { HandlerTable } from './handlers/types';

describe('dispatch checks handler outputs against the contract outside production', () => {
  afterEach(() => checkHandlerOutputs(true));

  it('refuses an output that breaks the channel’s schema, naming the channel and the field', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const table = { 'forecast:runs': () => [{ id: 'one' }] } as unknown as HandlerTable;
    const envelope = await dispatch(table, 'forecast:runs', {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'internal', message: 'The forecast:runs handler’s output breaks the contract'.replace('’', "'") } });
    expect(JSON.stringify(envelope)).toContain('0.id');

    // The packaged app skips the check.
    checkHandlerOutputs(false);
    expect(await dispatch(table, 'forecast:runs', {})).toEqual({ ok: true, value: [{ id: 'one' }] });
  });

  it('passes a conforming output through as the handler returned it', async () => {
    const table = { 'forecast:runs': () => [] } as unknown as HandlerTable;
    expect(await dispatch(table, 'forecast:runs', {})).toEqual({ ok: true, value: [] });
  });
});

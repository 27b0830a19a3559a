import type { ChannelName, ChannelOutput } from '../../src/shared/contract/channels';
import { expect } from '@playwright/test';
import type { ImportKindName } from '../../src/shared/contract/schemas/import';
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

/**
 * Imports a file as the wizard would (upload, inspect for the proposed mapping, import as a job),
 * for data a spec needs but whose wizard steps another spec drives.
 */
export async function importThroughApi(server: RunningServer, name: string, content: string, kind: ImportKindName): Promise<void> {
  const response = await fetch(`${server.origin}/api/files/upload?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.token}` },
    body: content,
  });
  const upload = (await response.json()) as { ok: true; value: { path: string } } | { ok: false; error: { message: string } };
  if (!upload.ok) throw new Error(`upload of ${name} failed: ${upload.error.message}`);
  const { path } = upload.value;
  const inspection = await callApi(server, 'import:inspect', { path, kind });
  const { jobId } = await callApi(server, 'import:start', { path, kind, mapping: inspection.mapping });
  await expect
    .poll(async () => (await callApi(server, 'jobs:list')).find((job) => job.jobId === jobId)?.status, { message: `import of ${name}`, timeout: 60_000 })
    .toBe('done');
}

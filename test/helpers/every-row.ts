import type { ChannelName, ChannelOutput } from '../../src/shared/contract/channels';

/** The channels that give a large grid page by page. */
type Paged = 'forecast:gridPage' | 'planning:linePage';
type Call = <C extends ChannelName>(channel: C, input?: unknown) => Promise<ChannelOutput<C>>;

/** Every row of a paged grid, page after page in the grid's own order: what a test compares the UI and the core with. */
export async function everyRow<C extends Paged>(call: Call, channel: C, input: Record<string, unknown>): Promise<ChannelOutput<C>['rows']> {
  const rows: unknown[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await call(channel, { ...input, offset, limit: 1000 });
    rows.push(...page.rows);
    if (page.rows.length === 0 || rows.length >= page.matched) return rows as ChannelOutput<C>['rows'];
  }
}

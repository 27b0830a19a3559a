import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { figuresTestWorkspace, type FiguresTestWorkspace } from '../../../test/fixtures/key-figures-workspace';
import { dashboardCommand } from './dashboard';

let ws: FiguresTestWorkspace;
const printed: string[] = [];

beforeAll(() => {
  ws = figuresTestWorkspace();
  vi.spyOn(console, 'log').mockImplementation((text: string) => void printed.push(text));
});
afterAll(() => {
  vi.restoreAllMocks();
  ws.cleanup();
});

describe('dashboard command', () => {
  it('prints each figure with its change, trend and definition', () => {
    printed.length = 0;
    dashboardCommand(['--workspace', ws.workspace.path]);
    const text = printed.join('\n');
    expect(text).toContain('as of 2026-06-30 (change against 2026-06-02)');
    expect(text).toMatch(/Stock value \(at cost\)\s+920\s+▲ 440 worse/);
    expect(text).toMatch(/Fill rate\s+83\.3%\s+▼ 16\.7 pts worse/);
    expect(text).toMatch(/Overdue PO lines\s+1\s+▲ 1 worse\s+value 400/);
    expect(text).toContain('trend  ');
    expect(text).toContain('how    Units sold ÷ units demanded over the last 4 weeks.');
  });

  it('prints one JSON object with the trend and the definition of each figure', () => {
    printed.length = 0;
    dashboardCommand(['--workspace', ws.workspace.path, '--json']);
    const json = JSON.parse(printed.join('')) as { asOf: string; figures: { id: string; value: number; trend: unknown[]; definition: string }[] };
    expect(json.asOf).toBe('2026-06-30');
    const open = json.figures.find((f) => f.id === 'openPoValue')!;
    expect(open.value).toBe(550);
    expect(open.trend).toHaveLength(12);
    expect(open.definition).toMatch(/^Units still to come on open PO lines/);
  });
});

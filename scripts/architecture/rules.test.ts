import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkArchitecture } from './rules';

let root: string;
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

/** A throwaway src/ tree: path → source text. */
function tree(files: Record<string, string>): string {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

describe('the architecture check', () => {
  it('passes arrows that point down', () => {
    const src = tree({
      'core/ground/task-context.ts': 'export const a = 1;',
      'core/planning/plan.ts': "import { a } from '../ground/task-context';\nimport { b } from '../forecasting/run';",
      'core/forecasting/run.ts': "export const b = 2;",
      'core/app/jobs.ts': "import { b } from '../forecasting/run';",
    });
    expect(checkArchitecture(src)).toMatchObject({ violations: [], loops: [] });
  });

  it('fails on a deliberate arrow up from a domain into app, even through a dynamic import', () => {
    const src = tree({
      'core/app/jobs/runner.ts': 'export const runner = 1;',
      'core/forecasting/run.ts': "export async function f() { return import('../app/jobs/runner'); }",
    });
    const { violations } = checkArchitecture(src);
    expect(violations).toHaveLength(1);
    expect(violations[0]!.rule).toMatch(/core\/forecasting \(domains\) may not import core\/app \(app\)/);
  });

  it('fails when a lower domain imports a higher one, and when ground imports anything above it', () => {
    const src = tree({
      'core/forecasting/run.ts': "import { p } from '../planning/plan';",
      'core/planning/plan.ts': 'export const p = 1;',
      'core/ground/random.ts': "export { p } from '../planning/plan';",
    });
    expect(checkArchitecture(src).violations.map((v) => v.from).sort()).toEqual(['core/forecasting/run.ts', 'core/ground/random.ts']);
  });

  it('fails on a folder of core that is on no floor', () => {
    const src = tree({ 'core/misc/x.ts': "import { a } from '../ground/a';", 'core/ground/a.ts': 'export const a = 1;' });
    expect(checkArchitecture(src).violations[0]!.rule).toMatch(/on no floor/);
  });

  it('finds an import loop', () => {
    const src = tree({
      'core/suppliers/a.ts': "import { b } from './b';\nexport const a = 1;",
      'core/suppliers/b.ts': "import { a } from './a';\nexport const b = 1;",
    });
    expect(checkArchitecture(src).loops).toEqual([['core/suppliers/a.ts', 'core/suppliers/b.ts']]);
  });

  it('fails when a page imports another page or a hook imports a page; the shell may', () => {
    const src = tree({
      'renderer/pages/alerts/AlertsPage.tsx': "import { X } from '../replenishment/X';",
      'renderer/pages/replenishment/X.tsx': 'export const X = 1;',
      'renderer/hooks/useThing.ts': "import { X } from '../pages/replenishment/X';",
      'renderer/shell/PageOutlet.tsx': "import { X } from '../pages/replenishment/X';",
    });
    const rules = checkArchitecture(src).violations.map((v) => v.rule).sort();
    expect(rules).toEqual(['page alerts may not import page replenishment: share it through components/, hooks/ or store/', 'renderer/hooks may not import a page: only the shell does']);
  });

  it('lets tests import from any floor', () => {
    const src = tree({
      'core/app/jobs/runner.ts': 'export const runner = 1;',
      'core/forecasting/run.test.ts': "import { runner } from '../app/jobs/runner';",
    });
    expect(checkArchitecture(src).violations).toEqual([]);
  });
});

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkArchitecture } from './rules';

const srcRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

describe('the project keeps docs/ARCHITECTURE.md', () => {
  const report = checkArchitecture(srcRoot);

  it('reads the whole source tree', () => {
    expect(report.files).toBeGreaterThan(500);
  });

  it('has no arrow that runs back up a floor, and no page importing another page', () => {
    expect(report.violations.map((v) => `${v.from} -> ${v.to}: ${v.rule}`)).toEqual([]);
  });

  it('has no import loop', () => {
    expect(report.loops).toEqual([]);
  });
});

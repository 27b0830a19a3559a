import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importStock, importTerms, salesOnlyWorkspace } from '../../../test/fixtures/first-hour-workspace';
import type { Workspace } from '../db/workspace';
import { buildPlan } from './build-plan';

const SKUS = 60;
let dir = '';
let ws: Workspace;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-missing-inputs-'));
  ws = await salesOnlyWorkspace(dir, SKUS, { forecast: true });
}, 120_000);
afterAll(() => {
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

// One workspace grows as a merchant's does: sales only, then stock, then suppliers and terms for half the SKUs.
describe('a plan that lacks its inputs says which, per SKU', () => {
  it('sales only: every SKU lacks both a stock snapshot and supplier terms, and nothing is ordered', () => {
    const plan = buildPlan(ws.db);
    expect(plan.summary.skuLocations).toBe(SKUS);
    expect(plan.summary.linesToOrder).toBe(0);
    expect(plan.summary.missingInputs).toEqual({ stockAndTerms: SKUS, stockOnly: 0, termsOnly: 0 });
  });

  it('with stock but no terms: every SKU lacks terms only', async () => {
    await importStock(ws, dir, SKUS);
    const plan = buildPlan(ws.db);
    expect(plan.summary.linesToOrder).toBe(0);
    expect(plan.summary.missingInputs).toEqual({ stockAndTerms: 0, stockOnly: 0, termsOnly: SKUS });
  });

  it('with terms for half the SKUs: the other half lacks terms, the first half is planned', async () => {
    await importTerms(ws, dir, SKUS / 2);
    const plan = buildPlan(ws.db);
    expect(plan.summary.missingInputs).toEqual({ stockAndTerms: 0, stockOnly: 0, termsOnly: SKUS / 2 });
    expect(plan.summary.linesToOrder).toBeGreaterThan(0);
    expect(plan.lines.filter((l) => l.quantity > 0).every((l) => l.supplierId !== null && l.hasSnapshot)).toBe(true);
  });
});

import path from 'node:path';
import { openWorkspace } from '../../core/db/workspace';
import { DEFAULT_MIN_MAX, loadSimulationInput, serviceCurve, simulatePolicy, type PolicyResult, type SimPolicy } from '../../core/planning';
import { integerOption, parseCommandArgs, requireOption } from '../args';
import { CliUsageError } from '../usage-error';
import { fractionOption } from './plan';
import { simulateLogistics } from './simulate-logistics';

const CURVE_TARGETS = [0.8, 0.85, 0.9, 0.95, 0.97, 0.99];

/**
 * `simulate --workspace FILE --from DATE --to DATE [--policy current|supplydesk] [--service 0.95] [--review-days 7]
 *   [--min-days 14 --max-days 45] [--curve] [--json]`
 * `simulate --workspace FILE --logistics [--from DATE] [--to DATE | --days N] [--service 0.95] [--json]`:
 *   the A/B replay of transfers and mode choice (simulate-logistics.ts).
 * Replays the period's actual daily demand under the merchant's min/max rule ("current") and
 * SupplyDesk's policy, side by side; --curve adds service against inventory for a range of targets.
 */
export async function simulateCommand(args: string[]): Promise<void> {
  const { values } = parseCommandArgs(args, {
    workspace: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    policy: { type: 'string' },
    service: { type: 'string' },
    'review-days': { type: 'string' },
    'min-days': { type: 'string' },
    'max-days': { type: 'string' },
    curve: { type: 'boolean' },
    json: { type: 'boolean' },
    logistics: { type: 'boolean' },
    days: { type: 'string' },
  });
  const file = path.resolve(requireOption(values.workspace, 'workspace'));
  if (values.logistics) {
    const days = integerOption(values.days, 'days', 28, 730);
    const serviceLevel = fractionOption(values.service, 'service');
    simulateLogistics({
      file, json: values.json === true,
      ...(values.from !== undefined ? { from: dateOption(values.from, 'from') } : {}),
      ...(values.to !== undefined ? { to: dateOption(values.to, 'to') } : {}),
      ...(days !== undefined ? { days } : {}),
      ...(serviceLevel !== undefined ? { serviceLevel } : {}),
    });
    return;
  }
  const from = dateOption(requireOption(values.from, 'from'), 'from');
  const to = dateOption(requireOption(values.to, 'to'), 'to');
  if (to < from) throw new CliUsageError('--to must not be before --from');
  const kinds = values.policy === undefined ? ['current', 'supplydesk'] : [values.policy];
  if (!kinds.every((k) => k === 'current' || k === 'supplydesk')) throw new CliUsageError(`--policy must be current or supplydesk, not "${values.policy}"`);
  const serviceLevel = fractionOption(values.service, 'service') ?? 0.95;
  const reviewDays = integerOption(values['review-days'], 'review-days', 1, 90) ?? 7;
  const minCoverDays = integerOption(values['min-days'], 'min-days', 0, 365) ?? DEFAULT_MIN_MAX.minCoverDays;
  const maxCoverDays = integerOption(values['max-days'], 'max-days', 0, 730) ?? DEFAULT_MIN_MAX.maxCoverDays;
  if (maxCoverDays < minCoverDays) throw new CliUsageError('--max-days must not be below --min-days');

  const workspace = openWorkspace(file);
  try {
    const started = performance.now();
    const series = loadSimulationInput(workspace.db, from, to);
    const policies: SimPolicy[] = kinds.map((k) =>
      k === 'current' ? { kind: 'current', minCoverDays, maxCoverDays } : { kind: 'supplydesk', serviceLevel, reviewDays },
    );
    const results = policies.map((p) => simulatePolicy(series, p));
    const curve = values.curve ? serviceCurve(series, CURVE_TARGETS, reviewDays) : undefined;
    const seconds = (performance.now() - started) / 1000;
    if (values.json) {
      // One object per policy, keyed by its name, so scripts read e.g. `.supplydesk.fill_rate`.
      const byPolicy = Object.fromEntries(
        results.map((result) => [
          result.policy,
          { ...result, from, to, sku_locations: series.length, service_target: serviceLevel },
        ]),
      );
      console.log(JSON.stringify({ ...byPolicy, ...(curve ? { curve } : {}) }, null, 2));
      return;
    }
    console.log(`Simulation ${from} … ${to}: ${series.length.toLocaleString('en')} SKU-locations, service target ${serviceLevel} (${seconds.toFixed(2)} s)`);
    printTable(results);
    if (curve) {
      console.log('\nService against inventory (SupplyDesk policy):');
      for (const p of curve) console.log(`  target ${pct(p.target)}: cycle service ${pct(p.cycle_service_level)}, fill ${pct(p.fill_rate)}, inventory ${money(p.avg_inventory_value)}`);
    }
  } finally {
    workspace.close();
  }
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const money = (x: number) => Math.round(x).toLocaleString('en');

function printTable(results: PolicyResult[]): void {
  const rows: [string, (r: PolicyResult) => string][] = [
    ['fill rate', (r) => pct(r.fill_rate)],
    ['cycle service level', (r) => pct(r.cycle_service_level)],
    ['stock-out days', (r) => r.stockout_days.toLocaleString('en')],
    ['avg inventory value', (r) => money(r.avg_inventory_value)],
    ['orders', (r) => r.orders.toLocaleString('en')],
    ['total cost', (r) => money(r.total_cost)],
    ['  holding', (r) => money(r.holding_cost)],
    ['  ordering', (r) => money(r.ordering_cost)],
    ['  lost margin', (r) => money(r.lost_margin)],
  ];
  console.log(`${''.padEnd(22)}${results.map((r) => r.policy.padStart(14)).join('')}`);
  for (const [label, value] of rows) console.log(`${label.padEnd(22)}${results.map((r) => value(r).padStart(14)).join('')}`);
}

function dateOption(value: string, name: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new CliUsageError(`--${name} must be a date like 2026-06-30, not "${value}"`);
  return value;
}

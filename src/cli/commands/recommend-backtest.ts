import path from 'node:path';
import { backtestRecommendations, describeSegment, describeSplit, describeWeights, METHOD_NAMES, type BacktestResult } from '../../core/recommend';
import { createInlineTaskContext } from '../../core/ground/task-context';
import { isoFromDay } from '../../core/ground/calendar';
import { integerOption, parseCommandArgs, requireOption } from '../args';
import { progressPrinter } from '../progress';
import { readPurchaseLines } from '../recommend-csv/read-purchase-lines';

/** `recommend-backtest --input LINES.csv [--top 10] [--recent-days 90] [--json]`: the metrics table. */
export async function recommendBacktestCommand(args: string[]): Promise<void> {
  const { values } = parseCommandArgs(args, {
    input: { type: 'string' },
    top: { type: 'string' },
    'recent-days': { type: 'string' },
    json: { type: 'boolean' },
  });
  const input = path.resolve(requireOption(values.input, 'input'));
  const topN = integerOption(values.top, 'top', 1, 100) ?? 10;
  const recentDays = integerOption(values['recent-days'], 'recent-days', 1, 3650) ?? 90;
  const file = await readPurchaseLines(input);
  const progress = progressPrinter();
  const ctx = createInlineTaskContext((step, current, total) => progress.update(step, current, total));
  const result = await backtestRecommendations(file.lines, { topN, recentDays, ctx });
  progress.done();
  console.log(values.json ? JSON.stringify(result) : formatBacktest(result));
}

const LABELS: Record<(typeof METHOD_NAMES)[number], string> = {
  blend: 'blend',
  repeat: 'repeat (most frequent)',
  itemKnn: 'item-kNN',
  popularity: 'popularity',
};

export function formatBacktest(r: BacktestResult): string {
  const k = r.topN;
  const lines = [
    `Held out the last order of ${r.customers.toLocaleString('en')} recent customers; trained on the rest (to ${isoFromDay(r.asOfDay)}), ${r.seconds.toFixed(1)} s`,
    `blend weights: ${describeWeights(r.weights)}`,
    ...r.segmentWeights.map((seg) => `  customers with ${describeSegment(seg)}: ${describeWeights(seg.weights)}`),
    describeSplit(r.split, k),
    '',
    `${'method'.padEnd(24)}${`HR@${k}`.padStart(9)}${`Recall@${k}`.padStart(11)}${`NDCG@${k}`.padStart(9)}`,
  ];
  for (const m of METHOD_NAMES) {
    const s = r.overall[m];
    lines.push(`${LABELS[m].padEnd(24)}${s.hit.toFixed(3).padStart(9)}${s.recall.toFixed(3).padStart(11)}${s.ndcg.toFixed(3).padStart(9)}`);
  }
  lines.push('', `by past orders: HR@${k} / Recall@${k} (customers)`);
  lines.push(`${'segment'.padEnd(10)}${'customers'.padStart(10)}  ${METHOD_NAMES.map((m) => LABELS[m].split(' ')[0]!.padStart(14)).join('')}`);
  for (const seg of r.segments) {
    lines.push(
      `${seg.segment.padEnd(10)}${String(seg.customers).padStart(10)}  ${METHOD_NAMES.map((m) => `${seg.scores[m].hit.toFixed(3)}/${seg.scores[m].recall.toFixed(3)}`.padStart(14)).join('')}`,
    );
  }
  return lines.join('\n');
}

import path from 'node:path';
import { describeSegment, describeSplit, describeWeights, fitRecommender, type Recommendation } from '../../core/recommend';
import { createInlineTaskContext } from '../../core/ground/task-context';
import { isoFromDay } from '../../core/ground/calendar';
import { integerOption, parseCommandArgs, requireOption } from '../args';
import { progressPrinter } from '../progress';
import { readCustomerIds, readPurchaseLines } from '../recommend-csv/read-purchase-lines';
import { writeRecommendationsCsv } from '../recommend-csv/write-recommendations';
import { namesWorkspace, recommendWorkspaceCommand } from './recommend-workspace';

export const MAX_TOP = 1000;

/** `recommend --input LINES.csv [--customers CUSTOMERS.csv] --top N --output RECS.csv` */
export async function recommendCommand(args: string[]): Promise<void> {
  // `recommend --workspace FILE …` reads a workspace's order lines instead (recommend-workspace.ts).
  if (namesWorkspace(args)) return recommendWorkspaceCommand(args);
  const { values } = parseCommandArgs(args, {
    input: { type: 'string' },
    customers: { type: 'string' },
    top: { type: 'string' },
    output: { type: 'string' },
  });
  const input = path.resolve(requireOption(values.input, 'input'));
  const output = path.resolve(requireOption(values.output, 'output'));
  const top = integerOption(requireOption(values.top, 'top'), 'top', 1, MAX_TOP)!;
  const started = performance.now();

  const file = await readPurchaseLines(input);
  const listed = values.customers ? await readCustomerIds(path.resolve(values.customers)) : null;
  process.stderr.write(
    `read ${file.rows.toLocaleString('en')} lines: ${file.lines.length.toLocaleString('en')} purchases` +
      ` (${file.guestLines.toLocaleString('en')} guest), ${file.notPurchases.toLocaleString('en')} returns or zero-qty lines left out\n`,
  );

  const progress = progressPrinter();
  const ctx = createInlineTaskContext((step, current, total) => progress.update(step, current, total));
  const recommender = await fitRecommender(file.lines, { asOfDay: file.lastDay, ctx });
  progress.done();
  for (const model of recommender.models) {
    process.stderr.write(`  ${model.name}: ${model.seconds.toFixed(1)} s${model.note ? ` (${model.note})` : ''}\n`);
  }
  process.stderr.write(`  blend weights: ${describeWeights(recommender.weights)}\n`);
  for (const seg of recommender.segmentWeights) process.stderr.write(`  blend weights for customers with ${describeSegment(seg)}: ${describeWeights(seg.weights)}\n`);
  process.stderr.write(`  ${describeSplit(recommender.split, top)}\n`);
  const trainedModel = recommender.models.some((m) => m.name.startsWith('tfjs'));
  if (trainedModel && recommender.weights.model === 0 && recommender.segmentWeights.every((seg) => seg.weights.model === 0)) {
    process.stderr.write(`  the TensorFlow.js model was trained but did not improve the validation baskets: weight 0, it does not shape these lists\n`);
  }

  const customers = (listed ?? allCustomers(file.lines)).filter((id) => recommender.knows(id));
  const recommendStarted = performance.now();
  const lists: Map<string, Recommendation[]> = recommender.recommendAll(customers, top);
  const recommendSeconds = (performance.now() - recommendStarted) / 1000;
  const rows = await writeRecommendationsCsv(output, lists);
  const skipped = listed ? listed.length - customers.length : 0;
  console.log(
    `Recommended ${top} SKUs to ${customers.length.toLocaleString('en')} customers for the days after ${isoFromDay(file.lastDay)} → ${output} ` +
      `(${rows.toLocaleString('en')} rows; ${recommendSeconds.toFixed(1)} s to rank, ${((performance.now() - started) / 1000).toFixed(1)} s in all)` +
      (skipped > 0 ? `; ${skipped} listed customers have no history and get no rows` : ''),
  );
}

/** Every named customer of the lines, in order of first appearance. */
function allCustomers(lines: readonly { customerId: string | null }[]): string[] {
  const seen = new Set<string>();
  for (const line of lines) if (line.customerId !== null) seen.add(line.customerId);
  return [...seen];
}

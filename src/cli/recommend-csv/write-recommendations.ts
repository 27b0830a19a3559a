import fs from 'node:fs';
import { once } from 'node:events';
import { describeReasonEn, type Recommendation } from '../../core/recommend';
import { csvRecord } from '../../core/ground/files/safe-cell';
import { writeAtomically } from '../../core/ground/files/write-atomically';

/** Write `customer_id,rank,sku,score,reason` atomically, every cell through the injection-safe writer. */
export async function writeRecommendationsCsv(file: string, lists: ReadonlyMap<string, readonly Recommendation[]>): Promise<number> {
  let rows = 0;
  await writeAtomically(file, async (partial) => {
    const out = fs.createWriteStream(partial, { encoding: 'utf8' });
    let buffer = `${csvRecord(['customer_id', 'rank', 'sku', 'score', 'reason'])}\n`;
    for (const [customerId, list] of lists) {
      list.forEach((item, i) => {
        buffer += `${csvRecord([customerId, i + 1, item.sku, item.score, describeReasonEn(item.reason)])}\n`;
        rows++;
      });
      if (buffer.length > 1 << 20) {
        const flushed = out.write(buffer);
        buffer = '';
        if (!flushed) await once(out, 'drain');
      }
    }
    out.end(buffer);
    await once(out, 'finish');
  });
  return rows;
}

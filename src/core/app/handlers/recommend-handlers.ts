import { addCampaign, listCampaigns, removeCampaign, updateCampaign } from '../../recommending/campaigns';
import { exportRows } from '../../recommending/export/export-rows';
import { writeRecommendExport } from '../../recommending/export/write-export';
import { learntConversion } from '../../recommending/learnt-conversion';
import { latestRun } from '../../recommending/runs';
import { boughtTogetherRows, customerDetail, launchAudienceRows, listCustomers, pairedSkus, recommendAccuracy, recommendStatus } from '../../recommending/views';
import type { AppContext } from '../app-context';
import { exportedFile, exportFilePath } from '../exports-folder';
import type { RecommendTaskInput } from '../jobs/tasks/recommend-task';
import { writes, type DomainHandlers } from './types';

const EXPORT_NAMES = { customers: 'recommendations', 'bought-together': 'bought-together', launch: 'launch-audiences' } as const;

export function recommendHandlers(ctx: AppContext): DomainHandlers<'recommend'> {
  const db = () => ctx.requireWorkspace().db;
  return {
    'recommend:status': () => recommendStatus(db()),
    'recommend:start': (input) => {
      const task: RecommendTaskInput = { path: ctx.requireWorkspace().path, ...(input?.topN !== undefined ? { topN: input.topN } : {}) };
      const { jobId } = ctx.startWritingJob('recommend', task);
      return { jobId };
    },
    'recommend:customers': () => listCustomers(db()),
    'recommend:customer': ({ customerId }) => customerDetail(db(), customerId),
    'recommend:boughtTogether': (filter) => boughtTogetherRows(db(), filter ?? {}),
    'recommend:pairedSkus': () => pairedSkus(db()),
    'recommend:launch': () => launchAudienceRows(db()),
    'recommend:accuracy': () => recommendAccuracy(db()),
    'recommend:campaigns': () => listCampaigns(db()),
    'recommend:learntConversion': () => {
      const asOf = latestRun(db())?.asOf ?? new Date().toISOString().slice(0, 10);
      return learntConversion(db(), asOf);
    },
    'recommend:addCampaign': writes((input) => addCampaign(db(), input)),
    'recommend:updateCampaign': writes(({ id, campaign }) => updateCampaign(db(), id, campaign)),
    'recommend:removeCampaign': writes(({ id }) => removeCampaign(db(), id)),
    'recommend:export': async ({ kind, format, minSupport }) => {
      const { header, rows } = exportRows(db(), kind, minSupport !== undefined ? { minSupport } : {});
      const file = exportFilePath(ctx, `supplydesk-${EXPORT_NAMES[kind]}-run${header.runId}-${header.asOf}.${format}`);
      await writeRecommendExport(file, format, kind, header, rows);
      return exportedFile(file);
    },
  };
}

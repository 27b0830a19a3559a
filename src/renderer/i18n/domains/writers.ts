/**
 * Messages for writers taking turns: a job waiting for the job (or edit) writing to the workspace
 * now (`job.step.wait.<kind>`, see core/app/jobs/runner.ts waitStep), or for another SupplyDesk
 * process (`wait.writer`), and the error when the wait timed out. English is the source of keys.
 */
export const writerMessagesEn = {
  'job.step.wait.import': 'Waiting for the import to finish',
  'job.step.wait.watchImport': 'Waiting for the watched-folder import to finish',
  'job.step.wait.forecastRun': 'Waiting for the forecast to finish',
  'job.step.wait.globalModel': 'Waiting for the global model training to finish',
  'job.step.wait.planRun': 'Waiting for the plan to finish',
  'job.step.wait.simulation': 'Waiting for the simulation to finish',
  'job.step.wait.refresh': 'Waiting for the refresh to finish',
  'job.step.wait.alerts': 'Waiting for the alerts check to finish',
  'job.step.wait.change': 'Waiting for a change to be saved',
  'job.step.wait.writer': 'Waiting for another SupplyDesk window or command to finish writing',
  'error.workspace_busy': 'The workspace is busy: another job or program kept writing to it for too long. {message}',
  'error.workspace_busy.next': 'Wait for the other job or command to finish, then try again.',
} as const;

export const writerMessagesZhCN: Record<keyof typeof writerMessagesEn, string> = {
  'job.step.wait.import': '正在等待导入完成',
  'job.step.wait.watchImport': '正在等待监控文件夹的导入完成',
  'job.step.wait.forecastRun': '正在等待需求预测完成',
  'job.step.wait.globalModel': '正在等待全局模型训练完成',
  'job.step.wait.planRun': '正在等待补货计划完成',
  'job.step.wait.simulation': '正在等待模拟完成',
  'job.step.wait.refresh': '正在等待刷新完成',
  'job.step.wait.alerts': '正在等待预警检查完成',
  'job.step.wait.change': '正在等待修改保存完成',
  'job.step.wait.writer': '正在等待另一个 SupplyDesk 窗口或命令写入完成',
  'error.workspace_busy': '工作区正忙：另一个任务或程序写入时间过长。{message}',
  'error.workspace_busy.next': '请等待另一个任务或命令完成后再试。',
};

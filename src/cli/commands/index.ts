import { dashboardCommand } from './dashboard';
import { demoCommand } from './demo';
import { eventsCommand } from './events';
import { forecastCommand } from './forecast';
import { importCommand } from './import';
import { infoCommand } from './info';
import { exportPlanCommand } from './export-plan';
import { initCommand } from './init';
import { planCommand } from './plan';
import { refreshCommand } from './refresh';
import { scorecardCommand } from './scorecard';
import { simulateCommand } from './simulate';
import { supplierPackCommand } from './supplier-pack';
import { watchCommand } from './watch';
import { alertsCommand } from './alerts';
import { approveCommand } from './approve';
import { digestCommand } from './digest';
import { logisticsCommand } from './logistics';
import { boughtTogetherCommand } from './recommend-workspace';
import { recommendCommand } from './recommend';
import { recommendBacktestCommand } from './recommend-backtest';

export type Command = (args: string[]) => Promise<number | void> | number | void;

export const commands: Record<string, Command> = {
  init: initCommand,
  demo: demoCommand,
  info: infoCommand,
  forecast: forecastCommand,
  events: eventsCommand,
  import: importCommand,
  scorecard: scorecardCommand,
  'supplier-pack': supplierPackCommand,
  plan: planCommand,
  approve: approveCommand,
  simulate: simulateCommand,
  export: exportPlanCommand,
  watch: watchCommand,
  refresh: refreshCommand,
  dashboard: dashboardCommand,
  alerts: alertsCommand,
  digest: digestCommand,
  logistics: logisticsCommand,
  'bought-together': boughtTogetherCommand,
  recommend: recommendCommand,
  'recommend-backtest': recommendBacktestCommand,
};

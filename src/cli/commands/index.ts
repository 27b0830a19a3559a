import { demoCommand } from './demo';
import { forecastCommand } from './forecast';
import { importCommand } from './import';
import { infoCommand } from './info';
import { initCommand } from './init';
import { scorecardCommand } from './scorecard';
import { supplierPackCommand } from './supplier-pack';

export type Command = (args: string[]) => Promise<number | void> | number | void;

export const commands: Record<string, Command> = {
  init: initCommand,
  demo: demoCommand,
  info: infoCommand,
  forecast: forecastCommand,
  import: importCommand,
  scorecard: scorecardCommand,
  'supplier-pack': supplierPackCommand,
};

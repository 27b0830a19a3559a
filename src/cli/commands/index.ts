export type Command = (args: string[]) => Promise<number | void> | number | void;

/**
 * Each command's module is loaded only when that command runs: loading all of them (and through
 * them exceljs, tfjs and every domain) cost about 2 CPU-s before any command started.
 */
export const commands: Record<string, () => Promise<Command>> = {
  init: async () => (await import('./init')).initCommand,
  demo: async () => (await import('./demo')).demoCommand,
  info: async () => (await import('./info')).infoCommand,
  forecast: async () => (await import('./forecast')).forecastCommand,
  events: async () => (await import('./events')).eventsCommand,
  import: async () => (await import('./import')).importCommand,
  scorecard: async () => (await import('./scorecard')).scorecardCommand,
  'supplier-pack': async () => (await import('./supplier-pack')).supplierPackCommand,
  plan: async () => (await import('./plan')).planCommand,
  approve: async () => (await import('./approve')).approveCommand,
  simulate: async () => (await import('./simulate')).simulateCommand,
  export: async () => (await import('./export-plan')).exportPlanCommand,
  watch: async () => (await import('./watch')).watchCommand,
  refresh: async () => (await import('./refresh')).refreshCommand,
  dashboard: async () => (await import('./dashboard')).dashboardCommand,
  alerts: async () => (await import('./alerts')).alertsCommand,
  digest: async () => (await import('./digest')).digestCommand,
  logistics: async () => (await import('./logistics')).logisticsCommand,
  'bought-together': async () => (await import('./recommend-workspace')).boughtTogetherCommand,
  recommend: async () => (await import('./recommend')).recommendCommand,
  'recommend-backtest': async () => (await import('./recommend-backtest')).recommendBacktestCommand,
};

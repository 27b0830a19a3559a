import type { AppContext } from '../app-context';
import type { DomainHandlers } from './types';

export function appHandlers(ctx: AppContext): DomainHandlers<'app'> & DomainHandlers<'settings'> & DomainHandlers<'jobs'> {
  return {
    'app:info': () => ({
      name: 'SupplyDesk',
      version: ctx.host.version,
      mode: ctx.host.mode,
      platform: process.platform,
      systemLocale: ctx.host.systemLocale,
      workspacesFolder: ctx.workspacesFolder,
    }),
    'settings:get': () => ctx.settings.settings,
    'settings:update': (patch) => ctx.settings.updateSettings(patch),
    'jobs:list': () => ctx.jobs.list(),
    'jobs:cancel': ({ jobId }) => {
      ctx.jobs.cancel(jobId);
      return null;
    },
  };
}

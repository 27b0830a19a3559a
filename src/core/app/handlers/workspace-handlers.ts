import fs from 'node:fs';
import path from 'node:path';
import { createWorkspace } from '../../db/workspace';
import { AppError } from '../../ground/errors/app-error';
import { summarize, type AppContext } from '../app-context';
import { launchDemo } from '../demo-launcher';
import type { DomainHandlers } from './types';

const WORKSPACE_EXTENSION = '.supplydesk';

export function workspaceHandlers(ctx: AppContext): DomainHandlers<'workspace'> {
  const paths = ctx.paths;
  return {
    'workspace:current': () => (ctx.workspace ? summarize(ctx.workspace) : null),
    'workspace:list': () => ({
      recent: ctx.settings.recent(),
      folder: ctx.workspacesFolder,
      files: listWorkspaceFiles(ctx.workspacesFolder),
    }),
    'workspace:create': ({ name, path: requested }) => {
      const target = requested ? paths.check(requested) : ctx.newWorkspacePath(name);
      createWorkspace(target, { name }).close();
      return ctx.open(target);
    },
    'workspace:open': ({ path: requested }) => ctx.open(paths.check(requested)),
    'workspace:close': () => {
      ctx.close();
      return null;
    },
    'workspace:pickFile': async ({ purpose, suggestedName }) => {
      if (!ctx.host.pickFile) {
        throw new AppError('not_supported', 'File dialogs exist only in the desktop app; use the workspace list');
      }
      const picked = await ctx.host.pickFile(purpose, suggestedName);
      if (picked) paths.allow(picked);
      return { path: picked };
    },
    'workspace:createDemo': ({ name, path: requested, skus, seed }) => {
      const options = { name, skus, seed, path: requested ? paths.check(requested) : undefined };
      return { jobId: launchDemo(ctx, options).jobId };
    },
    'workspace:info': () => ctx.read('info'),
    'workspace:startupProblem': () => ctx.startupProblem,
  };
}

function listWorkspaceFiles(folder: string) {
  return fs
    .readdirSync(folder)
    .filter((file) => file.endsWith(WORKSPACE_EXTENSION))
    .map((file) => {
      const full = path.join(folder, file);
      const stat = fs.statSync(full);
      return {
        path: full,
        name: file.slice(0, -WORKSPACE_EXTENSION.length),
        sizeBytes: stat.size,
        modifiedAt: stat.mtime.toISOString(),
      };
    })
    .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
}

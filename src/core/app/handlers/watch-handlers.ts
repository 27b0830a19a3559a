import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../ground/errors/app-error';
import { checkWatchableFolder, folderView, watchLedger, watchTimingsFromEnv } from '../../monitoring/watch';
import { isInside } from '../../ground/files/inside-folder';
import { storedFolderProblem, watchServiceFor } from '../watch/watch-service';
import type { AppContext } from '../app-context';
import type { DomainHandlers } from './types';

export function watchHandlers(ctx: AppContext): DomainHandlers<'watch'> {
  const service = watchServiceFor(ctx, watchTimingsFromEnv());
  const db = () => ctx.requireWorkspace().db;
  const requireFolder = (id: number) => {
    const folder = watchLedger.getFolder(db(), id);
    if (!folder) throw new AppError('not_found', `No watched folder ${id}`, { folderId: id });
    return folder;
  };
  const requireFile = (id: number) => {
    const file = watchLedger.getFile(db(), id);
    if (!file) throw new AppError('not_found', `No file ${id} in the watched folders`, { fileId: id });
    return file;
  };
  const view = (folder: NonNullable<ReturnType<typeof watchLedger.getFolder>>) => {
    const shown = folderView(db(), folder, service.problemOf(folder.id), service.lastScanOf(folder.id));
    const refused = folder.enabled ? storedFolderProblem(ctx, folder.path) : null;
    return refused ? { ...shown, state: 'unavailable' as const, problem: refused } : shown;
  };
  const list = () => watchLedger.listFolders(db()).map(view);

  return {
    'watch:list': () => list(),

    'watch:pickFolder': async () => {
      if (!ctx.host.pickFolder) return { path: null };
      const picked = await ctx.host.pickFolder();
      if (picked) ctx.watchFolders.allowChosen(picked);
      return { path: picked };
    },

    'watch:choices': () => {
      const watched = new Set(watchLedger.listFolders(db()).map((f) => f.path));
      return {
        inbox: ctx.watchFolders.inbox,
        confirmationFile: ctx.watchFolders.confirmationFile,
        folders: ctx.watchFolders.candidates().map((c) => ({ ...c, watched: watched.has(c.path) })),
      };
    },

    'watch:add': ({ path: requested, kind }) => {
      // Never a folder the page merely names: Electron takes the folder chosen in the native
      // dialog; browser mode (no dialog) the inbox, folders in it, or folders the person confirmed
      // outside the page (--watch-folder, watch-folders.txt). See WatchFolderPolicy.
      const folderPath = checkWatchableFolder(requested);
      if (ctx.host.mode === 'electron' && !ctx.watchFolders.permits(folderPath)) {
        throw new AppError('invalid_input', `SupplyDesk may not watch ${folderPath}: choose it in the folder dialog first`, { path: folderPath });
      }
      ctx.watchFolders.check(folderPath);
      if (watchLedger.findFolderByPath(db(), folderPath)) {
        throw new AppError('invalid_input', `${folderPath} is already watched`, { path: folderPath });
      }
      const folder = watchLedger.addFolder(db(), folderPath, kind ?? 'detect');
      service.foldersChanged();
      return view(folder);
    },

    'watch:remove': ({ folderId }) => {
      requireFolder(folderId);
      watchLedger.removeFolder(db(), folderId);
      service.foldersChanged();
      return null;
    },

    'watch:setEnabled': ({ folderId, enabled }) => {
      requireFolder(folderId);
      watchLedger.setFolderEnabled(db(), folderId, enabled);
      service.foldersChanged();
      return view(requireFolder(folderId));
    },

    'watch:scan': async ({ folderId }) => {
      if (folderId !== undefined) requireFolder(folderId);
      await service.scanNow();
      return list();
    },

    'watch:files': ({ folderId, limit }) => {
      requireFolder(folderId);
      return watchLedger.listFiles(db(), folderId, limit);
    },

    'watch:retry': ({ fileId }) => {
      const file = requireFile(fileId);
      if (file.status !== 'failed' && file.status !== 'skipped-no-mapping') {
        throw new AppError('invalid_input', `${file.name} is ${file.status}: only a failed file or one without a mapping can be tried again`, { fileId });
      }
      watchLedger.retryFile(db(), fileId);
      service.requestScan(0);
      return watchLedger.fileView(db(), fileId)!;
    },

    'watch:openInWizard': ({ fileId }) => {
      const file = requireFile(fileId);
      const folder = requireFolder(file.folderId);
      const refused = storedFolderProblem(ctx, folder.path);
      if (refused) throw new AppError('invalid_input', refused, { folderId: folder.id });
      const fullPath = path.join(folder.path, file.name);
      const stat = fs.statSync(fullPath, { throwIfNoEntry: false });
      if (!stat?.isFile()) throw new AppError('not_found', `${fullPath} is no longer there`, { path: fullPath });
      // Only a file that really lies in the folder (no name with a separator, no link leading out).
      if (path.basename(file.name) !== file.name || !isInside(fs.realpathSync.native(folder.path), fs.realpathSync.native(fullPath))) {
        throw new AppError('invalid_input', `${fullPath} is not a file of the watched folder ${folder.path}`, { path: fullPath });
      }
      // The user reached this file through the app (a permitted watched folder): the wizard may read it.
      ctx.paths.allowToRead(fullPath);
      return { file: { path: fullPath, name: file.name, bytes: stat.size } };
    },
  };
}

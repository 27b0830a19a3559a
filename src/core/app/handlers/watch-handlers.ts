import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../ground/errors/app-error';
import { checkWatchableFolder, folderView, watchLedger, watchTimingsFromEnv } from '../../monitoring/watch';
import { watchServiceFor } from '../watch/watch-service';
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
  const list = () => watchLedger.listFolders(db()).map((f) => folderView(db(), f, service.problemOf(f.id), service.lastScanOf(f.id)));

  return {
    'watch:list': () => list(),

    'watch:pickFolder': async () => {
      if (!ctx.host.pickFolder) return { path: null };
      const picked = await ctx.host.pickFolder();
      if (picked) ctx.paths.allow(picked);
      return { path: picked };
    },

    'watch:add': ({ path: typed, kind }) => {
      // Electron: only a folder the user chose in the dialog. Browser mode has no dialog: the
      // user types the path, and it is checked here instead.
      const chosen = ctx.host.mode === 'electron' ? ctx.paths.check(typed) : typed;
      const folderPath = checkWatchableFolder(chosen);
      if (watchLedger.findFolderByPath(db(), folderPath)) {
        throw new AppError('invalid_input', `${folderPath} is already watched`, { path: folderPath });
      }
      const folder = watchLedger.addFolder(db(), folderPath, kind ?? 'detect');
      service.foldersChanged();
      return folderView(db(), folder, null);
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
      return folderView(db(), requireFolder(folderId), null);
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
      const fullPath = path.join(folder.path, file.name);
      const stat = fs.statSync(fullPath, { throwIfNoEntry: false });
      if (!stat?.isFile()) throw new AppError('not_found', `${fullPath} is no longer there`, { path: fullPath });
      // The user reached this file through the app (a watched folder): the wizard may read it.
      ctx.paths.allow(fullPath);
      return { file: { path: fullPath, name: file.name, bytes: stat.size } };
    },
  };
}

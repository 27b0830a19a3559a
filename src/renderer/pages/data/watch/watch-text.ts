import type { WatchFile, WatchFileError } from '../../../../shared/contract/schemas/watch';
import { isMessageKey, type Translate } from '../../../i18n/translate';
import { kindLabel } from '../import/import-labels';

/** "Row 3, column units", or "" when the error is about the whole file. */
export function whereText(t: Translate, error: WatchFileError): string {
  if (error.row !== null && error.column) return t('watch.where.rowColumn', { row: error.row, column: error.column });
  if (error.row !== null) return t('watch.where.row', { row: error.row });
  return '';
}

/** The error in the user's language where its reason or code is known (the import's words), else as the back end said it. */
export function errorText(t: Translate, error: WatchFileError): string {
  const refused = `error.${error.reason ?? ''}`;
  if (error.reason && isMessageKey(refused)) {
    const next = `${refused}.next`;
    const params = error.params ?? {};
    return isMessageKey(next) ? `${t(refused, params)} ${t(next, params)}` : t(refused, params);
  }
  const key = `import.problem.${error.code}`;
  const message = isMessageKey(key) ? t(key, { value: error.value ?? '', column: error.column ?? '' }) : error.message;
  const where = whereText(t, error);
  return where ? `${where}: ${message}` : message;
}

/** What the ledger says about a file beside its status. */
export function detailText(t: Translate, file: WatchFile): string {
  switch (file.status) {
    case 'imported':
      return t('watch.detail.imported', { id: file.importId ?? '', rows: file.rowsStored ?? 0 });
    case 'skipped-unchanged':
      return t('watch.detail.unchanged', { id: file.importId ?? '' });
    case 'skipped-no-mapping':
      return t('watch.detail.noMapping');
    case 'failed':
      return file.error ? errorText(t, file.error) : '';
    case 'waiting':
      return file.reason ? t(`watch.reason.${file.reason}`) : '';
  }
}

export function fileKindLabel(t: Translate, file: WatchFile): string {
  return file.kind ? kindLabel(t, file.kind) : '';
}

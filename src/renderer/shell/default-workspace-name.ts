import type { WorkspaceList } from '../../shared/contract/schemas/app';
import type { Translate } from '../i18n/translate';

/** "Workspace 3": the first number not taken, so creating in two clicks never collides. */
export function defaultWorkspaceName(t: Translate, list: WorkspaceList | null): string {
  const taken = new Set<string>();
  for (const entry of [...(list?.recent ?? []), ...(list?.files ?? [])]) {
    taken.add(entry.name.toLowerCase());
    taken.add(fileStem(entry.path).toLowerCase());
  }
  for (let n = 1; ; n += 1) {
    const name = t('workspace.defaultName', { n: String(n) });
    if (!taken.has(name.toLowerCase())) return name;
  }
}

function fileStem(path: string): string {
  const file = path.split(/[\\/]/).pop() ?? path;
  return file.replace(/\.[^.]+$/, '');
}

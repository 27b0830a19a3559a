import { dialog, shell } from 'electron';

/** The open dialog for files to read (imports, confirmations), filtered to what the caller can read. */
export async function pickFileToRead(extensions: readonly string[]): Promise<string | null> {
  const filters = extensions.length > 0 ? [{ name: extensions.join(', ').toUpperCase(), extensions: [...extensions] }] : [];
  const result = await dialog.showOpenDialog({ properties: ['openFile'], filters });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** The dialog to choose a folder to watch. */
export async function pickFolder(): Promise<string | null> {
  const result = await dialog.showOpenDialog({ properties: ['openDirectory'] });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export function revealFile(filePath: string): void {
  shell.showItemInFolder(filePath);
}

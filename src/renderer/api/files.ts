import { ApiError } from '../../shared/contract/api-error';
import type { ApiErrorShape } from '../../shared/contract/errors';
import type { ExportedFile, FileChoice } from '../../shared/contract/schemas/files';
import { getApi } from './backend';
import { sessionToken } from './session-token';

/** True in the desktop app, where native dialogs choose and save files; false in browser mode. */
export function hasNativeFileDialogs(): boolean {
  return Boolean(window.supplydesk);
}

export interface ChooseFileOptions {
  /** Extensions without the dot, for the native dialog's filter. */
  extensions: string[];
  /** A file the user already dropped or picked in the page; uploaded in browser mode. */
  file?: File;
}

/**
 * The file the user wants SupplyDesk to read, as a path the back end accepts.
 * Desktop: a dropped file's own path is not exposed to the page, so the native dialog is used
 * unless a File was given. Browser mode: the File is streamed to the server. Null when cancelled.
 */
export async function chooseFile({ extensions, file }: ChooseFileOptions): Promise<FileChoice | null> {
  if (file && !hasNativeFileDialogs()) return uploadFile(file);
  if (hasNativeFileDialogs()) return (await getApi().files.pickToRead({ extensions })).file;
  return null;
}

/** Streams one file to the browser-mode server; it lands in a private uploads folder. */
export async function uploadFile(file: File): Promise<FileChoice> {
  let response: Response;
  try {
    response = await fetch(`/api/files/upload?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${sessionToken()}`, 'Content-Type': 'application/octet-stream' },
      body: file,
    });
  } catch (error) {
    throw new ApiError({ code: 'internal', message: `${file.name} could not be sent: ${String(error)}`, details: { name: file.name } });
  }
  const body = (await response.json().catch(() => null)) as
    | { ok: true; value: FileChoice }
    | { ok: false; error: ApiErrorShape }
    | null;
  if (body?.ok) return body.value;
  throw new ApiError(body?.error ?? { code: 'internal', message: `Upload failed (HTTP ${response.status})`, details: {} });
}

/**
 * Puts an export in the user's hands. Browser mode: the browser downloads it under its name.
 * Desktop: it is already saved in the exports folder; the file manager shows it. Returns the path.
 */
export async function deliverExport(file: ExportedFile): Promise<string> {
  if (hasNativeFileDialogs()) {
    await getApi().files.reveal(file);
    return file.path;
  }
  const response = await fetch(`/api/files/exports/${encodeURIComponent(file.fileName)}`, {
    headers: { Authorization: `Bearer ${sessionToken()}` },
  });
  if (!response.ok) {
    throw new ApiError({ code: 'not_found', message: `${file.fileName} is no longer in the exports folder`, details: {} });
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once click() returns; keep the URL a moment for slow browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return file.fileName;
}

import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../ground/errors/app-error';

/** A folder the user typed or chose: it must be a full path to an existing folder SupplyDesk can read. */
export function checkWatchableFolder(typed: string): string {
  const trimmed = typed.trim();
  if (!path.isAbsolute(trimmed)) {
    throw new AppError('invalid_input', `"${typed}" is not a full path: type the whole path of the folder, from the drive or root`, { path: typed });
  }
  const resolved = path.resolve(trimmed);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(resolved);
  } catch {
    throw new AppError('invalid_input', `The folder ${resolved} does not exist`, { path: resolved });
  }
  if (!stat.isDirectory()) throw new AppError('invalid_input', `${resolved} is a file, not a folder`, { path: resolved });
  try {
    fs.accessSync(resolved, fs.constants.R_OK | fs.constants.X_OK);
    fs.readdirSync(resolved);
  } catch {
    throw new AppError('invalid_input', `SupplyDesk may not read the folder ${resolved}`, { path: resolved });
  }
  return resolved;
}

/** Whether a watched folder can be read right now, and why not. */
export function folderProblem(folderPath: string): string | null {
  try {
    checkWatchableFolder(folderPath);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

import path from 'node:path';
import { AppError } from '../ground/errors/app-error';

/**
 * The renderer may only name workspace files the user reached through the app:
 * inside the workspaces folder, on the recent list, or chosen in a file dialog.
 * A compromised page therefore cannot make the back end open or create files elsewhere.
 */
export class PathPolicy {
  private readonly chosen = new Set<string>();

  constructor(
    private readonly workspacesFolder: string,
    private readonly recentPaths: () => string[],
  ) {}

  /** Remember a path the user picked in a native dialog. */
  allow(filePath: string): void {
    this.chosen.add(path.resolve(filePath));
  }

  check(filePath: string): string {
    const resolved = path.resolve(filePath);
    const relative = path.relative(this.workspacesFolder, resolved);
    const insideFolder = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
    if (insideFolder || this.chosen.has(resolved) || this.recentPaths().includes(resolved)) return resolved;
    throw new AppError('invalid_input', `SupplyDesk may not use ${filePath}: choose it in a file dialog first`, {
      path: filePath,
    });
  }
}

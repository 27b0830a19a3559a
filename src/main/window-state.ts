import fs from 'node:fs';
import path from 'node:path';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Bounds | null;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1440, height: 900 };
export const MIN_SIZE = { width: 1280, height: 800 };

/** Read the remembered window state; anything unreadable means "no memory", never a failure. */
export function readWindowState(file: string): WindowState {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<WindowState>;
    const b = data.bounds;
    const valid = b && [b.x, b.y, b.width, b.height].every((n) => Number.isFinite(n));
    return { bounds: valid ? b : null, maximized: data.maximized === true };
  } catch {
    return { bounds: null, maximized: false };
  }
}

export function writeWindowState(file: string, state: WindowState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(state));
  fs.renameSync(temp, file);
}

/**
 * Where to put the window: the remembered bounds if enough of them is on a screen that still
 * exists (a laptop undocked from its second monitor must not open off-screen), else null to
 * let the OS centre a default-sized window. Sizes never go below the minimum.
 */
export function placeWindow(remembered: Bounds | null, workAreas: readonly Bounds[]): Bounds | null {
  if (!remembered) return null;
  const bounds = {
    ...remembered,
    width: Math.max(remembered.width, MIN_SIZE.width),
    height: Math.max(remembered.height, MIN_SIZE.height),
  };
  const visible = workAreas.some((area) => {
    const w = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
    const h = Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y);
    // The title bar region must be reachable: at least 100×50 px overlapping a screen.
    return w >= 100 && h >= 50 && bounds.y >= area.y - 10;
  });
  return visible ? bounds : null;
}

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { placeWindow, readWindowState, writeWindowState } from './window-state';

const laptop = { x: 0, y: 0, width: 1920, height: 1080 };
const monitor = { x: 1920, y: 0, width: 2560, height: 1440 };

describe('window state', () => {
  const tempDir = useTempDir();

  it('remembers bounds and maximized across starts', () => {
    const file = path.join(tempDir(), 'window-state.json');
    expect(readWindowState(file)).toEqual({ bounds: null, maximized: false });
    const state = { bounds: { x: 40, y: 30, width: 1500, height: 950 }, maximized: true };
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);
    fs.writeFileSync(file, '{not json');
    expect(readWindowState(file)).toEqual({ bounds: null, maximized: false });
  });

  it('reopens where it was while that place is on a screen', () => {
    const onMonitor = { x: 2100, y: 100, width: 1600, height: 1000 };
    expect(placeWindow(onMonitor, [laptop, monitor])).toEqual(onMonitor);
  });

  it('falls back to the default place when that screen is gone, and never below the minimum size', () => {
    expect(placeWindow({ x: 2100, y: 100, width: 1600, height: 1000 }, [laptop])).toBeNull();
    expect(placeWindow({ x: 10, y: -500, width: 1400, height: 900 }, [laptop])).toBeNull();
    expect(placeWindow({ x: 10, y: 10, width: 300, height: 200 }, [laptop])).toEqual({ x: 10, y: 10, width: 1280, height: 800 });
    expect(placeWindow(null, [laptop])).toBeNull();
  });
});

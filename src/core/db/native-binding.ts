/**
 * Inside Electron, better-sqlite3 must load a build for Electron's ABI, shipped
 * beside the app (see the README's packaging notes); everywhere else the
 * package's own Node build is used. The Electron shell sets the path at start-up.
 */
let electronBinding: string | null = null;

export function setNativeBindingPath(path: string | null): void {
  electronBinding = path;
}

export function nativeBindingPath(): string | null {
  return electronBinding;
}

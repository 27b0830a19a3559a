/**
 * Whether JSON.parse(JSON.stringify(value)) gives `value` back as it is (deep, strictly equal): only
 * null, booleans, strings, finite numbers other than -0, arrays of those and plain objects with no
 * undefined values. A writer that keeps what it wrote checks this instead of reading its text back.
 */
export function jsonExact(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (const item of value) if (!jsonExact(item)) return false;
        return true;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) return false;
      for (const key in value) if (!jsonExact((value as Record<string, unknown>)[key])) return false;
      return true;
    }
    default:
      return false;
  }
}

/**
 * Keeping the CLI's output readable at scale: no printed line longer than a terminal shows, so a
 * list of a hundred supplier codes becomes "137 suppliers: A, B, C … and 134 more" and long
 * sentences wrap onto indented lines.
 */

/** The widest line a command prints (a common terminal is 80–120 columns wide). */
export const MAX_LINE = 100;

const n = (x: number) => x.toLocaleString('en');

/**
 * `prefix` followed by as many items as fit on one line of `width`, then "… and K more".
 * `prefix` should name the count, e.g. "137 suppliers below their minimum order value: ".
 */
export function listLine(prefix: string, items: readonly string[], width = MAX_LINE): string {
  const all = prefix + items.join(', ');
  if (all.length <= width) return all;
  let line = prefix;
  let shown = 0;
  for (const item of items) {
    const rest = items.length - shown - 1;
    const next = `${shown === 0 ? '' : ', '}${item}`;
    const tail = rest > 0 ? ` … and ${n(rest)} more` : '';
    if (line.length + next.length + tail.length > width) break;
    line += next;
    shown++;
  }
  if (shown === 0) return `${prefix.replace(/[:\s]+$/, '')} (${n(items.length)})`.slice(0, width);
  return `${line} … and ${n(items.length - shown)} more`;
}

/** "1 supplier" / "137 suppliers". */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${n(count)} ${count === 1 ? one : many}`;
}

/**
 * Word-wraps `text` to `width`, continuation lines indented; a word longer than a line (a deep
 * file path) is cut after a "/" or "\\" where it can be.
 */
export function wrapLine(text: string, width = MAX_LINE, indent = '  '): string[] {
  if (text.length <= width) return [text];
  const lines: string[] = [];
  let line: string | null = null;
  for (const word of text.split(' ').flatMap((w) => pieces(w, width - indent.length))) {
    // Runs of spaces (padded columns) come through as empty words and are kept on the line.
    if (line === null) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else if (word !== '') {
      lines.push(line.trimEnd());
      line = indent + word;
    }
  }
  if (line !== null) lines.push(line.trimEnd());
  return lines;
}

/** A word cut into pieces of at most `size` characters, each ending after a path separator when one is near. */
function pieces(word: string, size: number): string[] {
  const out: string[] = [];
  let rest = word;
  while (rest.length > size) {
    const cut = Math.max(rest.lastIndexOf('/', size - 1), rest.lastIndexOf('\\', size - 1));
    const at = cut >= size / 2 ? cut + 1 : size;
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  out.push(rest);
  return out;
}

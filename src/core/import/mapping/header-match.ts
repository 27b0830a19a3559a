import type { FieldSpec } from '../kinds/fields';
import { normaliseHeader } from '../parse/text';

const normalisedCache = new WeakMap<readonly string[], string[]>();

function normalisedList(list: readonly string[]): string[] {
  let out = normalisedCache.get(list);
  if (!out) {
    out = list.map(normaliseHeader).filter((s) => s.length > 0);
    normalisedCache.set(list, out);
  }
  return out;
}

/** Short ASCII names ("id", "lt") match only exactly; CJK words are meaningful from two characters. */
function canMatchInside(synonym: string): boolean {
  const ascii = [...synonym].every((ch) => ch.charCodeAt(0) < 128);
  return ascii ? synonym.length >= 3 : synonym.length >= 2;
}

/**
 * How strongly a (normalised) header names a field, 0–1: an exact synonym is 1, a
 * header that contains one ("lineitemsku" ⊃ "sku") less, weak synonyms less again.
 */
export function headerScore(header: string, field: FieldSpec): number {
  if (!header) return 0;
  let best = 0;
  for (const synonym of normalisedList(field.synonyms)) {
    if (header === synonym) return 1;
    if (canMatchInside(synonym) && header.includes(synonym)) best = Math.max(best, 0.6 + (0.3 * synonym.length) / header.length);
  }
  for (const synonym of normalisedList(field.weakSynonyms ?? [])) {
    if (header === synonym) best = Math.max(best, 0.6);
    else if (canMatchInside(synonym) && header.includes(synonym)) best = Math.max(best, 0.45);
  }
  return best;
}

import { useEffect, useState } from 'react';
import type { ImportKindFields } from '../../../../shared/contract/schemas/import';
import { getApi } from '../../../api/backend';

let cached: Promise<ImportKindFields[]> | null = null;

/** The kinds and their fields: fixed for the app's lifetime, so asked once. */
export function useImportFields(): ImportKindFields[] | null {
  const [fields, setFields] = useState<ImportKindFields[] | null>(null);
  useEffect(() => {
    let live = true;
    cached ??= getApi().import.fields();
    cached.then((value) => live && setFields(value)).catch(() => {
      cached = null;
    });
    return () => {
      live = false;
    };
  }, []);
  return fields;
}

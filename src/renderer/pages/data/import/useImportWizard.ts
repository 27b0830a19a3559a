import { useCallback, useRef, useState } from 'react';
import type { ApiErrorShape } from '../../../../shared/contract/errors';
import type { FileChoice } from '../../../../shared/contract/schemas/files';
import type { FileInspectionView, ImportKindName, ImportPreviewView } from '../../../../shared/contract/schemas/import';
import { getApi } from '../../../api/backend';
import { toErrorShape } from '../../../api/errors';
import { chooseFile } from '../../../api/files';
import { useAppStore } from '../../../store/app-store';
import { cancelRunningChecks, rememberImportRun } from './import-jobs';
import { IMPORT_EXTENSIONS } from './import-labels';
import { choicesFrom, toMapping, type ColumnChoice } from './mapping-state';

export type WizardStep = 'file' | 'columns' | 'check' | 'run';
export type EncodingChoice = 'auto' | 'utf8' | 'gb18030';
export type DateOrderChoice = 'auto' | 'YMD' | 'DMY' | 'MDY';

export interface ReadChoice {
  encoding: EncodingChoice;
  sheet?: string;
  headerRow?: number;
}

export interface WizardState {
  step: WizardStep;
  busy: 'reading' | 'checking' | 'starting' | null;
  error: ApiErrorShape | null;
  file: FileChoice | null;
  inspection: FileInspectionView | null;
  kind: ImportKindName | null;
  /** The user picked the kind: re-reading the file (another sheet) keeps it. */
  kindChosen: boolean;
  read: ReadChoice;
  choices: ColumnChoice[];
  dateOrder: DateOrderChoice;
  preview: ImportPreviewView | null;
  jobId: string | null;
}

const initial: WizardState = {
  step: 'file',
  busy: null,
  error: null,
  file: null,
  inspection: null,
  kind: null,
  kindChosen: false,
  read: { encoding: 'auto' },
  choices: [],
  dateOrder: 'auto',
  preview: null,
  jobId: null,
};

/**
 * The import wizard's state and the calls behind each step: choose a file → inspect (kind,
 * layout, proposed mapping) → preview in a job (rows as stored, problems) → import as a job.
 * Answers that arrive after the user moved on are dropped.
 */
export function useImportWizard(presetKind: ImportKindName | null = null) {
  const [state, setState] = useState<WizardState>(initial);
  // A link that names what to import ("import stock on hand"): files are read as that kind.
  const preset = useRef(presetKind);
  preset.current = presetKind;
  const latest = useRef(state);
  latest.current = state;
  const request = useRef(0);
  const trackJob = useAppStore((s) => s.trackJob);

  const patch = useCallback((next: Partial<WizardState>) => setState((s) => ({ ...s, ...next })), []);

  const check = useCallback(
    async (from: WizardState) => {
      if (!from.file || !from.kind || !from.inspection) return;
      const id = ++request.current;
      patch({ step: 'check', busy: 'checking', error: null, preview: null });
      try {
        const preview = await getApi().import.preview({
          path: from.file.path,
          kind: from.kind,
          mapping: toMapping(from.choices, from.inspection.mapping, from.dateOrder),
          onError: 'skip',
          ...readInput(from.read),
        });
        if (id === request.current) patch({ busy: null, preview, dateOrder: from.dateOrder });
      } catch (error) {
        if (id !== request.current) return;
        const shape = toErrorShape(error);
        // Cancelling the check goes back to the columns; any other failure is shown where it happened.
        patch({ busy: null, step: 'columns', error: shape.code === 'job_cancelled' ? null : shape });
      }
    },
    [patch],
  );

  const inspect = useCallback(
    async (file: FileChoice, read: ReadChoice, kind: ImportKindName | null, kindChosen: boolean) => {
      const id = ++request.current;
      patch({ file, read, busy: 'reading', error: null, kindChosen });
      try {
        let inspection = await getApi().import.inspect({ path: file.path, ...readInput(read), ...(kind ? { kind } : {}) });
        if (!kind && read.sheet === undefined) inspection = await bestSheet(file, read, inspection);
        if (id !== request.current) return;
        const next: WizardState = {
          ...latest.current,
          step: 'columns',
          busy: null,
          file,
          read: { ...read, ...(inspection.sheet ? { sheet: inspection.sheet } : {}), headerRow: inspection.headerRow },
          inspection,
          kind: inspection.kind,
          kindChosen,
          choices: choicesFrom(inspection),
          dateOrder: inspection.mapping.dateOrder ?? 'auto',
          preview: null,
        };
        setState(next);
        // The same file shape as last time: straight to the check, one click from importing.
        if (inspection.mappingSource === 'saved' && inspection.missing.length === 0 && !kindChosen) void check(next);
      } catch (error) {
        if (id === request.current) patch({ busy: null, error: toErrorShape(error) });
      }
    },
    [check, patch],
  );

  /** A dropped or picked File (uploaded in browser mode), or the native dialog when none is given. */
  const chooseAndInspect = useCallback(
    async (dropped?: File) => {
      const id = ++request.current;
      patch({ busy: 'reading', error: null });
      try {
        const file = await chooseFile({ extensions: IMPORT_EXTENSIONS, ...(dropped ? { file: dropped } : {}) });
        if (id !== request.current) return;
        if (!file) {
          patch({ busy: null });
          return;
        }
        await inspect(file, { encoding: 'auto' }, preset.current, preset.current !== null);
      } catch (error) {
        if (id === request.current) patch({ busy: null, error: toErrorShape(error) });
      }
    },
    [inspect, patch],
  );

  const start = useCallback(
    async (onError: 'abort' | 'skip') => {
      const s = latest.current;
      if (!s.file || !s.kind || !s.inspection) return;
      const id = ++request.current;
      patch({ busy: 'starting', error: null });
      try {
        const { jobId } = await getApi().import.start({
          path: s.file.path,
          kind: s.kind,
          mapping: toMapping(s.choices, s.inspection.mapping, s.dateOrder),
          onError,
          ...readInput(s.read),
        });
        rememberImportRun(jobId);
        trackJob(jobId, 'import');
        if (id === request.current) patch({ busy: null, step: 'run', jobId });
      } catch (error) {
        if (id === request.current) patch({ busy: null, error: toErrorShape(error) });
      }
    },
    [patch, trackJob],
  );

  /** A file the back end already may read (one from a watched folder): straight to inspecting it. */
  const inspectChosen = useCallback((file: FileChoice) => inspect(file, { encoding: 'auto' }, preset.current, preset.current !== null), [inspect]);

  return {
    state,
    chooseAndInspect,
    inspectChosen,
    changeKind: (kind: ImportKindName) => state.file && void inspect(state.file, state.read, kind, true),
    changeRead: (read: Partial<ReadChoice>) => {
      if (!state.file) return;
      // Another sheet or encoding has its own header row: find it again unless that is what changed.
      const next: ReadChoice = { ...state.read, ...read };
      if (!('headerRow' in read)) delete next.headerRow;
      void inspect(state.file, next, state.kindChosen ? state.kind : null, state.kindChosen);
    },
    setChoices: (choices: ColumnChoice[]) => patch({ choices }),
    setDateOrder: (dateOrder: DateOrderChoice) => patch({ dateOrder }),
    /** The file could not tell day/month from month/day: check it again in the order the user says. */
    recheckWithDateOrder: (dateOrder: 'DMY' | 'MDY') => void check({ ...latest.current, dateOrder }),
    check: () => void check(latest.current),
    back: () => {
      if (latest.current.busy === 'checking') cancelRunningChecks();
      request.current++;
      patch({ step: latest.current.step === 'check' ? 'columns' : 'file', busy: null, error: null });
    },
    start,
    reset: () => {
      if (latest.current.busy === 'checking') cancelRunningChecks();
      request.current++;
      setState(initial);
    },
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;

/** Workbooks often open with a cover or notes sheet: when the first sheet looks like no kind, try the others. */
const SHEETS_TRIED = 6;
async function bestSheet(file: FileChoice, read: ReadChoice, first: FileInspectionView): Promise<FileInspectionView> {
  if (first.format !== 'xlsx' || first.kindConfidence >= 0.5 || first.sheets.length < 2) return first;
  let best = first;
  for (const sheet of first.sheets.filter((s) => s !== first.sheet).slice(0, SHEETS_TRIED)) {
    const candidate = await getApi()
      .import.inspect({ path: file.path, ...readInput({ ...read, sheet }) })
      .catch(() => null);
    if (candidate && candidate.kindConfidence > best.kindConfidence) best = candidate;
  }
  return best;
}

function readInput(read: ReadChoice) {
  return {
    ...(read.encoding !== 'auto' ? { encoding: read.encoding } : {}),
    ...(read.sheet !== undefined ? { sheet: read.sheet } : {}),
    ...(read.headerRow !== undefined ? { headerRow: read.headerRow } : {}),
  };
}

import { App } from 'antd';
import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { useAction } from './useAction';

export interface SettingsDraft<D> {
  /** What the form edits; null until the saved settings have arrived. */
  draft: D | null;
  setDraft: Dispatch<SetStateAction<D | null>>;
  saving: boolean;
  save(): Promise<void>;
}

interface Options<S, D> {
  /** The settings as saved; null while they load or while the drawer is closed. Each new value starts a fresh draft. */
  saved: S | null;
  /** Must be stable (a module-level function): the form's draft of the saved settings. */
  toDraft(saved: S): D;
  /** Writes the draft; `saved` is what it was made from (null if the user started from defaults). */
  write(draft: D, saved: S | null): Promise<void>;
  /** The message once saved. */
  done: string;
  /** The title of the error notice, or what to do with the error instead. */
  failed: string | ((error: unknown) => void);
}

/** A settings drawer's form: a draft of the saved settings each time it opens, saved with a busy button and a message. */
export function useSettingsDraft<S, D>({ saved, toDraft, write, done, failed }: Options<S, D>): SettingsDraft<D> {
  const { message } = App.useApp();
  const [draft, setDraft] = useState<D | null>(null);
  const { busy, run } = useAction(failed);
  useEffect(() => {
    if (saved) setDraft(toDraft(saved));
  }, [saved, toDraft]);

  const save = async () => {
    if (!draft) return;
    await run(async () => {
      await write(draft, saved);
      void message.success(done);
    });
  };
  return { draft, setDraft, saving: busy, save };
}

import { Alert, Modal, Spin, Steps } from 'antd';
import { useEffect } from 'react';
import { describeError } from '../../../i18n/errors';
import { useT } from '../../../i18n/hooks';
import { CheckStep } from './CheckStep';
import { ColumnsStep } from './ColumnsStep';
import { FileStep } from './FileStep';
import { RunStep } from './RunStep';
import { useImportFields } from './useImportFields';
import { useImportWizard, type WizardStep } from './useImportWizard';
import type { ImportKindName } from '../../../../shared/contract/schemas/import';
import type { FileChoice } from '../../../../shared/contract/schemas/files';

interface Props {
  open: boolean;
  /** A file dropped on the Data page: the wizard starts with it. */
  dropped: File | null;
  /** A file the back end may already read (from a watched folder): the wizard starts with it. */
  chosen?: FileChoice | null;
  onClose(): void;
  /** After an import: show the table that holds what came in. */
  onViewData(kind: ImportKindName): void;
  /** What to import, when a link named it (the plan's "import stock on hand"): files are read as that kind. */
  kind?: ImportKindName | null;
}

const stepIndex: Record<WizardStep, number> = { file: 0, columns: 1, check: 2, run: 3 };

/** The import wizard: file → columns → check → import, in one dialog. */
export function ImportWizard({ open, dropped, chosen, onClose, onViewData, kind = null }: Props) {
  const t = useT();
  const wizard = useImportWizard(kind);
  const fields = useImportFields();
  const { state } = wizard;
  const { chooseAndInspect, inspectChosen, reset } = wizard;

  useEffect(() => {
    if (open && dropped) void chooseAndInspect(dropped);
  }, [open, dropped, chooseAndInspect]);

  useEffect(() => {
    if (open && chosen) void inspectChosen(chosen);
  }, [open, chosen, inspectChosen]);

  const close = () => {
    // A running import goes on in the background (the header shows it); the wizard starts afresh.
    reset();
    onClose();
  };

  const error = state.error ? describeError(t, state.error) : null;
  return (
    <Modal
      open={open}
      title={t('import.title')}
      width={1080}
      footer={null}
      onCancel={close}
      destroyOnHidden
      maskClosable={false}
      styles={{ body: { minHeight: 360 } }}
    >
      <Steps
        size="small"
        current={stepIndex[state.step]}
        style={{ marginBottom: 16 }}
        items={[
          { title: t('import.step.file') },
          { title: t('import.step.columns') },
          { title: t('import.step.check') },
          { title: t('import.step.import') },
        ]}
      />
      {error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={error.message}
          description={error.next || undefined}
          data-testid="import-error"
        />
      )}
      {!fields ? (
        <Spin />
      ) : state.step === 'file' ? (
        <FileStep busy={state.busy !== null} onFile={(file) => void chooseAndInspect(file)} />
      ) : state.step === 'columns' ? (
        <ColumnsStep wizard={wizard} fields={fields} />
      ) : state.step === 'check' ? (
        <CheckStep wizard={wizard} fields={fields} onAbort={close} />
      ) : state.jobId ? (
        <RunStep
          jobId={state.jobId}
          fileName={state.file?.name ?? ''}
          onAnother={reset}
          onClose={close}
          onViewData={() => {
            const kind = state.kind;
            close();
            if (kind) onViewData(kind);
          }}
        />
      ) : null}
    </Modal>
  );
}

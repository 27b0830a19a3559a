import { Alert, Button, Flex, Form, InputNumber, Select, Space, Tag, Typography } from 'antd';
import { importKindSchema, type ImportKindFields, type ImportKindName } from '../../../../shared/contract/schemas/import';
import { useLocale, useT } from '../../../i18n/hooks';
import { fieldLabel, fileSize, kindLabel } from './import-labels';
import { missingFields } from './mapping-state';
import { MappingTable } from './MappingTable';
import type { DateOrderChoice, EncodingChoice, ImportWizard } from './useImportWizard';

interface Props {
  wizard: ImportWizard;
  fields: ImportKindFields[];
}

/** Step 2: what the file is (kind, sheet, encoding, header row) and which column is which field. */
export function ColumnsStep({ wizard, fields }: Props) {
  const t = useT();
  const listSeparator = useLocale() === 'zh-CN' ? '、' : ', ';
  const { state } = wizard;
  const { inspection, kind, file } = state;
  if (!inspection || !kind || !file) return null;
  const kindFields = fields.find((k) => k.kind === kind);
  const missing = missingFields(kindFields, state.choices);
  const hasDates = kindFields?.fields.some((f) => f.type === 'date' || f.type === 'datetime') ?? false;
  const busy = state.busy !== null;

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">
        {t('import.file.about', { name: file.name, size: fileSize(file.bytes) })}
      </Typography.Text>
      <Form layout="inline" disabled={busy} style={{ rowGap: 8 }}>
        <Form.Item label={t('import.kind.label')}>
          <Space>
            <Select<ImportKindName>
              style={{ width: 200 }}
              value={kind}
              aria-label={t('import.kind.label')}
              options={importKindSchema.options.map((k) => ({ value: k, label: kindLabel(t, k) }))}
              onChange={(next) => wizard.changeKind(next)}
            />
            {!state.kindChosen && inspection.mappingSource === 'proposed' && inspection.kindConfidence > 0 && (
              <Tag color="blue">
                {t('import.kind.guessed')} {Math.round(inspection.kindConfidence * 100)}%
              </Tag>
            )}
          </Space>
        </Form.Item>
        {inspection.format === 'xlsx' && (
          <Form.Item label={t('import.read.sheet')}>
            <Select
              style={{ width: 160 }}
              aria-label={t('import.read.sheet')}
              value={inspection.sheet ?? undefined}
              options={inspection.sheets.map((s) => ({ value: s, label: s }))}
              onChange={(sheet: string) => wizard.changeRead({ sheet })}
            />
          </Form.Item>
        )}
        {inspection.format === 'csv' && (
          <Form.Item label={t('import.read.encoding')}>
            <Select<EncodingChoice>
              style={{ width: 190 }}
              aria-label={t('import.read.encoding')}
              value={state.read.encoding}
              options={[
                { value: 'auto', label: t('import.read.encoding.auto', { found: encodingName(inspection.encoding) }) },
                { value: 'utf8', label: t('import.read.encoding.utf8') },
                { value: 'gb18030', label: t('import.read.encoding.gb18030') },
              ]}
              onChange={(encoding) => wizard.changeRead({ encoding })}
            />
          </Form.Item>
        )}
        <Form.Item label={t('import.read.headerRow')}>
          <InputNumber
            min={1}
            max={1000}
            style={{ width: 80 }}
            aria-label={t('import.read.headerRow')}
            value={inspection.headerRow}
            onChange={(headerRow) => typeof headerRow === 'number' && headerRow !== inspection.headerRow && wizard.changeRead({ headerRow })}
          />
        </Form.Item>
        {hasDates && (
          <Form.Item label={t('import.read.dateOrder')}>
            <Select<DateOrderChoice>
              style={{ width: 150 }}
              aria-label={t('import.read.dateOrder')}
              value={state.dateOrder}
              options={(['auto', 'YMD', 'DMY', 'MDY'] as const).map((o) => ({ value: o, label: t(`import.read.dateOrder.${o}`) }))}
              onChange={(dateOrder) => wizard.setDateOrder(dateOrder)}
            />
          </Form.Item>
        )}
      </Form>
      {inspection.mappingSource === 'saved' && <Alert type="success" showIcon title={t('import.kind.saved')} />}
      {missing.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('import.map.missing', { fields: missing.map((m) => fieldLabel(t, kind, m)).join(listSeparator) })}
        />
      ) : (
        <Alert type="info" showIcon title={t('import.map.allSet')} />
      )}
      {kindFields && <MappingTable inspection={inspection} kind={kindFields} choices={state.choices} onChange={wizard.setChoices} />}
      <Flex justify="space-between">
        <Button onClick={wizard.back} disabled={busy}>
          {t('import.file.change')}
        </Button>
        <Button type="primary" disabled={missing.length > 0} loading={busy} onClick={wizard.check}>
          {t('import.action.next')}
        </Button>
      </Flex>
    </Flex>
  );
}

function encodingName(encoding: string | null): string {
  if (encoding === 'gb18030') return 'GB18030';
  if (encoding === 'utf16le' || encoding === 'utf16be') return 'UTF-16';
  return 'UTF-8';
}

import { ImportOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { navigateToImport } from '../hooks/route';
import { useT } from '../i18n/hooks';

/** The kinds of file a missing input is imported from, each with its button label. */
export type MissingImportKind = 'stock' | 'terms' | 'purchase-orders';

/** Opens the import wizard for the kind of file that supplies a missing input. */
export function ImportLinkButton({ kind, primary = false }: { kind: MissingImportKind; primary?: boolean }) {
  const t = useT();
  return (
    <Button size="small" type={primary ? 'primary' : 'default'} icon={<ImportOutlined />} data-testid={`import-${kind}`} onClick={() => navigateToImport(kind)}>
      {t(`missing.import.${kind}`)}
    </Button>
  );
}

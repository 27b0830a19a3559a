import type { KeyFigure } from '../../../shared/contract/schemas/dashboard';
import type { MissingImportKind } from '../../components/ImportLinkButton';
import type { Formatters } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';

/** What a figure without its inputs says instead of a value; null when it has them. */
export function missingText(t: Translate, format: Formatters, figure: Pick<KeyFigure, 'missing'>): string | null {
  const missing = figure.missing;
  if (!missing) return null;
  if (missing.need === 'salesAfterRun') return t('dashboard.figure.missing.salesAfterRun', { date: missing.after ? format.date(missing.after) : '' });
  return t(`dashboard.figure.missing.${missing.need}`);
}

/** The import that supplies a figure's missing input, when an import does. */
export function missingImportKind(figure: Pick<KeyFigure, 'missing'>): MissingImportKind | null {
  if (figure.missing?.need === 'stock') return 'stock';
  if (figure.missing?.need === 'purchaseOrders') return 'purchase-orders';
  return null;
}

import type { Formatters } from '../../i18n/format';
import { isMessageKey, type Translate } from '../../i18n/translate';
import type { LogisticsNoteRow } from '../../../shared/contract/schemas/logistics';

type Reason = { kind: string } & Record<string, unknown>;

const num = (value: unknown): number => (typeof value === 'number' ? value : 0);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

export function modeLabel(t: Translate, mode: unknown): string {
  const key = `logistics.mode.${str(mode)}`;
  return isMessageKey(key) ? t(key) : str(mode);
}

/** A draft's or shipment's why, worded from its figures in the user's language. */
export function reasonText(t: Translate, format: Formatters, reason: Reason, currency: string): string {
  const money = (value: unknown) => format.money(num(value), currency);
  const units = (value: unknown) => format.integer(num(value));
  switch (reason.kind) {
    case 'transfer_pays':
      return t(reason.purchaseFreightKnown === false ? 'logistics.reason.transfer_paysNoFreight' : 'logistics.reason.transfer_pays', {
        excess: units(reason.excessUnits), prevented: units(reason.shortUnitsPrevented), saved: money(reason.marginSaved),
        cost: money(reason.transferCost), ordering: money(reason.orderingCost),
        purchase: typeof reason.purchaseAfterTransfer === 'number' && reason.purchaseAfterTransfer !== reason.plannedPurchase
          ? t('logistics.reason.transferPurchase', { before: units(reason.plannedPurchase), after: units(reason.purchaseAfterTransfer) })
          : '',
      });
    case 'mode_cheapest': {
      const runner = reason.runnerUp as Reason | null | undefined;
      return t('logistics.reason.mode_cheapest', {
        mode: modeLabel(t, reason.mode), freight: money(reason.freight), lost: money(reason.lostMargin),
        runnerUp: runner ? t('logistics.reason.runnerUp', { mode: modeLabel(t, runner.mode), total: money(runner.total) }) : '',
      });
    }
    case 'split_urgent': {
      const single = (reason.bestSingle ?? {}) as Reason;
      return t('logistics.reason.split_urgent', {
        urgent: units(reason.urgentUnits), urgentMode: modeLabel(t, reason.urgentMode), rest: units(reason.restUnits), restMode: modeLabel(t, reason.restMode),
        total: money(reason.total), single: money(single.total), singleMode: modeLabel(t, single.mode),
      });
    }
    case 'only_lane':
      return t('logistics.reason.only_lane', { mode: modeLabel(t, reason.mode), freight: money(reason.freight) });
    case 'expedite_pays':
      return t('logistics.reason.expedite_pays', { po: str(reason.poNumber), mode: modeLabel(t, reason.mode), extra: money(reason.extraFreight), saved: money(reason.marginSaved) });
    default:
      return t('logistics.reason.other', { kind: reason.kind });
  }
}

/** What planning logistics could not do, and what to import or add. */
export function noteText(t: Translate, format: Formatters, note: LogisticsNoteRow): string {
  const n = note as Reason;
  switch (n.kind) {
    case 'no_lane':
      return t('logistics.note.no_lane', { supplier: str(n.supplier), to: str(n.to), lines: format.integer(num(n.lines)) });
    case 'no_transfer_lane':
      return t('logistics.note.no_transfer_lane', { from: str(n.from), to: str(n.to) });
    case 'missing_unit_size':
      return t('logistics.note.missing_unit_size', { skus: format.integer(num(n.skus)), figure: str(n.figure), example: str(n.example) });
    case 'no_margin':
      return t('logistics.note.no_margin', { skus: format.integer(num(n.skus)) });
    case 'no_purchase_freight':
      return t('logistics.note.no_purchase_freight', { transfers: format.integer(num(n.transfers)) });
    default:
      return t('logistics.note.other', { kind: n.kind });
  }
}

/** One colour per mode, the same in the chart and the tags. */
export const MODE_COLOURS: Record<string, string> = { sea: '#1677ff', rail: '#722ed1', air: '#fa541c', truck: '#52c41a', express: '#eb2f96' };

import path from 'node:path';
import { alertPriorities, type AlertPriority, type AlertRow } from '../../shared/contract/schemas/monitoring';
import { openWorkspace } from '../../core/db/workspace';
import { listAlerts, refreshAlerts } from '../../core/monitoring/alerts';
import { subjectOf } from '../../core/monitoring/alerts/digest';
import { parseCommandArgs, requireOption } from '../args';
import { MAX_LINE, wrapLine } from '../short-lines';
import { CliUsageError } from '../usage-error';

/**
 * `alerts --workspace FILE [--refresh] [--json] [--min-priority high|medium|low] [--all] [--covered]`
 * Lists the open work, stale data first then by money at stake; --refresh checks them again first.
 * Alerts under the materiality minimum (--all) and those a plan line already answers (--covered)
 * are counted, and listed on request.
 * --json prints `{"today", "refreshedAt", "currency", "minMoney", "belowMinimum", "covered", "refresh"?, "alerts": [AlertRow…]}`.
 */
export function alertsCommand(args: string[]): void {
  const { values } = parseCommandArgs(args, {
    workspace: { type: 'string' },
    refresh: { type: 'boolean' },
    json: { type: 'boolean' },
    'min-priority': { type: 'string' },
    all: { type: 'boolean' },
    covered: { type: 'boolean' },
  });
  const file = path.resolve(requireOption(values.workspace, 'workspace'));
  const min = values['min-priority'] ?? 'low';
  if (!(alertPriorities as readonly string[]).includes(min)) throw new CliUsageError(`--min-priority must be high, medium or low, not "${min}"`);
  const priorities = alertPriorities.slice(0, alertPriorities.indexOf(min as AlertPriority) + 1);
  const workspace = openWorkspace(file);
  try {
    const refresh = values.refresh ? refreshAlerts(workspace.db) : null;
    const list = listAlerts(workspace.db, { priorities: [...priorities], ...(values.all ? { all: true } : {}), ...(values.covered ? { includeCovered: true } : {}) });
    if (values.json) {
      const { today, refreshedAt, currency, minMoney, belowMinimum, covered } = list;
      console.log(JSON.stringify({ today, refreshedAt, currency, minMoney, belowMinimum, covered, ...(refresh ? { refresh } : {}), alerts: list.rows }));
      return;
    }
    if (refresh) {
      const kinds = Object.entries(refresh.byKind).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ');
      process.stderr.write(`Checked alerts for ${refresh.today} in ${refresh.seconds.toFixed(2)} s: ${refresh.detected} found (${kinds || 'none'}), ${refresh.inserted} new, ${refresh.reopened} back, ${refresh.resolved} resolved\n`);
    }
    if (list.refreshedAt === null) {
      console.log('No alerts checked yet: run again with --refresh.');
      return;
    }
    const hidden = [
      list.belowMinimum > 0 ? `${list.belowMinimum} under the minimum of ${list.minMoney.toLocaleString('en')} hidden (--all)` : '',
      list.covered > 0 ? `${list.covered} answered by the plan hidden (--covered)` : '',
    ].filter(Boolean);
    console.log(`Open alerts as of ${list.today} (${list.rows.length}${hidden.length > 0 ? `; ${hidden.join('; ')}` : ''}):`);
    list.rows.forEach((row, i) => console.log(line(i + 1, row)));
  } finally {
    workspace.close();
  }
}

function line(rank: number, row: AlertRow): string {
  const money = row.money.toLocaleString('en', { maximumFractionDigits: 0 });
  const facts = Object.entries(row.facts).map(([k, v]) => `${k}=${v ?? '-'}`).join(' ');
  // The facts wrap onto indented lines under the alert, so no line runs past a terminal's width.
  return wrapLine(`${String(rank).padStart(4)}. ${row.priority.padEnd(6)} ${row.kind.padEnd(19)} ${subjectOf(row).padEnd(30)} ${money.padStart(12)} ${row.currency} (${row.moneyMethod})  ${facts}`, MAX_LINE, '        ').join('\n');
}

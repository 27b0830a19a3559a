import { importKinds } from '../core/import/types';

export { CliUsageError } from './usage-error';

const importUsage = `  import --workspace FILE --kind KIND DATAFILE [--mapping auto|MAPPING.json] [--encoding auto|utf8|gb18030]
         [--date-order dmy|mdy|ymd] [--on-error abort|skip] [--report FILE] [--sheet NAME] [--header-row N] [--delimiter C|tab] [--json]
      Import a CSV or XLSX file. KIND: ${importKinds.join(', ')}. The day/month order of dates like 03/04/2024
      is read from every value of the column; give --date-order when every value fits both.
  import --workspace FILE --undo IMPORT_ID
      Undo an import (the newest first).
`;

const approveUsage = `  approve --workspace FILE [--plan ID] [--supplier ID] [--location ID] [--json]
      Approve a plan's draft lines (default: the newest draft plan, every supplier) into open purchase orders.
`;

const watchUsage = `  watch --workspace FILE --folder DIR [--kind KIND|detect] [--once] [--json] [--stable-ms N] [--interval-ms N]
      Import new or changed files landing in DIR with the saved mapping of their layout (the folder is
      added to the workspace's watched folders). --once: look twice, --stable-ms apart (default 2000),
      import what is whole and stable, print what happened and exit (1 if a file failed); without it,
      keep watching until Ctrl+C. --json prints one ledger entry per line.
`;

const recommendUsage = `  recommend --input LINES.csv [--customers CUSTOMERS.csv] --top N --output RECS.csv
      Next-purchase recommendations for the days after the file's last date: N rows per customer with history
      (customer_id,rank,sku,score,reason). LINES.csv: order_id,customer_id,sku,date,qty (ISO dates; an empty
      customer_id is a guest order, whose basket still counts for co-purchases and popularity). Lines with a
      zero or negative qty (returns, cancellations) are not purchases and are left out; every other SKU code,
      postage and fees included, is an item like any other. CUSTOMERS.csv: a customer_id column (default:
      every customer in LINES.csv); listed customers without history get no rows.
  recommend-backtest --input LINES.csv [--top 10] [--recent-days 90] [--json]
      Hold out each recent customer's last order and score HitRate@N, Recall@N and NDCG@N of the blend
      against the repeat, item-kNN and popularity baselines, overall and by number of past orders.
`;

const recommendWorkspaceUsage = `  recommend --workspace FILE [--customers CUSTOMERS.csv] --top N --output RECS.csv [--no-backtest]
      The same recommendations from a workspace's order lines (those with a customer_id), stored in it as the
      newest run the Recommendations page shows (with its backtest unless --no-backtest); RECS.csv as above.
  bought-together --workspace FILE --output FILE.csv|.xlsx|.json [--min-support S] [--min-orders N]
      Bought-together pairs of the workspace's newest recommendation run (made first if there is none), in the
      documented platform format (docs/recommend-export-format.md).
`;

export function usage(): string {
  return `Usage: npm run cli -- <command> [options]

Commands:
  init --workspace FILE [--name NAME]
      Create an empty workspace.
  demo --workspace FILE [--skus N] [--seed S] [--as-of YYYY-MM-DD]
      Create a demo workspace of a new-brand merchant (default 300 SKUs).
  info --workspace FILE [--json]
      Row counts per table and sales totals.
  forecast --input SALES.csv --horizon H --frequency day|week|month --output OUT.csv [--quantiles 0.1,0.5,0.9] [--date-order dmy|mdy|ymd]
           [--global auto|on|off] [--time-budget SECONDS]
      Forecast every SKU of a sku,date,qty file for the H buckets after its last date. --global auto (default)
      trains the global model when enough series have history to validate it, and combines it with learnt weights.
      Optional columns price and promo (0/1): rows with an empty qty dated after the last date with a qty plan the horizon.
  forecast --workspace FILE [--frequency week] [--horizon 26] [--locations each|total] [--output OUT.csv]
           [--global auto|on|off] [--time-budget SECONDS]
      Forecast every SKU and location of a workspace and store the run in it (auto: reuse the stored global model
      until the data moves on).
  events --workspace FILE [--import EVENTS.csv] [--export OUT.csv] [--locale en|zh-CN]
      The workspace's event calendar (Spring Festival, 618, Double 11 … and your own) in columns
      key,name,from,to: --import sets each row's dates for its year (a new key adds your own event),
      --export writes every year of the events switched on; with neither, lists the next dates.
${importUsage}  scorecard --workspace FILE [--from DATE --to DATE] [--as-of DATE] [--tolerance-days N] --output FILE.csv|.xlsx
      Supplier scorecards: on-time, in-full, OTIF, fill rate, lead times, score and grade.
  supplier-pack --workspace FILE --supplier ID|CODE --output FILE.xlsx [--weeks N] [--as-of DATE] [--tolerance-days N]
      A supplier's collaboration pack: scorecard, open purchase orders and forecast of their SKUs.
  plan --workspace FILE [--service 0.95] [--budget N] [--run ID] [--promised-lead-times] --output PLAN.csv|.xlsx|.json [--po-dir DIR]
      A replenishment plan from the newest forecast run (made first if there is none).
${approveUsage}  simulate --workspace FILE --from DATE --to DATE [--policy current|supplydesk] [--service 0.95] [--curve] [--json]
  simulate --workspace FILE --logistics [--days 365 | --from DATE --to DATE] [--service 0.95] [--json]
      Replay past demand under the current min/max policy and SupplyDesk's; --json prints one object per policy.
  logistics --workspace FILE [--plan ID] --output FILE.csv|.xlsx|.json
      Transfers between warehouses, sea or air (split where it pays), landed cost and containers for a stored plan
      (the newest by default), in the documented format (docs/logistics-export-format.md).
  export --workspace FILE --plan ID --format csv|xlsx|json --output FILE [--include-approved] [--po-dir DIR] [--locale en|zh-CN]
      Export a stored plan in the documented platform format (docs/export-format.md): the lines still
      to order; --include-approved adds approved lines with status and PO number; --locale: the language
      of the reason column (default en).
  refresh --workspace FILE [--json]
      After new data: refresh forecasts (incrementally, from the newest run), the plan and alerts; prints each step's seconds.
  dashboard --workspace FILE [--json]
      The Dashboard's key figures as of the workspace's "today", each with its 12-week trend and definition.
  alerts --workspace FILE [--refresh] [--json] [--min-priority high|medium|low] [--all] [--covered]
      Open alerts ranked by money at stake (stale data first); --refresh checks them again first.
      --all also lists those under the materiality minimum, --covered those a plan line already answers.
  digest --workspace FILE --output FILE.xlsx|.md [--locale en|zh-CN]
      The daily alert digest: open alerts by money at stake, counts, new since yesterday.
${watchUsage}${recommendUsage}${recommendWorkspaceUsage}`;
}

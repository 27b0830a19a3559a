import { migration001 } from './001_initial';
import { migration002 } from './002_import';
import { migration003 } from './003_forecasts';
import { migration004 } from './004_suppliers';
import { migration005 } from './005_planning';
import { migration006 } from './006_simulations';
import { migration007 } from './007_containers';
import { migration008 } from './008_alerts';
import { migration009 } from './009_watch';
import { migration010 } from './010_recommend';
import { migration011 } from './011_logistics';
import { migration012 } from './012_as_of_index';
import { migration013 } from './013_logistics_replays';
import { migration014 } from './014_events';
import { migration015 } from './015_sales_series';
import { migration016 } from './016_data_versions';
import { migration017 } from './017_lead_time_stats';
import { migration018 } from './018_forecast_sort_key';
import { migration019 } from './019_sales_series_revenue';
import { migration020 } from './020_lead_time_facts';
import { migration021 } from './021_purchase_window_indexes';
import { migration022 } from './022_forecast_run_scores';
import { migration023 } from './023_forecast_packed';
import { migration024 } from './024_sales_totals';
import { migration025 } from './025_sales_writes';
import { migration026 } from './026_run_actuals_scores';
import type { Migration } from './types';

/** Append-only: never edit a migration that has shipped, add the next one. */
export const migrations: readonly Migration[] = [
  migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009,
  migration010, migration011, migration012, migration013, migration014, migration015, migration016,
  migration017, migration018, migration019, migration020, migration021, migration022, migration023, migration024,
  migration025, migration026,
];

export const latestSchemaVersion = migrations[migrations.length - 1]!.version;

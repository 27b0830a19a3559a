/** M4 weekly (359 series, h = 13): MASE per method and of the engine. */

import { detectSeasonality, forecastCandidates, forecastSeries, mase, type CandidateName } from '../../src/core/forecast';
import { accumulator, add, avg } from './evaluate';
import { loadM4Weekly } from './data';

const H = 13;
/** The speed bench's real weekly set: each training series cut to its last 104 weeks. */
const LAST_WEEKS = 104;
const METHODS: CandidateName[] = ['naive', 'snaive', 'ses', 'damped', 'theta', 'ets', 'combo'];

export function runM4Weekly(dataDir: string): void {
  const d = loadM4Weekly(dataDir);
  const acc = accumulator();
  const t0 = performance.now();
  const chosen = new Map<string, number>();
  for (let i = 0; i < d.ids.length; i++) {
    const y = d.train[i] as Float64Array;
    const a = d.test[i] as Float64Array;
    for (const [tag, adj] of [['raw', null], ['adj', detectSeasonality(y, 52)]] as const) {
      const cands = forecastCandidates(y, H, { m: 52, adjustment: adj, seasonalEts: false }, METHODS);
      for (const [name, c] of cands) {
        add(acc, `${tag}:${name}:m1`, mase(a, c.forecast.mean, y, 1));
        add(acc, `${tag}:${name}:m52`, mase(a, c.forecast.mean, y, 52));
      }
    }
    const r = forecastSeries(y, { seasonLength: 52, horizon: H });
    chosen.set(r.method, (chosen.get(r.method) ?? 0) + 1);
    add(acc, 'engine:m1', mase(a, r.mean, y, 1));
    add(acc, 'engine:m52', mase(a, r.mean, y, 52));
    const cut = y.subarray(Math.max(0, y.length - LAST_WEEKS));
    const rc = forecastSeries(cut, { seasonLength: 52, horizon: H });
    add(acc, 'engine104:m1', mase(a, rc.mean, cut, 1));
    add(acc, 'engine104:m52', mase(a, rc.mean, cut, 52));
  }
  const secs = (performance.now() - t0) / 1000;
  console.log(`\n== M4 weekly: ${d.ids.length} series, h=${H} (${secs.toFixed(1)} s incl. all methods) ==`);
  console.log('MASE with M4 scaling (weekly m=1, the published references): Naive2 2.777, SES 2.685, Theta 2.637, Comb 2.432, R ets 2.53');
  console.log('method'.padEnd(44) + 'MASE(m=1)  MASE(m=52)');
  const row = (label: string, key: string): void =>
    console.log(label.padEnd(44) + avg(acc, `${key}:m1`).toFixed(3).padStart(9) + avg(acc, `${key}:m52`).toFixed(3).padStart(12));
  for (const name of METHODS) row(name, `raw:${name}`);
  for (const name of METHODS.filter((n) => n !== 'naive' && n !== 'snaive')) row(`${name} (seasonally adjusted if seasonal)`, `adj:${name}`);
  row('ENGINE (forecastSeries)', 'engine');
  row(`ENGINE on the last ${LAST_WEEKS} weeks (scaled on them)`, 'engine104');
  console.log('engine choices:', [...chosen].sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ${v}`).join('; '));
}

/**
 * The demo's shipping lanes: overseas suppliers by sea (LCL per m³, or 20ft / 40ft / 40HC boxes
 * from their port) and by air (per chargeable kg), domestic suppliers by truck and express, and
 * transfers between the two warehouses by truck and rail. Tariffs are in CNY and in line with
 * 2025–26 quotes into Shanghai and Guangzhou. Deterministic without the random streams, so adding
 * lanes moves no other demo number.
 */

import type Database from 'better-sqlite3';
import { DEMO_LOCATIONS } from './catalog-writer';
import type { Supplier } from './suppliers';

interface SeaOrigin {
  port: string;
  /** Sea transit port to door, to Shanghai and to Guangzhou. */
  days: readonly [number, number];
  lclPerM3: number;
  box20: number;
  box40: number;
  box40hc: number;
  airDays: number;
  airPerKg: number;
  duty: number;
}

const SEA: Record<string, SeaOrigin> = {
  VN: { port: 'VNSGN', days: [12, 9], lclPerM3: 420, box20: 5_200, box40: 8_300, box40hc: 8_900, airDays: 4, airPerKg: 24, duty: 0.05 },
  BD: { port: 'BDCGP', days: [24, 21], lclPerM3: 560, box20: 8_900, box40: 13_600, box40hc: 14_500, airDays: 6, airPerKg: 31, duty: 0.08 },
  IT: { port: 'ITGOA', days: [36, 33], lclPerM3: 780, box20: 12_800, box40: 19_500, box40hc: 20_700, airDays: 5, airPerKg: 42, duty: 0.1 },
  KH: { port: 'KHKOS', days: [15, 11], lclPerM3: 460, box20: 5_900, box40: 9_100, box40hc: 9_800, airDays: 5, airPerKg: 27, duty: 0.05 },
  IN: { port: 'INTUT', days: [22, 19], lclPerM3: 540, box20: 8_100, box40: 12_600, box40hc: 13_400, airDays: 6, airPerKg: 30, duty: 0.08 },
  TR: { port: 'TRIZM', days: [32, 29], lclPerM3: 720, box20: 11_600, box40: 17_800, box40hc: 18_900, airDays: 5, airPerKg: 38, duty: 0.1 },
  TH: { port: 'THLCH', days: [11, 8], lclPerM3: 400, box20: 4_900, box40: 7_800, box40hc: 8_400, airDays: 4, airPerKg: 22, duty: 0.05 },
  KR: { port: 'KRPUS', days: [4, 6], lclPerM3: 300, box20: 3_600, box40: 5_900, box40hc: 6_300, airDays: 2, airPerKg: 18, duty: 0.06 },
};

/** Northern Vietnam ships from Hai Phong rather than Saigon. */
function portOf(supplier: Supplier, origin: SeaOrigin): string {
  return supplier.country === 'VN' && supplier.name.startsWith('Hanoi') ? 'VNHPH' : origin.port;
}

type LaneRow = [
  originKind: 'supplier' | 'warehouse', supplierId: number | null, originLocationId: number | null, destinationId: number, mode: string,
  originPort: string | null, transitDays: number, transitSdDays: number, perUnit: number | null, perKg: number | null, perM3: number | null,
  box20: number | null, box40: number | null, box40hc: number | null, fixed: number, duty: number, notes: string | null,
];

export function demoLanes(suppliers: readonly Supplier[]): LaneRow[] {
  const rows: LaneRow[] = [];
  for (const s of suppliers) {
    DEMO_LOCATIONS.forEach((location, l) => {
      const sea = SEA[s.country];
      if (s.kind === 'overseas' && sea) {
        const spread = Math.max(2, Math.round(s.delivery.leadTimeSdDays * 0.6));
        rows.push(['supplier', s.id, null, location.id, 'sea', portOf(s, sea), sea.days[l]!, spread, null, null, sea.lclPerM3, sea.box20, sea.box40, sea.box40hc, 650, sea.duty, 'CIF, customs clearance in the fixed cost']);
        rows.push(['supplier', s.id, null, location.id, 'air', null, sea.airDays + l, 1, null, sea.airPerKg, null, null, null, null, 450, sea.duty, 'Per chargeable kg (1 m³ = 167 kg)']);
        return;
      }
      // Domestic suppliers: East China ones are a day nearer Shanghai, the South China ones Guangzhou.
      const south = /Dongguan|Foshan|Shantou|Guangzhou|Shenzhen/.test(s.name);
      const days = (l === 0) === south ? 3 : 2;
      rows.push(['supplier', s.id, null, location.id, 'truck', null, days, s.kind === 'unreliable' ? 1.5 : 0.5, null, 0.9, null, null, null, null, 120, 0, null]);
      rows.push(['supplier', s.id, null, location.id, 'express', null, days - 1, 0.3, null, 6.5, null, null, null, null, 0, 0, null]);
    });
  }
  const [sh, gz] = DEMO_LOCATIONS as [(typeof DEMO_LOCATIONS)[number], (typeof DEMO_LOCATIONS)[number]];
  for (const [from, to] of [[sh, gz], [gz, sh]] as const) {
    rows.push(['warehouse', null, from.id, to.id, 'truck', null, 3, 0.6, null, null, 260, null, null, null, 300, 0, 'Line-haul between our warehouses']);
    rows.push(['warehouse', null, from.id, to.id, 'rail', null, 5, 1, null, null, 170, null, null, null, 400, 0, null]);
  }
  return rows;
}

/** Writes the lanes; the caller wraps this in a transaction. */
export function writeDemoLanes(db: Database.Database, suppliers: readonly Supplier[]): number {
  const insert = db.prepare(
    `INSERT INTO lanes (origin_kind, supplier_id, origin_location_id, destination_location_id, mode, origin_port, transit_days, transit_sd_days,
       cost_per_unit, cost_per_kg, cost_per_m3, cost_per_20ft, cost_per_40ft, cost_per_40hc, fixed_cost, duty_rate, notes, entered_transit_days)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const rows = demoLanes(suppliers);
  for (const row of rows) insert.run(...row, row[6]);
  return rows.length;
}

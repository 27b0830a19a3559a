import { CURRENCY_SYNONYMS, fieldOf, type KindSpec } from './fields';
import { specValidator, upperCurrency, type KindDefinition } from './kind';

/**
 * Shipping lanes: how goods reach a warehouse from a supplier or from another warehouse, by one
 * mode, with transit days and the tariff. The origin is a supplier's code or name, or a warehouse's
 * code; `originType` settles a name both could mean. Duty is a percentage of the goods' value.
 */
export const lanesSpec: KindSpec = {
  kind: 'lanes',
  label: 'Shipping lanes',
  distinctive: ['mode', 'transitDays', 'destination'],
  fields: [
    { key: 'origin', label: 'Origin (supplier or warehouse)', type: 'code', required: true, synonyms: ['origin', 'from', 'ship from', 'origin code', 'supplier or warehouse', '起运地', '始发地', '发货方', '发出方', '起点', '调出仓', '供应商/仓库'], weakSynonyms: ['supplier', '供应商'] },
    { key: 'originType', label: 'Origin type', type: 'text', synonyms: ['origin type', 'from type', 'origin kind', '起运类型', '发货方类型', '起点类型'] },
    { key: 'destination', label: 'Destination warehouse', type: 'code', required: true, synonyms: ['destination', 'to', 'ship to', 'destination warehouse', 'to warehouse', '目的仓', '目的地', '收货仓', '到达仓', '调入仓', '终点'] },
    { key: 'mode', label: 'Mode', type: 'text', required: true, synonyms: ['mode', 'transport mode', 'shipping mode', 'freight mode', 'method', '运输方式', '物流方式', '运输模式', '方式'] },
    { key: 'originPort', label: 'Origin port', type: 'code', synonyms: ['origin port', 'port', 'port of loading', 'pol', 'loading port', '起运港', '装货港', '港口'] },
    { key: 'transitDays', label: 'Transit days', type: 'number', required: true, min: 0, synonyms: ['transit days', 'transit', 'transit time', 'days in transit', 'lead days', '运输天数', '在途天数', '时效', '时效天数', '运输时效'] },
    { key: 'transitSdDays', label: 'Transit spread (days)', type: 'number', min: 0, synonyms: ['transit sd', 'transit spread', 'transit variability', 'sd days', '时效波动', '波动天数', '时效标准差'] },
    { key: 'costPerUnit', label: 'Cost per unit', type: 'number', min: 0, synonyms: ['cost per unit', 'per unit', 'unit freight', 'freight per unit', '每件运费', '单件运费', '件运费'] },
    { key: 'costPerKg', label: 'Cost per kg', type: 'number', min: 0, synonyms: ['cost per kg', 'per kg', 'rate per kg', 'freight per kg', '每公斤运费', '公斤运费', '每千克运费', '单价/kg'] },
    { key: 'costPerM3', label: 'Cost per m³', type: 'number', min: 0, synonyms: ['cost per m3', 'per m3', 'cost per cbm', 'per cbm', 'rate per cbm', '每立方运费', '立方运费', '每方运费', '单价/m³'] },
    { key: 'costPer20ft', label: 'Cost per 20ft container', type: 'number', min: 0, synonyms: ['cost per 20ft', '20ft', '20gp', '20ft container', '20尺柜', '20尺', '小柜运费', '20gp运费'] },
    { key: 'costPer40ft', label: 'Cost per 40ft container', type: 'number', min: 0, synonyms: ['cost per 40ft', '40ft', '40gp', '40ft container', '40尺柜', '40尺', '大柜运费', '40gp运费'] },
    { key: 'costPer40hc', label: 'Cost per 40HC container', type: 'number', min: 0, synonyms: ['cost per 40hc', '40hc', '40hq', '40ft high cube', '40高柜', '高柜', '40hq运费', '高柜运费'] },
    { key: 'fixedCost', label: 'Fixed cost per shipment', type: 'number', min: 0, synonyms: ['fixed cost', 'fixed cost per shipment', 'per shipment', 'shipment fee', 'handling fee', '固定费用', '每票费用', '票费', '操作费'] },
    { key: 'dutyPct', label: 'Duty or fee (%)', type: 'number', min: 0, synonyms: ['duty %', 'duty', 'duty rate', 'duty pct', 'tariff %', 'fee %', '关税率', '关税', '税率', '关税(%)', '费率'] },
    { key: 'currency', label: 'Currency', type: 'code', synonyms: CURRENCY_SYNONYMS },
    { key: 'notes', label: 'Notes', type: 'text', synonyms: ['notes', 'note', 'remarks', 'comment', '备注', '说明'] },
  ],
};

export type LaneMode = 'sea' | 'rail' | 'air' | 'truck' | 'express';

export interface LaneRecord {
  origin: string;
  originType: 'supplier' | 'warehouse' | null;
  destination: string;
  mode: LaneMode;
  originPort: string | null;
  transitDays: number;
  transitSdDays: number | null;
  costPerUnit: number | null;
  costPerKg: number | null;
  costPerM3: number | null;
  costPer20ft: number | null;
  costPer40ft: number | null;
  costPer40hc: number | null;
  fixedCost: number | null;
  /** A rate (0.1 = 10%), read from the file's percentage. */
  dutyRate: number | null;
  currency: string | null;
  notes: string | null;
}

const MODE_WORDS: [RegExp, LaneMode][] = [
  [/^(sea|ocean|sea freight|ocean freight|fcl|lcl|ship|vessel|海运|海运整柜|海运拼箱|船运|海运费)$/i, 'sea'],
  [/^(rail|train|railway|rail freight|铁路|铁运|中欧班列|火车|班列)$/i, 'rail'],
  [/^(air|air freight|airfreight|plane|空运|航空|飞机)$/i, 'air'],
  [/^(truck|road|lorry|ftl|ltl|domestic|陆运|汽运|卡车|公路|干线|整车|零担|专线)$/i, 'truck'],
  [/^(express|courier|parcel|dhl|ups|fedex|sf|快递|快运|顺丰|国际快递)$/i, 'express'],
];

export function laneMode(text: string): LaneMode | null {
  const word = text.trim();
  for (const [pattern, mode] of MODE_WORDS) if (pattern.test(word)) return mode;
  return null;
}

function originType(text: string): 'supplier' | 'warehouse' | null | undefined {
  const word = text.trim().toLowerCase();
  if (/^(supplier|vendor|factory|供应商|工厂|厂家)$/.test(word)) return 'supplier';
  if (/^(warehouse|wh|location|store|仓|仓库|门店)$/.test(word)) return 'warehouse';
  return undefined;
}

export const lanesKind: KindDefinition<LaneRecord> = {
  spec: lanesSpec,
  createValidator: (columns) =>
    specValidator(lanesSpec, columns, {
      record: {
        origin: '', originType: null, destination: '', mode: 'sea', originPort: null, transitDays: 0, transitSdDays: null, costPerUnit: null, costPerKg: null,
        costPerM3: null, costPer20ft: null, costPer40ft: null, costPer40hc: null, fixedCost: null, dutyRate: null, currency: null, notes: null,
      } as LaneRecord,
      keys: [
        'origin', 'originType', 'destination', 'mode', 'originPort', 'transitDays', 'transitSdDays', 'costPerUnit', 'costPerKg', 'costPerM3',
        'costPer20ft', 'costPer40ft', 'costPer40hc', 'fixedCost', 'dutyPct', 'currency', 'notes',
      ],
      derived: ['currency', 'mode', 'originType'],
      extra: (r, rec, values, cols) => {
        rec.currency = upperCurrency(values);
        const mode = typeof values.mode === 'string' ? laneMode(values.mode) : null;
        rec.mode = mode ?? 'sea';
        if (typeof values.mode === 'string' && mode === null) {
          r.fail('bad_value', cols.mode, fieldOf(lanesSpec, 'mode'), `Mode "${values.mode}" is not one of sea, rail, air, truck, express (海运, 铁路, 空运, 陆运, 快递)`);
        }
        const type = typeof values.originType === 'string' ? originType(values.originType) : null;
        rec.originType = type ?? null;
        if (type === undefined) {
          r.fail('bad_value', cols.originType, fieldOf(lanesSpec, 'originType'), `Origin type "${String(values.originType)}" is not supplier or warehouse (供应商 / 仓库)`);
        }
        const duty = values.dutyPct as number | null;
        rec.dutyRate = duty === null ? null : duty / 100;
        if (duty !== null && duty > 500) r.fail('out_of_range', cols.dutyPct, fieldOf(lanesSpec, 'dutyPct'), `Duty ${duty}% is above 500%: give it as a percentage, e.g. 10 for 10%`);
        const tariffs = [rec.costPerUnit, rec.costPerKg, rec.costPerM3, rec.costPer20ft, rec.costPer40ft, rec.costPer40hc, rec.fixedCost];
        if (r.ok && tariffs.every((t) => t === null)) {
          const tariffKeys = ['costPerUnit', 'costPerKg', 'costPerM3', 'costPer20ft', 'costPer40ft', 'costPer40hc', 'fixedCost'] as const;
          const named = tariffKeys.find((k) => cols[k] >= 0) ?? 'costPerUnit';
          r.fail('missing_value', cols[named], fieldOf(lanesSpec, named), 'The lane has no cost: give a cost per unit, kg, m³ or container, or a fixed cost per shipment (0 for a free lane)');
        }
      },
    }),
};

import type { CategoryKey } from './catalog-templates';
import type { Rng } from '../ground/random';

/** How a supplier behaves: the archetypes a supplier scorecard must tell apart. */
export type SupplierKind = 'domestic' | 'overseas' | 'unreliable';

export interface DeliveryBehaviour {
  /** Chance a PO arrives early / late, and the range of days late (domestic and unreliable). */
  earlyProbability: number;
  lateProbability: number;
  lateMinDays: number;
  lateMaxDays: number;
  /** Overseas: spread of actual around promised lead time (sea freight, customs). */
  leadTimeSdDays: number;
  /** Chance of a port or customs hold adding two to four weeks. */
  longDelayProbability: number;
  /** Chance a line ships short, and then that the balance follows later rather than never. */
  shortProbability: number;
  backorderProbability: number;
  /** Chance a receipt has units rejected at inspection. */
  rejectProbability: number;
  /** Chance the supplier confirms a PO line (quantity and date) at all. */
  confirmProbability: number;
}

export interface Supplier {
  id: number;
  code: string;
  name: string;
  country: string;
  contact: string;
  kind: SupplierKind;
  categories: CategoryKey[];
  leadTimeDays: number;
  minOrderValue: number | null;
  notes: string;
  /** Price level relative to the product's base cost. */
  costFactor: number;
  /** The merchant orders from this supplier every 7 or 14 days, on one weekday. */
  reviewEveryDays: 7 | 14;
  reviewWeekday: number;
  /** Closes for Chinese (or Vietnamese) New Year. */
  closesForLunarNewYear: boolean;
  delivery: DeliveryBehaviour;
}

const DOMESTIC: DeliveryBehaviour = {
  earlyProbability: 0.08, lateProbability: 0.12, lateMinDays: 1, lateMaxDays: 4, leadTimeSdDays: 0,
  longDelayProbability: 0, shortProbability: 0.04, backorderProbability: 0.6, rejectProbability: 0.03,
  confirmProbability: 0.85,
};
const OVERSEAS: DeliveryBehaviour = {
  earlyProbability: 0, lateProbability: 0, lateMinDays: 0, lateMaxDays: 0, leadTimeSdDays: 8,
  longDelayProbability: 0.07, shortProbability: 0.07, backorderProbability: 0.4, rejectProbability: 0.05,
  confirmProbability: 0.9,
};
const UNRELIABLE: DeliveryBehaviour = {
  earlyProbability: 0.03, lateProbability: 0.55, lateMinDays: 3, lateMaxDays: 18, leadTimeSdDays: 0,
  longDelayProbability: 0, shortProbability: 0.35, backorderProbability: 0.45, rejectProbability: 0.15,
  confirmProbability: 0.4,
};

interface SupplierSeed {
  name: string;
  country: string;
  contact: string;
  kind: SupplierKind;
  categories: CategoryKey[];
  leadTimeDays: number;
  minOrderValue: number | null;
  notes: string;
  leadTimeSdDays?: number;
}

/** The first seven suppliers always exist: every archetype, even in a 60-SKU demo. */
const ARCHETYPES: readonly SupplierSeed[] = [
  {
    name: '杭州织造服饰有限公司 Hangzhou Weaving Apparel Co.', country: 'CN', contact: '陈经理 Chen · WeChat hz_weave_chen',
    kind: 'domestic', categories: ['apparel'], leadTimeDays: 7, minOrderValue: null,
    notes: '老合作工厂，交期稳定 Long-time partner, reliable',
  },
  {
    name: '义乌优选供应链 Yiwu Select Supply Chain', country: 'CN', contact: '王小姐 Wang · WeChat yiwu_select',
    kind: 'domestic', categories: ['home', 'snacks'], leadTimeDays: 5, minOrderValue: 3000,
    notes: '未满起订金额不发货 Ships only above the minimum order value',
  },
  {
    name: '广州美研化妆品 Guangzhou Meiyan Cosmetics OEM', country: 'CN', contact: '李工 Li · WeChat meiyan_oem',
    kind: 'domestic', categories: ['beauty'], leadTimeDays: 10, minOrderValue: 5000,
    notes: 'OEM灌装，需提前备料 Filling OEM; packaging ordered ahead',
  },
  {
    name: 'Saigon Garment Export JSC', country: 'VN', contact: 'Nguyen Thi Lan · lan@saigon-garment.example',
    kind: 'overseas', categories: ['apparel', 'home'], leadTimeDays: 45, minOrderValue: 40000, leadTimeSdDays: 7,
    notes: 'FOB Ho Chi Minh, sea freight; quoted in USD, costs here are landed CNY',
  },
  {
    name: 'Dhaka Knit Composite Ltd.', country: 'BD', contact: 'Rahim Uddin · rahim@dhakaknit.example',
    kind: 'overseas', categories: ['apparel'], leadTimeDays: 60, minOrderValue: 60000, leadTimeSdDays: 11,
    notes: 'FOB Chittagong; port congestion in peak season',
  },
  {
    name: 'Bellavita Manifattura S.r.l.', country: 'IT', contact: 'Giulia Bianchi · giulia@bellavita.example',
    kind: 'overseas', categories: ['beauty', 'home'], leadTimeDays: 75, minOrderValue: 80000, leadTimeSdDays: 12,
    notes: 'Made in Italy; EXW Milano, air/sea mix; quoted in EUR, costs here are landed CNY',
  },
  {
    name: '深圳快达贸易 Shenzhen Kuaida Trading', country: 'CN', contact: '刘总 Liu · WeChat kuaida_liu',
    kind: 'unreliable', categories: ['apparel', 'home', 'snacks'], leadTimeDays: 5, minOrderValue: null,
    notes: '便宜但常延期、少发 Cheap, but often late or short — check before promotions',
  },
];

const CITIES: ReadonlyArray<readonly [string, string]> = [
  ['宁波', 'Ningbo'], ['苏州', 'Suzhou'], ['东莞', 'Dongguan'], ['泉州', 'Quanzhou'], ['温州', 'Wenzhou'],
  ['佛山', 'Foshan'], ['青岛', 'Qingdao'], ['汕头', 'Shantou'], ['绍兴', 'Shaoxing'], ['常熟', 'Changshu'],
];
const TRADE_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['锦程', 'Jincheng'], ['华美', 'Huamei'], ['恒泰', 'Hengtai'], ['鑫源', 'Xinyuan'], ['永盛', 'Yongsheng'],
  ['德丰', 'Defeng'], ['新诚', 'Xincheng'], ['瑞达', 'Ruida'],
];
const TRADE_KIND: Record<CategoryKey, readonly [string, string]> = {
  apparel: ['服饰', 'Apparel'], home: ['家居用品', 'Homeware'], beauty: ['生物科技', 'Biotech'], snacks: ['食品', 'Foods'],
};
/** Overseas sourcing countries with typical promised lead times and what they make. */
const ORIGINS: ReadonlyArray<{ country: string; city: string; lead: [number, number]; categories: CategoryKey[] }> = [
  { country: 'VN', city: 'Hanoi', lead: [35, 50], categories: ['apparel', 'home', 'snacks'] },
  { country: 'BD', city: 'Chittagong', lead: [55, 70], categories: ['apparel'] },
  { country: 'IT', city: 'Prato', lead: [70, 90], categories: ['apparel', 'beauty', 'home'] },
  { country: 'KH', city: 'Phnom Penh', lead: [45, 55], categories: ['apparel'] },
  { country: 'IN', city: 'Tiruppur', lead: [50, 65], categories: ['apparel', 'home'] },
  { country: 'TR', city: 'Izmir', lead: [40, 55], categories: ['apparel', 'home'] },
  { country: 'TH', city: 'Bangkok', lead: [30, 40], categories: ['snacks', 'beauty'] },
  { country: 'KR', city: 'Seoul', lead: [30, 40], categories: ['beauty'] },
];
const OVERSEAS_WORDS = ['Phoenix', 'Lotus', 'Golden', 'Pacific', 'Delta', 'Orient', 'Sunrise', 'Harbour'];

/** About one supplier per 50 SKUs, never fewer than the seven archetypes. */
export function supplierCountFor(skus: number): number {
  return Math.max(ARCHETYPES.length, Math.round(skus / 50));
}

export function buildSuppliers(skus: number, rng: Rng): Supplier[] {
  const count = supplierCountFor(skus);
  const suppliers: Supplier[] = [];
  for (let i = 0; i < count; i++) {
    const seed = ARCHETYPES[i] ?? generatedSeed(i, rng);
    const behaviour = seed.kind === 'domestic' ? DOMESTIC : seed.kind === 'overseas' ? OVERSEAS : UNRELIABLE;
    suppliers.push({
      id: i + 1,
      code: `SUP-${String(i + 1).padStart(4, '0')}`,
      ...seed,
      costFactor: seed.kind === 'overseas' ? rng.range(0.8, 0.92) : seed.kind === 'unreliable' ? 0.9 : rng.range(1, 1.1),
      reviewEveryDays: seed.kind === 'overseas' ? 14 : 7,
      // Most merchants order on Monday; some suppliers want orders on Thursday.
      reviewWeekday: rng.chance(0.7) ? 0 : 3,
      closesForLunarNewYear: seed.country === 'CN' || seed.country === 'VN',
      delivery: { ...behaviour, leadTimeSdDays: seed.leadTimeSdDays ?? behaviour.leadTimeSdDays },
    });
  }
  return suppliers;
}

function generatedSeed(index: number, rng: Rng): SupplierSeed {
  const r = rng.next();
  const kind: SupplierKind = r < 0.55 ? 'domestic' : r < 0.86 ? 'overseas' : 'unreliable';
  const serial = Math.floor(index / 7);
  if (kind === 'overseas') {
    const origin = rng.pick(ORIGINS);
    const category = rng.pick(origin.categories);
    const word = rng.pick(OVERSEAS_WORDS);
    const lead = rng.int(origin.lead[0], origin.lead[1]);
    return {
      name: `${origin.city} ${word} ${TRADE_KIND[category][1]} ${serial > 1 ? `No. ${serial} ` : ''}Ltd.`,
      country: origin.country,
      contact: `export desk · sales${index}@${word.toLowerCase()}-${origin.country.toLowerCase()}.example`,
      kind,
      categories: [category],
      leadTimeDays: lead,
      minOrderValue: rng.pick([20000, 30000, 50000, 80000]),
      leadTimeSdDays: Math.round(lead * rng.range(0.1, 0.2)),
      notes: 'Sea freight; quoted in USD, costs here are landed CNY',
    };
  }
  const [cityZh, cityEn] = rng.pick(CITIES);
  const [tradeZh, tradeEn] = rng.pick(TRADE_NAMES);
  const category = rng.pick<CategoryKey>(['apparel', 'apparel', 'home', 'beauty', 'snacks']);
  const [kindZh, kindEn] = TRADE_KIND[category];
  return {
    name: `${cityZh}${tradeZh}${kindZh}${serial > 1 ? serial : ''} ${cityEn} ${tradeEn} ${kindEn}${serial > 1 ? ` ${serial}` : ''}`,
    country: 'CN',
    contact: `业务 Sales · WeChat ${cityEn.toLowerCase()}_${tradeEn.toLowerCase()}${index}`,
    kind,
    categories: [category],
    leadTimeDays: kind === 'unreliable' ? rng.int(4, 7) : rng.int(3, 10),
    minOrderValue: rng.chance(0.4) ? rng.pick([2000, 3000, 5000, 10000]) : null,
    notes: kind === 'unreliable' ? '价格低，交期不稳 Low price, unreliable delivery' : '',
  };
}

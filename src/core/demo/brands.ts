import type { CategoryKey } from './catalog-templates';
import type { Rng } from '../ground/random';

export interface Brand {
  index: number;
  /** Stored in products.brand, e.g. "Mori Linen 森麻". */
  name: string;
  /** Short unique prefix for SKU codes. */
  code: string;
  categories: CategoryKey[];
  /** Day index of the brand's first sale (negative = before the history starts). */
  launchDay: number;
  isNew: boolean;
  /** Log growth of demand per year: +0.5 ≈ 65% more a year, −0.4 ≈ a third less. */
  growthPerYear: number;
  /** Relative share of the catalogue. */
  catalogueWeight: number;
  /** A merchant who stocks up ahead of 618 / Double 11 (the others get caught out). */
  plansForPromotions: boolean;
}

interface BrandSeed {
  en: string;
  zh: string;
  code: string;
  categories: CategoryKey[];
  growth?: number;
  isNew?: boolean;
}

/**
 * The first four brands always exist, so even a tiny demo has every category, a growing and a
 * steady brand, and one brand that launched weeks ago (the cold-start case).
 */
const CURATED: readonly BrandSeed[] = [
  { en: 'Mori Linen', zh: '森麻', code: 'MRL', categories: ['apparel', 'home'], growth: 0.45 },
  { en: 'Glow Lab', zh: '光研所', code: 'GLB', categories: ['beauty'], growth: 0.1 },
  { en: 'Nutty Day', zh: '坚果日记', code: 'NTD', categories: ['snacks'], growth: 0.3 },
  { en: 'Peak Motion', zh: '峰动', code: 'PKM', categories: ['apparel'], isNew: true },
  { en: 'Qingshan Home', zh: '青山家居', code: 'QSH', categories: ['home'], growth: -0.35 },
  { en: 'Dewy', zh: '露珠', code: 'DWY', categories: ['beauty'] },
  { en: 'Little Oat', zh: '小燕麦', code: 'LOT', categories: ['snacks'] },
  { en: 'Cloud Nine', zh: '云朵九号', code: 'CLN', categories: ['apparel', 'beauty'] },
];

const NAME_HEADS: ReadonlyArray<readonly [string, string]> = [
  ['Yun', '云'], ['Lan', '岚'], ['Mu', '木'], ['Xi', '溪'], ['Tang', '棠'], ['Ming', '明'], ['Qing', '青'],
  ['Su', '素'], ['Jing', '井'], ['Ruo', '若'], ['An', '安'], ['Bei', '贝'], ['Hua', '花'], ['Shan', '山'],
  ['Lu', '鹿'], ['Mi', '米'], ['Tao', '桃'], ['Zhu', '竹'], ['Yue', '悦'], ['He', '禾'],
];
const NAME_TAILS: ReadonlyArray<readonly [string, string]> = [
  ['Studio', '工作室'], ['Lab', '研究所'], ['Home', '家'], ['Daily', '日常'], ['Atelier', '制衣'],
  ['Kitchen', '厨房'], ['Garden', '花园'], ['& Co.', '良品'], ['Field', '田野'], ['Press', '集'],
];

/** About one brand per 75 SKUs, at least four. */
export function brandCountFor(skus: number): number {
  return Math.max(4, Math.round(skus / 75));
}

export function buildBrands(skus: number, rng: Rng): Brand[] {
  const count = brandCountFor(skus);
  const usedCodes = new Set(CURATED.map((b) => b.code));
  const usedNames = new Set<string>();
  const brands: Brand[] = [];
  for (let index = 0; index < count; index++) {
    const seed = CURATED[index] ?? generatedSeed(index, rng, usedCodes, usedNames);
    usedNames.add(seed.en);
    // Beyond the curated set, about one brand in twelve is a recent launch.
    const isNew = seed.isNew ?? (index >= CURATED.length && index % 12 === 5);
    brands.push({
      index,
      name: `${seed.en} ${seed.zh}`,
      code: seed.code,
      categories: seed.categories,
      // New brands: 3–7 weeks ago, so they have under 8 weeks of history.
      launchDay: isNew ? 729 - rng.int(21, 49) : -Math.round(365 * rng.range(1.2, 5)),
      isNew,
      growthPerYear: seed.growth ?? randomGrowth(rng),
      catalogueWeight: isNew ? rng.range(0.3, 0.45) : rng.range(0.6, 1.6),
      plansForPromotions: index === 0 || rng.chance(0.65),
    });
  }
  return brands;
}

function randomGrowth(rng: Rng): number {
  const r = rng.next();
  if (r < 0.45) return rng.range(0.2, 0.8);
  if (r < 0.8) return rng.range(-0.1, 0.15);
  return rng.range(-0.6, -0.2);
}

function generatedSeed(index: number, rng: Rng, usedCodes: Set<string>, usedNames: Set<string>): BrandSeed {
  let head = rng.pick(NAME_HEADS);
  let tail = rng.pick(NAME_TAILS);
  for (let attempt = 0; usedNames.has(`${head[0]} ${tail[0]}`) && attempt < 40; attempt++) {
    head = rng.pick(NAME_HEADS);
    tail = rng.pick(NAME_TAILS);
  }
  let en = `${head[0]} ${tail[0]}`;
  let zh = `${head[1]}${tail[1]}`;
  if (usedNames.has(en)) {
    // Every combination taken (very large demos): number the brand line.
    en = `${en} ${index}`;
    zh = `${zh}${index}`;
  }
  const categories = tailCategories(tail[0], rng);
  return { en, zh, code: uniqueCode(head[0], tail[0], index, usedCodes), categories };
}

/** A brand name should fit what it sells ("Kitchen" sells snacks, "Atelier" apparel). */
function tailCategories(tail: string, rng: Rng): CategoryKey[] {
  switch (tail) {
    case 'Atelier':
      return ['apparel'];
    case 'Kitchen':
      return ['snacks'];
    case 'Lab':
      return ['beauty'];
    case 'Home':
      return ['home'];
    case 'Garden':
      return rng.chance(0.5) ? ['home', 'beauty'] : ['beauty'];
    case 'Field':
      return rng.chance(0.5) ? ['snacks'] : ['apparel', 'home'];
    default:
      return [rng.pick<CategoryKey>(['apparel', 'apparel', 'home', 'beauty', 'snacks'])];
  }
}

function uniqueCode(head: string, tail: string, index: number, used: Set<string>): string {
  const letters = (head + tail).toUpperCase().replace(/[^A-Z]/g, '');
  const candidates = [
    letters.slice(0, 2) + (tail[0] ?? 'X').toUpperCase(),
    (head[0] ?? 'X').toUpperCase() + tail.slice(0, 2).toUpperCase(),
    letters.slice(0, 3),
  ];
  for (const candidate of candidates) {
    if (/^[A-Z]{3}$/.test(candidate) && !used.has(candidate)) {
      used.add(candidate);
      return candidate;
    }
  }
  const fallback = `B${index.toString(36).toUpperCase().padStart(3, '0')}`;
  used.add(fallback);
  return fallback;
}

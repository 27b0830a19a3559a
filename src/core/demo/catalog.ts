import type { Brand } from './brands';
import { PRODUCT_TEMPLATES, STYLE_WORDS, type ProductTemplate, type VariantOption } from './catalog-templates';
import type { Rng } from '../ground/random';

export type ProductStatus = 'active' | 'new' | 'discontinued';

/** One SKU: a variant (size × colour) of a style. */
export interface Product {
  /** products.id, 1-based, in the order rows are written. */
  id: number;
  sku: string;
  name: string;
  brand: Brand;
  template: ProductTemplate;
  /** Variants of one style share it; a style has one supplier and one launch. */
  styleId: number;
  attributesJson: string;
  price: number;
  /** Landed cost before the supplier's price factor (set per supplier in supplier terms). */
  baseCost: number;
  status: ProductStatus;
  launchDay: number;
  /** Day index after which the merchant stops reordering (Infinity = never). */
  discontinueDay: number;
  /** Relative demand of this variant within its style (size curve × colour popularity). */
  variantWeight: number;
}

/** A new-brand merchant's catalogue: styles in a few sizes and colours, added over time. */
export function buildCatalog(skus: number, brands: readonly Brand[], rng: Rng): Product[] {
  const quotas = brandQuotas(skus, brands);
  const products: Product[] = [];
  let styleId = 0;
  brands.forEach((brand, b) => {
    const quota = quotas[b] ?? 0;
    const styleSeqByTemplate = new Map<string, number>();
    let made = 0;
    for (let styleOfBrand = 0; made < quota; styleOfBrand++) {
      // Alternate the brand's categories so a small brand still covers all of them.
      const category = brand.categories[styleOfBrand % brand.categories.length];
      const template = rng.pick(PRODUCT_TEMPLATES.filter((t) => t.category === category));
      const seq = (styleSeqByTemplate.get(template.code) ?? 0) + 1;
      styleSeqByTemplate.set(template.code, seq);
      // The first style of each category leaves room for the others.
      const room = styleOfBrand < brand.categories.length ? Math.ceil(quota / brand.categories.length) : quota;
      const variants = pickVariants(template, rng).slice(0, Math.min(room, quota - made));
      const style = styleFacts(brand, template, seq, rng);
      styleId++;
      for (const [size, colour] of variants) {
        products.push(makeProduct(products.length + 1, brand, template, style, styleId, size, colour, rng));
      }
      made += variants.length;
    }
  });
  return products;
}

/** Split the SKU count across brands by weight, exactly, with at least three SKUs each. */
function brandQuotas(skus: number, brands: readonly Brand[]): number[] {
  const total = brands.reduce((sum, b) => sum + b.catalogueWeight, 0);
  const quotas = brands.map((b) => Math.max(3, Math.floor((skus * b.catalogueWeight) / total)));
  let diff = skus - quotas.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % quotas.length) {
    const q = quotas[i] ?? 0;
    if (diff > 0) {
      quotas[i] = q + 1;
      diff--;
    } else if (q > 3) {
      quotas[i] = q - 1;
      diff++;
    }
  }
  return quotas;
}

function pickVariants(template: ProductTemplate, rng: Rng): Array<[VariantOption, VariantOption]> {
  let sizes = template.sizes;
  if (sizes.length === 5) {
    // Apparel size runs: S–L, S–XL or XS–XL.
    sizes = rng.pick([sizes.slice(1, 4), sizes.slice(1, 5), sizes]);
  } else if (sizes.length > 1 && rng.chance(0.3)) {
    sizes = [rng.pick(sizes)];
  }
  const colourCount = Math.min(template.colours.length, rng.int(1, template.colours.length > 4 ? 3 : 4));
  const colours = [...template.colours];
  // Partial Fisher–Yates: the first colourCount entries become a random selection.
  for (let i = 0; i < colourCount; i++) {
    const j = rng.int(i, colours.length - 1);
    [colours[i], colours[j]] = [colours[j] as VariantOption, colours[i] as VariantOption];
  }
  const variants: Array<[VariantOption, VariantOption]> = [];
  for (const colour of colours.slice(0, colourCount)) {
    for (const size of sizes) variants.push([size, colour]);
  }
  return variants;
}

interface StyleFacts {
  code: string;
  en: string;
  zh: string;
  price: number;
  costRatio: number;
  launchDay: number;
  discontinueDay: number;
}

function styleFacts(brand: Brand, template: ProductTemplate, seq: number, rng: Rng): StyleFacts {
  const word = rng.chance(0.5) ? rng.pick(STYLE_WORDS[template.category]) : null;
  let launchDay: number;
  if (brand.isNew) {
    // The launch collection, sometimes a second drop a week or two later.
    launchDay = Math.min(728 - 10, brand.launchDay + (rng.chance(0.75) ? 0 : rng.int(7, 14)));
  } else if (rng.chance(0.55)) {
    launchDay = rng.int(brand.launchDay, -1);
  } else {
    launchDay = rng.int(Math.max(0, brand.launchDay), 729 - 7);
  }
  // Only long-running styles get discontinued; they then sell down their stock.
  const discontinueDay = !brand.isNew && launchDay < 300 && rng.chance(0.07) ? rng.int(Math.max(launchDay, 0) + 150, 700) : Infinity;
  return {
    code: `${brand.code}-${template.code}${String(seq).padStart(2, '0')}`,
    en: word ? `${word[0]} ${template.en}` : template.en,
    zh: word ? `${word[1]}${template.zh}` : template.zh,
    price: retailPrice(rng.range(template.priceMin, template.priceMax)),
    costRatio: rng.range(0.22, 0.4),
    launchDay,
    discontinueDay,
  };
}

/** Chinese retail prices end in 9 (199, 259, 49). */
function retailPrice(raw: number): number {
  return Math.floor(raw / 10) * 10 + 9;
}

function makeProduct(
  id: number,
  brand: Brand,
  template: ProductTemplate,
  style: StyleFacts,
  styleId: number,
  size: VariantOption,
  colour: VariantOption,
  rng: Rng,
): Product {
  const sizeIndex = template.sizes.indexOf(size);
  // Bigger packs and bottles cost more; clothing sizes do not.
  const price = template.sizeKey === 'size' ? style.price : retailPrice(style.price * (1 + 0.55 * sizeIndex));
  const sizePart = size.code === 'F' ? '' : `${size.en}`;
  const colourPart = colour.code === '00' ? '' : `${colour.en} ${colour.zh}`;
  const variantText = [sizePart, colourPart].filter(Boolean).join(' / ');
  const attributes: Record<string, string | number> = {
    style: style.code,
    [template.sizeKey]: size.zh === size.en ? size.en : `${size.en} ${size.zh}`,
    material: template.material,
    season: template.season,
  };
  if (colour.code !== '00') attributes[template.colourKey] = `${colour.en} ${colour.zh}`;
  if (template.category === 'snacks') attributes.shelf_life_days = rng.pick([180, 270, 365]);
  const recent = style.launchDay > 729 - 90;
  return {
    id,
    sku: `${style.code}-${size.code}-${colour.code}`,
    name: `${style.en} ${style.zh}${variantText ? ` – ${variantText}` : ''}`,
    brand,
    template,
    styleId,
    attributesJson: JSON.stringify(attributes),
    price,
    baseCost: Math.round(price * style.costRatio * 100) / 100,
    status: style.discontinueDay <= 729 ? 'discontinued' : brand.isNew || recent ? 'new' : 'active',
    launchDay: style.launchDay,
    discontinueDay: style.discontinueDay,
    variantWeight: size.weight * colour.weight,
  };
}

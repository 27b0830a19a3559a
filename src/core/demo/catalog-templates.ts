/**
 * What the demo brands sell: product templates a new-brand merchant on a Chinese platform would
 * recognise. Names are bilingual so the demo reads well in both UI languages.
 */

export type CategoryKey = 'apparel' | 'home' | 'beauty' | 'snacks';
export const CATEGORY_KEYS: readonly CategoryKey[] = ['apparel', 'home', 'beauty', 'snacks'];

/** The value stored in products.category and promotions.category. */
export const CATEGORY_LABEL: Record<CategoryKey, string> = {
  apparel: '服装 Apparel',
  home: '家居 Home',
  beauty: '美妆 Beauty',
  snacks: '零食 Snacks',
};

export type Season = 'summer' | 'winter' | 'all';

export interface VariantOption {
  code: string;
  en: string;
  zh: string;
  /** Relative demand of this option (M sells more than XS). */
  weight: number;
}

export interface ProductTemplate {
  code: string;
  en: string;
  zh: string;
  category: CategoryKey;
  season: Season;
  priceMin: number;
  priceMax: number;
  material: string;
  /** Relative demand of the template (socks outsell wool coats). */
  demand: number;
  /** First variant axis (size, capacity, pack) and its attribute key. */
  sizeKey: 'size' | 'capacity' | 'pack';
  sizes: readonly VariantOption[];
  /** Second variant axis (colour, flavour, shade, scent) and its attribute key. */
  colourKey: 'colour' | 'flavour' | 'shade' | 'scent';
  colours: readonly VariantOption[];
}

const o = (code: string, en: string, zh: string, weight = 1): VariantOption => ({ code, en, zh, weight });

const SIZES = [o('XS', 'XS', 'XS', 0.45), o('S', 'S', 'S', 0.8), o('M', 'M', 'M', 1.25), o('L', 'L', 'L', 1.1), o('XL', 'XL', 'XL', 0.65)];
const ONE_SIZE = [o('F', 'One size', '均码')];
const COLOURS = [
  o('NV', 'Navy', '藏青'), o('BK', 'Black', '黑色', 1.3), o('WH', 'White', '白色', 1.2), o('OT', 'Oatmeal', '燕麦色'),
  o('SG', 'Sage', '鼠尾草绿', 0.7), o('GY', 'Grey', '灰色'), o('KH', 'Khaki', '卡其', 0.8), o('PK', 'Blossom Pink', '樱花粉', 0.7),
  o('BL', 'Haze Blue', '雾霾蓝', 0.8), o('BR', 'Mocha', '摩卡棕', 0.7), o('CR', 'Cream', '奶油白', 0.9), o('RD', 'China Red', '中国红', 0.5),
];
const HOME_COLOURS = [o('WH', 'White', '白色'), o('GY', 'Grey', '灰色'), o('SG', 'Sage', '鼠尾草绿'), o('CR', 'Cream', '奶油白'), o('BL', 'Haze Blue', '雾霾蓝')];
const SHADES = [o('01', '#01 Rose', '玫瑰', 1.2), o('03', '#03 Coral', '珊瑚'), o('05', '#05 Brick', '砖红', 1.1), o('07', '#07 Nude', '裸色', 0.8)];
const SCENTS = [o('FG', 'Fig', '无花果'), o('CD', 'Cedar', '雪松', 0.8), o('WT', 'White Tea', '白茶', 1.2), o('OS', 'Osmanthus', '桂花')];
/** A single "colour" that is left out of names and SKU suffixes. */
const PLAIN = [o('00', 'Classic', '经典')];
const FLAVOURS = [o('OR', 'Original', '原味', 1.3), o('SP', 'Spicy', '香辣'), o('SS', 'Sea Salt', '海盐', 0.8)];
const BAR_FLAVOURS = [o('CC', 'Cocoa', '可可', 1.2), o('MT', 'Matcha', '抹茶', 0.8), o('PN', 'Peanut', '花生')];
const FRUIT_FLAVOURS = [o('PE', 'Peach', '白桃', 1.2), o('GR', 'Grape', '葡萄'), o('LY', 'Lychee', '荔枝', 0.9)];
const ROASTS = [o('MD', 'Medium roast', '中度烘焙', 1.2), o('DK', 'Dark roast', '深度烘焙')];

type Variants = Pick<ProductTemplate, 'sizeKey' | 'sizes' | 'colourKey' | 'colours'>;
const v = (sizeKey: Variants['sizeKey'], sizes: VariantOption[], colourKey: Variants['colourKey'], colours: VariantOption[]): Variants => ({
  sizeKey, sizes, colourKey, colours,
});
const SIZED = v('size', SIZES, 'colour', COLOURS);
const ONE_SIZE_COLOURS = v('size', ONE_SIZE, 'colour', COLOURS);
const ONE_SIZE_HOME = v('size', ONE_SIZE, 'colour', HOME_COLOURS);
const ml = (...amounts: number[]): VariantOption[] => amounts.map((a, i) => o(String(a), `${a} ml`, `${a}毫升`, i === 0 ? 1.2 : 1));
const pack = (code: string, en: string, zh: string): VariantOption[] => [o(code, en, zh)];

/** [code, English, Chinese, season, lowest price, highest price, material, relative demand, variants] */
type Row = [string, string, string, Season, number, number, string, number, Variants];

const ROWS: Record<CategoryKey, Row[]> = {
  apparel: [
    ['LSH', 'Linen Shirt', '亚麻衬衫', 'summer', 199, 329, 'linen 亚麻', 1, SIZED],
    ['TEE', 'Cotton Tee', '纯棉T恤', 'summer', 69, 129, 'cotton 棉', 2.2, SIZED],
    ['DWN', 'Down Jacket', '羽绒服', 'winter', 599, 1299, 'duck down 白鸭绒', 0.8, SIZED],
    ['HOD', 'Fleece Hoodie', '抓绒卫衣', 'winter', 199, 299, 'cotton blend 棉混纺', 1.1, SIZED],
    ['WLT', 'Wide-leg Trousers', '阔腿裤', 'all', 159, 259, 'viscose 粘胶', 1, SIZED],
    ['KNC', 'Knit Cardigan', '针织开衫', 'winter', 259, 459, 'wool blend 羊毛混纺', 0.7, SIZED],
    ['PSK', 'Pleated Skirt', '百褶裙', 'summer', 139, 229, 'polyester 聚酯纤维', 0.8, SIZED],
    ['WCT', 'Wool Coat', '羊毛大衣', 'winter', 899, 1599, 'wool 羊毛', 0.35, SIZED],
    ['YGL', 'Yoga Leggings', '瑜伽裤', 'all', 129, 229, 'nylon spandex 锦纶氨纶', 1.5, SIZED],
    ['UPF', 'Sun-protection Jacket', '防晒衣', 'summer', 159, 259, 'nylon 锦纶', 1.3, SIZED],
    ['THM', 'Thermal Top', '保暖内衣', 'winter', 99, 169, 'modal 莫代尔', 1.2, SIZED],
    ['SCK', 'Crew Socks 3-pack', '中筒袜三双装', 'all', 39, 69, 'combed cotton 精梳棉', 3, ONE_SIZE_COLOURS],
  ],
  home: [
    ['MUG', 'Ceramic Mug', '陶瓷马克杯', 'all', 49, 89, 'ceramic 陶瓷', 1.4, v('capacity', ml(350, 450), 'colour', HOME_COLOURS)],
    ['BED', 'Linen Bedding Set', '亚麻四件套', 'all', 599, 999, 'linen 亚麻', 0.4, v('size', [o('150', '1.5 m bed', '1.5米床'), o('180', '1.8 m bed', '1.8米床', 1.3)], 'colour', HOME_COLOURS)],
    ['DIF', 'Aroma Diffuser', '香薰机', 'all', 159, 259, 'PP resin 树脂', 0.6, ONE_SIZE_HOME],
    ['STB', 'Storage Box', '收纳盒', 'all', 39, 99, 'PP 聚丙烯', 1.6, v('size', [o('S', 'S', '小号', 0.8), o('M', 'M', '中号', 1.2), o('L', 'L', '大号')], 'colour', HOME_COLOURS)],
    ['TWL', 'Bath Towel', '浴巾', 'all', 69, 129, 'cotton 棉', 1.2, ONE_SIZE_HOME],
    ['BLK', 'Throw Blanket', '毛毯', 'winter', 199, 359, 'coral fleece 珊瑚绒', 0.7, ONE_SIZE_HOME],
    ['CRF', 'Glass Carafe', '玻璃冷水壶', 'summer', 79, 129, 'borosilicate glass 高硼硅玻璃', 0.8, v('capacity', [o('10', '1 L', '1升'), o('15', '1.5 L', '1.5升', 0.8)], 'colour', PLAIN)],
    ['CDL', 'Scented Candle', '香薰蜡烛', 'winter', 89, 169, 'soy wax 大豆蜡', 0.9, v('size', ONE_SIZE, 'scent', SCENTS)],
  ],
  beauty: [
    ['SRM', 'Hyaluronic Serum', '玻尿酸精华', 'all', 159, 299, 'hyaluronic acid 玻尿酸', 1.3, v('capacity', ml(30, 50), 'shade', PLAIN)],
    ['SUN', 'Sunscreen SPF50+', '防晒霜', 'summer', 99, 169, 'mineral filter 物理防晒', 1.8, v('capacity', ml(50), 'shade', PLAIN)],
    ['LIP', 'Lip Tint', '唇釉', 'all', 79, 139, 'gel 凝露', 1.2, v('size', ONE_SIZE, 'shade', SHADES)],
    ['CLN', 'Amino Acid Cleanser', '氨基酸洁面', 'all', 69, 119, 'amino acid 氨基酸', 1.7, v('capacity', pack('100', '100 g', '100克'), 'shade', PLAIN)],
    ['MSK', 'Sheet Mask 10-pack', '面膜10片装', 'all', 89, 149, 'tencel 天丝', 2, v('pack', pack('10', '10 pcs', '10片'), 'shade', PLAIN)],
    ['HND', 'Hand Cream', '护手霜', 'winter', 39, 69, 'shea butter 乳木果油', 1.4, v('capacity', ml(50), 'scent', SCENTS)],
    ['SHP', 'Repair Shampoo', '修护洗发水', 'all', 69, 119, 'amino acid 氨基酸', 1.5, v('capacity', ml(400, 750), 'scent', PLAIN)],
    ['BDL', 'Body Lotion', '身体乳', 'winter', 79, 129, 'niacinamide 烟酰胺', 1.1, v('capacity', ml(250), 'scent', SCENTS)],
  ],
  snacks: [
    ['FDS', 'Freeze-dried Strawberry', '冻干草莓', 'all', 29, 59, 'strawberry 草莓', 1.8, v('pack', [o('50', '50 g', '50克', 1.3), o('100', '100 g', '100克')], 'flavour', PLAIN)],
    ['NUT', 'Daily Mixed Nuts', '每日坚果', 'all', 39, 139, 'nuts 坚果', 2.4, v('pack', [o('07', '7-pack', '7袋装', 1.3), o('30', '30-pack', '30袋装', 0.9)], 'flavour', PLAIN)],
    ['SWC', 'Seaweed Crisps', '海苔脆', 'all', 19, 35, 'seaweed 海苔', 2.5, v('pack', pack('40', '40 g', '40克'), 'flavour', FLAVOURS)],
    ['OAT', 'Oat Protein Bar', '燕麦蛋白棒', 'all', 49, 89, 'oats 燕麦', 1.6, v('pack', pack('12', '12-pack', '12支装'), 'flavour', BAR_FLAVOURS)],
    ['DRP', 'Drip Coffee', '挂耳咖啡', 'all', 59, 99, 'arabica 阿拉比卡', 1.5, v('pack', pack('10', '10-pack', '10包装'), 'flavour', ROASTS)],
    ['JRK', 'Beef Jerky', '牛肉干', 'all', 49, 89, 'beef 牛肉', 1.1, v('pack', pack('100', '100 g', '100克'), 'flavour', FLAVOURS)],
    ['TEA', 'Osmanthus Oolong Tea', '桂花乌龙茶', 'winter', 59, 99, 'oolong 乌龙茶', 0.9, v('pack', pack('15', '15 bags', '15袋'), 'flavour', PLAIN)],
    ['KJL', 'Konjac Jelly', '蒟蒻果冻', 'summer', 29, 49, 'konjac 魔芋', 1.7, v('pack', pack('10', '10 cups', '10杯'), 'flavour', FRUIT_FLAVOURS)],
  ],
};

export const PRODUCT_TEMPLATES: readonly ProductTemplate[] = CATEGORY_KEYS.flatMap((category) =>
  ROWS[category].map(([code, en, zh, season, priceMin, priceMax, material, demand, variants]) => ({
    code, en, zh, category, season, priceMin, priceMax, material, demand, ...variants,
  })),
);

/** Optional style words that make two styles of the same template distinct. */
export const STYLE_WORDS: Record<CategoryKey, ReadonlyArray<readonly [string, string]>> = {
  apparel: [['Classic', '经典'], ['Relaxed', '宽松'], ['Cropped', '短款'], ['Oversized', '廓形'], ['Essential', '基础款'], ['Lightweight', '轻薄']],
  home: [['Nordic', '北欧'], ['Minimal', '极简'], ['Japanese-style', '日式'], ['Vintage', '复古']],
  beauty: [['Hydrating', '保湿'], ['Gentle', '温和'], ['Brightening', '亮肤'], ['Travel', '旅行装']],
  snacks: [['Low-sugar', '低糖'], ['Family-size', '家庭装'], ['Crunchy', '香脆'], ['Gift Box', '礼盒']],
};

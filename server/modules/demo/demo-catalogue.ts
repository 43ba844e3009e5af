/** Northwind's small outdoor catalogue. Prices are USD cents, in line with what specialist retailers charge. */
export type ProductTier = 'premium' | 'core' | 'accessory';

export type Product = { sku: string; name: string; priceMinor: number; tier: ProductTier };

export const catalogue: readonly Product[] = [
  { sku: 'JKT-RDG-3L', name: 'Ridgeline 3L Shell Jacket', priceMinor: 34900, tier: 'premium' },
  { sku: 'JKT-SUM-DWN', name: 'Summit Down Parka', priceMinor: 42900, tier: 'premium' },
  { sku: 'JKT-CAS-RN', name: 'Cascade Rain Jacket', priceMinor: 17900, tier: 'core' },
  { sku: 'JKT-TMB-FL', name: 'Timberline Fleece Jacket', priceMinor: 11900, tier: 'core' },
  { sku: 'JKT-ALP-HD', name: 'Alpine Insulated Hoodie', priceMinor: 22900, tier: 'core' },
  { sku: 'VST-DWN', name: 'Featherline Down Vest', priceMinor: 14900, tier: 'core' },
  {
    sku: 'BT-GRN-LTH',
    name: 'Granite Peak Leather Hiking Boots',
    priceMinor: 23900,
    tier: 'premium',
  },
  {
    sku: 'BT-MTN-DBL',
    name: 'Denali Double Mountaineering Boots',
    priceMinor: 64900,
    tier: 'premium',
  },
  { sku: 'BT-SWB-MID', name: 'Switchback Mid Waterproof Hikers', priceMinor: 17900, tier: 'core' },
  { sku: 'SH-TRL-4', name: 'Trail Runner 4', priceMinor: 13900, tier: 'core' },
  { sku: 'SH-CMP-MOC', name: 'Campfire Slip-On Moccasins', priceMinor: 6900, tier: 'accessory' },
  { sku: 'TNT-BSC-4P', name: 'Basecamp 4-Person Tent', priceMinor: 54900, tier: 'premium' },
  {
    sku: 'TNT-FTH-2P',
    name: 'Featherlite 2-Person Backpacking Tent',
    priceMinor: 44900,
    tier: 'premium',
  },
  { sku: 'TNT-SOL-1P', name: 'Solo Ultralight Tent', priceMinor: 32900, tier: 'premium' },
  { sku: 'TNT-FTP-2P', name: 'Tent Footprint (2-Person)', priceMinor: 4900, tier: 'accessory' },
  { sku: 'PK-RDB-65', name: 'Ridgeback 65L Backpacking Pack', priceMinor: 27900, tier: 'premium' },
  { sku: 'PK-ALP-40', name: 'Summit 40L Alpine Pack', priceMinor: 19900, tier: 'core' },
  { sku: 'PK-DAY-28', name: 'Daybreak 28L Daypack', priceMinor: 11900, tier: 'core' },
  { sku: 'PK-HYD-3L', name: 'Hydration Reservoir 3L', priceMinor: 3900, tier: 'accessory' },
  { sku: 'SB-PLR-0F', name: 'Polar 0°F Down Sleeping Bag', priceMinor: 47900, tier: 'premium' },
  { sku: 'SB-TRS-20F', name: 'Three-Season 20°F Sleeping Bag', priceMinor: 22900, tier: 'core' },
  { sku: 'SP-INS-R4', name: 'Insulated Sleeping Pad R4', priceMinor: 15900, tier: 'core' },
  { sku: 'SP-PLW', name: 'Inflatable Camp Pillow', priceMinor: 3900, tier: 'accessory' },
  { sku: 'CK-STV-TTN', name: 'Titan Backpacking Stove', priceMinor: 8900, tier: 'core' },
  { sku: 'CK-SET-TI', name: 'Titanium Cookset', priceMinor: 6900, tier: 'core' },
  { sku: 'CK-FLT-H2O', name: 'Squeeze Water Filter', priceMinor: 4900, tier: 'accessory' },
  { sku: 'CK-BRC', name: 'Bear-Resistant Food Canister', priceMinor: 9900, tier: 'core' },
  { sku: 'ACC-TRK-CB', name: 'Carbon Trekking Poles (pair)', priceMinor: 14900, tier: 'core' },
  { sku: 'ACC-HDL-400', name: 'Headlamp 400 lm', priceMinor: 4900, tier: 'accessory' },
  { sku: 'ACC-GPS-SAT', name: 'Satellite Messenger', priceMinor: 39900, tier: 'premium' },
  { sku: 'ACC-CHR', name: 'Packable Camp Chair', priceMinor: 8900, tier: 'core' },
  { sku: 'ACC-BNE', name: 'Merino Beanie', priceMinor: 2900, tier: 'accessory' },
  { sku: 'ACC-GLV-WP', name: 'Waterproof Insulated Gloves', priceMinor: 5900, tier: 'accessory' },
  { sku: 'APP-SCK-MR', name: 'Trailhead Merino Crew Socks', priceMinor: 2400, tier: 'accessory' },
  { sku: 'APP-BL-TOP', name: 'Merino Base Layer Top', priceMinor: 8900, tier: 'core' },
  { sku: 'APP-BL-BTM', name: 'Merino Base Layer Bottoms', priceMinor: 7900, tier: 'core' },
  { sku: 'APP-PNT-CNV', name: 'Convertible Trail Pants', priceMinor: 7900, tier: 'core' },
  { sku: 'APP-SUN-HD', name: 'Sun Hoodie UPF 50', priceMinor: 5900, tier: 'core' },
  { sku: 'WTR-PKR-1', name: 'Inflatable Packraft', priceMinor: 109900, tier: 'premium' },
];

/** Cheap things are bought by the pair or the handful; a tent is bought once. */
export function maxQuantity(product: Product): number {
  return product.tier === 'accessory' ? 3 : product.tier === 'core' ? 2 : 1;
}

export const productsByTier: Record<ProductTier, readonly Product[]> = {
  premium: catalogue.filter((p) => p.tier === 'premium'),
  core: catalogue.filter((p) => p.tier === 'core'),
  accessory: catalogue.filter((p) => p.tier === 'accessory'),
};

import { staff, type DemoArticle } from './demo-article.ts';

/** Sizing and fit: the calls that end in an exchange when we get them right. */
export const sizingArticles: DemoArticle[] = [
  {
    key: 'sizing-jacket-too-small-in-fulfilment',
    title: 'I ordered the jacket in the wrong size and it has not shipped yet',
    problem:
      'I ordered the Ridgeline shell in a medium yesterday and I should have got a large. Can you change it before it goes out?',
    context:
      'Orders already `in_fulfilment`: the warehouse is picking, so the size cannot be edited on the order.',
    resolution:
      '1. Do not tell the customer to wait for it, return it and reorder: that is three weeks and two trips to the post office.\n' +
      '2. Ask #warehouse-ops to swap the size on the pick. If they can (before about 3 pm Central), that is the fix.\n' +
      '3. If it is already packed, ship the large now as a **replacement** and email a return label for the medium. The customer keeps the medium until the large arrives.\n' +
      "4. If the customer is travelling soon, **upgrade** the large to express. Within your authority, you do not need anyone's permission for this.",
    cause: null,
    typeKeys: ['replacement', 'upgrade'],
    tags: ['wrong-size', 'in-fulfilment', 'jacket', 'exchange'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.bryan,
  },
  {
    key: 'sizing-ridgeline-fit',
    title: 'What size Ridgeline shell should I get?',
    problem:
      'I am 5\'10", 175 lb, and wear a medium in most brands. Is the Ridgeline true to size?',
    context: 'Customer-facing fit guide; the product page links it.',
    resolution:
      'The Ridgeline 3L is an **athletic fit**: close in the chest, long in the arms for reaching.\n\n' +
      '- Wearing it over a base layer and a fleece: take your usual size.\n' +
      '- Over a down jacket or a thick insulated hoodie: go one size up.\n' +
      '- Broad shoulders or chest over 42": most people are happier one size up.\n\n' +
      'Measure your chest at its widest, arms relaxed, and compare with the chart on the product page.',
    cause: null,
    typeKeys: [],
    tags: ['fit-guide', 'jacket', 'layering'],
    visibility: 'external',
    state: 'validated',
    owner: staff.grace,
  },
  {
    key: 'sizing-boots-toe-pain',
    title: 'My boots hurt my toes on the way downhill',
    problem:
      'The Granite Peak boots are fine on the flat but on descents my toes hit the front and I lost a toenail.',
    context: 'Leather hiking boots; fit problems that look like defects.',
    resolution:
      '1. Ask the customer to do the finger test: unlaced, toes to the front, one finger should fit behind the heel. Less than that: the boots are too short.\n' +
      "2. If the length is right, it is lacing: teach the surgeon's knot at the top of the forefoot, so the heel stays locked on descents.\n" +
      '3. Too short: exchange a half size up as a **replacement**, even if worn outdoors within 60 days.\n' +
      '4. Suggest thinner socks or a volume insole only if the customer wants to keep the pair.',
    cause:
      'Boots bought half a size small, and loose lacing over the instep that lets the foot slide forward.',
    typeKeys: ['replacement'],
    tags: ['boots', 'toe-bang', 'lacing', 'fit'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.liam,
  },
  {
    key: 'sizing-denali-socks',
    title: 'Do I size up the Denali boots for thick socks?',
    problem:
      'I am climbing Rainier in July. The mountaineering boots feel snug with my expedition socks.',
    context: 'Denali Double Mountaineering Boots; a $649 boot, crampon compatible.',
    resolution:
      '1. Recommend trying them in the evening, with the socks they will climb in.\n' +
      '2. The Denali runs a half size large in the liner: most people take their street size. Snug at the sides is right; toes touching is wrong.\n' +
      '3. If the customer is unsure between two sizes, send both: ship the second pair as a **policy exception** (no cost until kept), with a label for the one that does not fit.\n' +
      '4. Book a fitting at a store with a boot fitter if they are near one.',
    cause: null,
    typeKeys: ['policy_exception'],
    tags: ['mountaineering-boots', 'socks', 'fit', 'two-sizes'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.fatima,
  },
  {
    key: 'sizing-base-layer-unisex',
    title: "Are the merino base layers men's or women's sizes?",
    problem:
      'I am a woman, usually a small. The base layer top only says XS to XXL. Which do I pick?',
    context: 'Merino Base Layer Top and Bottoms are unisex sizes.',
    resolution:
      "1. They are unisex, cut on a men's pattern: women usually take one size down (a women's small is a unisex XS).\n" +
      '2. Base layers should fit close: a loose base layer does not move sweat.\n' +
      '3. If the customer is between sizes and wants to exchange after trying, it is a free exchange as usual.',
    cause: "The size chart shows unisex measurements only; a women's column is requested.",
    typeKeys: [],
    tags: ['base-layer', 'unisex', 'merino'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.emma,
  },
  {
    key: 'sizing-trail-runner-4-small',
    title: 'My new Trail Runners are tighter than my old ones',
    problem:
      'I have worn Trail Runner 3 in a 10 for years. The Trail Runner 4 in a 10 feels half a size small.',
    context: 'Trail Runner 4 (SH-TRL-4) has a narrower toe box than version 3.',
    resolution:
      '1. Confirm: the 4 is known to run about half a size small and narrower in the toe.\n' +
      "2. Exchange for a half size up as a **replacement**, worn or not: this is our product change, not the customer's mistake.\n" +
      '3. If the toe box is the problem (not length), a half size up may not help: offer the **refund** instead.\n' +
      '4. Tell the customer we are adding a note to the product page.',
    cause: 'The version 4 last is narrower; the product page still says "true to size".',
    typeKeys: ['replacement', 'refund'],
    tags: ['trail-runner', 'shoe-size', 'runs-small'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.diego,
  },
  {
    key: 'sizing-pack-torso-length',
    title: 'How do I find my backpack size?',
    problem: 'Which size of Ridgeback 65 do I need? I am tall with a short back, I think.',
    context: 'Customer-facing fit guide for the Ridgeback 65L and Summit 40L.',
    resolution:
      'Pack size goes by **torso length**, not height.\n\n' +
      '1. Tilt your head forward and find the bony bump at the base of your neck (C7).\n' +
      '2. Put your hands on your hips, thumbs pointing back, on the top of the hip bones.\n' +
      '3. Measure along your spine from C7 to the line between your thumbs.\n\n' +
      'Under 17": S. 17–19": M. Over 19": L. The Ridgeback\'s harness also adjusts 3" either way, so between sizes take the larger.',
    cause: null,
    typeKeys: [],
    tags: ['backpack', 'torso-length', 'fit-guide'],
    visibility: 'external',
    state: 'validated',
    owner: staff.samuel,
  },
  {
    key: 'sizing-sleeping-bag-length',
    title: 'Regular or long sleeping bag?',
    problem: 'I am 6 foot 1. Will the regular Three-Season bag be long enough?',
    context: 'Regular fits to 6\'0", long to 6\'6".',
    resolution:
      '1. Over 6\'0": long. A bag that is too short compresses the down at the feet and the head, and that is where people get cold.\n' +
      '2. Side sleepers who pull their knees up can stay in the regular up to about 6\'1".\n' +
      '3. If they already bought the regular and it is short, exchange it as a **replacement**, used or not, within 60 days.',
    cause: null,
    typeKeys: ['replacement'],
    tags: ['sleeping-bag', 'length'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.grace,
  },
  {
    key: 'sizing-parka-sleeves-long',
    title: 'The parka sleeves come down over my hands',
    problem: 'The Summit Down Parka fits in the body but the sleeves are two inches too long.',
    context: 'Summit Down Parka: long sleeves by design, for reaching with gloves on.',
    resolution:
      '1. Explain the design: the cuffs are meant to overlap gloves, and the Velcro cuff tabs shorten them.\n' +
      '2. We cannot shorten down sleeves (baffles), and a tailor should not either.\n' +
      '3. If it still bothers the customer, exchange down a size if the body still fits, or return it.',
    cause: null,
    typeKeys: [],
    tags: ['parka', 'sleeves', 'fit'],
    visibility: 'internal',
    state: 'draft',
    owner: staff.emma,
  },
  {
    key: 'sizing-pants-inseam',
    title: 'Can you hem my trail pants?',
    problem: 'The convertible pants are too long. Do you shorten them?',
    context: 'We do not offer hemming; three inseams are sold.',
    resolution:
      '1. Check which inseam they bought: 30", 32" and 34" are sold. Exchange for the shorter inseam for free.\n' +
      '2. We do not hem, and hemming the zip-off legs moves the zip: tell the customer a tailor can take up the lower leg below the zip.\n' +
      '3. If the shorter inseam is out of stock, a **future discount** of $10 toward tailoring is a good gesture.',
    cause: null,
    typeKeys: ['future_discount'],
    tags: ['pants', 'inseam', 'hemming'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.samuel,
  },
  {
    key: 'sizing-cascade-mislabelled',
    title: 'The medium I got is as big as a large',
    problem:
      "My Cascade rain jacket says M on the label, but it is huge, bigger than my husband's large.",
    context: 'Cascade Rain Jacket, production batch 24-07 (printed inside the left pocket).',
    resolution:
      '1. Ask the customer to read the batch code inside the left pocket.\n' +
      '2. Batch 24-07: some mediums were labelled as large and the other way round. Ship the right size as a **replacement** at once; they keep the wrong one until it arrives.\n' +
      '3. Add a **service credit** of $15 for the trouble: the error is ours.\n' +
      '4. Any other batch: treat it as a normal exchange.',
    cause: 'A label mix-up at the factory in batch 24-07.',
    typeKeys: ['replacement', 'service_credit'],
    tags: ['rain-jacket', 'mislabelled', 'batch-24-07'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.liam,
  },
  {
    key: 'sizing-gloves',
    title: 'Which glove size am I?',
    problem: 'The waterproof gloves come in S to XL. My hands are big but my fingers are short.',
    context: 'Waterproof Insulated Gloves; the size chart goes by palm width.',
    resolution:
      '1. Measure around the palm below the knuckles, thumb excluded: S under 7.5", M 7.5–8.5", L 8.5–9.5", XL over 9.5".\n' +
      '2. For short fingers, take the palm size: a size down squeezes the insulation and the hands get cold.\n' +
      '3. Exchanges are free; gloves are usually tried on indoors, so they come back resellable.',
    cause: null,
    typeKeys: [],
    tags: ['gloves', 'size-chart'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.grace,
  },
  {
    key: 'sizing-out-of-stock-size',
    title: 'My size is sold out, when will it be back?',
    problem:
      'I want the Alpine hoodie in XL in green and it says out of stock. Are you getting more?',
    context: 'Out-of-stock sizes; the purchasing calendar.',
    resolution:
      '1. Look up the item in the stock panel: a restock date is shown when purchasing has one.\n' +
      '2. With a date: sign the customer up for the back-in-stock email from their account (or do it for them).\n' +
      '3. Without a date: say so honestly. "We don\'t have a date yet, and I\'d rather not guess."\n' +
      '4. Suggest the nearest alternative (another colour in XL, the Timberline fleece) only if the customer wants one.',
    cause: null,
    typeKeys: [],
    tags: ['out-of-stock', 'restock', 'back-in-stock'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.emma,
  },
  {
    key: 'sizing-socks-between-sizes',
    title: 'I am between two sock sizes',
    problem: 'I wear a 9.5 shoe. The merino crew socks are M (6–9) or L (9–12). Which one?',
    context: 'Trailhead Merino Crew Socks.',
    resolution:
      '1. Take the larger size for hiking: merino shrinks a little in the dryer and a short sock slips into the boot.\n' +
      '2. Take the smaller for running shoes, where a baggy sock folds.\n' +
      '3. Socks are returnable unworn; worn socks are not, for hygiene, unless they are faulty.',
    cause: null,
    typeKeys: [],
    tags: ['socks', 'between-sizes', 'merino'],
    visibility: 'external',
    state: 'validated',
    owner: staff.diego,
  },
  {
    key: 'sizing-fleece-shrank',
    title: 'My fleece shrank in the wash',
    problem: 'I washed the Timberline fleece once and the sleeves are now an inch shorter.',
    context: 'Timberline Fleece Jacket; care label says cool wash, low tumble.',
    resolution:
      '1. Ask how it was washed. Polyester fleece should not shrink at normal temperatures; an inch after one wash is a defect.\n' +
      '2. Ship a **replacement** in the same size. No return needed under $150: ask the customer to donate the old one.\n' +
      '3. If it was washed hot and tumble dried on high, still replace it the first time and send the care article.',
    cause: null,
    typeKeys: ['replacement'],
    tags: ['fleece', 'shrinkage', 'washing'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.omar,
  },
  {
    key: 'sizing-bracketing',
    title: 'Can I order two sizes and send one back?',
    problem: 'I am not sure between M and L in the hoodie. Is it OK to order both and return one?',
    context: 'Customers buying two sizes to try at home.',
    resolution:
      '1. Yes, and say so warmly: it is cheaper for us than two exchanges.\n' +
      '2. The return of the size that does not fit is free within 60 days, like any return.\n' +
      '3. For a customer who does this often, nothing changes: it is not abuse when the second item comes back.',
    cause: null,
    typeKeys: [],
    tags: ['bracketing', 'two-sizes', 'returns'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.samuel,
  },
  {
    key: 'sizing-kids',
    title: "Do you have kids' sizes?",
    problem: "I want a rain jacket for my 10 year old. I cannot find children's sizes on the site.",
    context: "We do not sell children's clothing.",
    resolution:
      "1. We do not make kids' sizes at the moment.\n" +
      '2. The unisex XS in the Cascade rain jacket fits many 12–14 year olds; for a 10 year old it will be big.\n' +
      '3. Log the request with the tag `kids-sizes` in the contact notes: the buying team counts them.',
    cause: null,
    typeKeys: [],
    tags: ['kids', 'product-request'],
    visibility: 'internal',
    state: 'draft',
    owner: staff.olivia,
  },
  {
    key: 'sizing-beanie-tight',
    title: 'The beanie is too tight and gives me a headache',
    problem: 'The merino beanie is one size and it squeezes my head.',
    context: 'Merino Beanie, one size.',
    resolution:
      '1. Merino relaxes with wear, but not enough to stop a headache.\n' +
      '2. It is under $30: **refund** it and tell the customer to keep it (or give it to someone with a smaller head). Do not make them send it back.',
    cause: null,
    typeKeys: ['refund'],
    tags: ['beanie', 'one-size'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.olivia,
  },
];

import { staff, type DemoArticle } from './demo-article.ts';

/** Gear care: washing, proofing, storing; many of these calls are "it's broken" that is really "it needs a wash". */
export const careArticles: DemoArticle[] = [
  {
    key: 'care-wash-down-jacket',
    title: 'How do I wash my down jacket?',
    problem:
      'My down parka is grubby around the cuffs and collar. Can it go in the washing machine?',
    context: 'Customer-facing care guide for down jackets, vests and sleeping bags.',
    resolution:
      'Yes, in a front-loading machine (a top loader with an agitator can tear baffles).\n\n' +
      '1. Close all zips and Velcro; turn it inside out.\n' +
      '2. Use a down-specific wash, no fabric softener, cool or warm (30°C / 86°F), gentle cycle, extra rinse.\n' +
      '3. Tumble dry on **low** with two or three clean tennis balls for 2–3 hours, until no clumps remain. It looks flat at first: keep going.\n\n' +
      'Wash once a season, or when it stops lofting.',
    cause: null,
    typeKeys: [],
    tags: ['down', 'washing', 'care-guide'],
    visibility: 'external',
    state: 'validated',
    owner: staff.grace,
  },
  {
    key: 'care-reproof-shell',
    title: 'Water no longer beads on my jacket',
    problem: 'My shell used to shed rain. Now the fabric soaks up water and goes dark.',
    context: 'Customer-facing care guide for waterproof jackets and pants.',
    resolution:
      'The water-repellent finish (DWR) wears off with dirt and use. Bring it back:\n\n' +
      '1. Wash the jacket with a technical wash (not detergent: it leaves a film), zips closed.\n' +
      '2. Tumble dry on low for 20 minutes: heat reactivates the finish.\n' +
      '3. If water still soaks in, spray a reproofer on the damp jacket, then tumble dry low again.\n\n' +
      'Do this two or three times a season if you wear it often. It is the single best thing you can do for a rain jacket.',
    cause: null,
    typeKeys: [],
    tags: ['dwr', 'reproofing', 'rain-jacket'],
    visibility: 'external',
    state: 'validated',
    owner: staff.diego,
  },
  {
    key: 'care-tent-mildew',
    title: 'My tent smells musty and has black spots',
    problem:
      'I packed the tent wet after a rainy trip and now there are little black spots and it stinks.',
    context: 'Mildew on tents stored damp; not a warranty defect.',
    resolution:
      '1. Tell the customer to set it up and clean the spots with a soft sponge and a mild soap, then an enzyme cleaner for the smell. No bleach: it strips the coating.\n' +
      '2. Dry it completely in the shade before storing.\n' +
      '3. If the coating is peeling (sticky, flaking inside), the tent will leak: offer a **future discount** of 25 % on a new one. Mildew is not covered, but a loyal customer deserves the gesture.\n' +
      '4. Advice for next time: pack wet, but unpack within 24 hours.',
    cause: 'Tents stored wet; mildew attacks the polyurethane coating.',
    typeKeys: ['future_discount'],
    tags: ['tent', 'mildew', 'storage'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.liam,
  },
  {
    key: 'care-leather-boots',
    title: 'How should I look after my leather boots?',
    problem: 'My Granite Peak boots are getting stiff and pale after a wet season.',
    context: 'Full-grain leather hiking boots.',
    resolution:
      '1. Brush off the mud, rinse with cool water, and let them dry at room temperature with the insoles out, stuffed with newspaper. Never by a fire or on a radiator: it cracks the leather and weakens the sole glue.\n' +
      '2. While still slightly damp, rub in a wax for waterproof leather; let it soak in overnight.\n' +
      '3. Three or four times a season is plenty.',
    cause: null,
    typeKeys: [],
    tags: ['boots', 'leather', 'waxing'],
    visibility: 'external',
    state: 'validated',
    owner: staff.emma,
  },
  {
    key: 'care-sleeping-bag-storage',
    title: 'My sleeping bag is not as warm as it used to be',
    problem: 'The bag was warm last year. This year it is thin and I am cold in it.',
    context: 'Down and synthetic bags kept in their stuff sack between trips.',
    resolution:
      '1. Ask how it is stored. In the stuff sack all winter, the fill stays crushed and stops lofting.\n' +
      '2. Store it loose in the big cotton storage bag (in the box) or hanging in a closet.\n' +
      '3. A down bag that has lost loft usually needs a wash (see the down washing article): body oils clump the down.\n' +
      '4. Synthetic fill does lose warmth over years of compression; that is wear, not a defect.',
    cause: 'Long-term compression and body oils.',
    typeKeys: [],
    tags: ['sleeping-bag', 'storage', 'loft'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.grace,
  },
  {
    key: 'care-merino-socks-holes',
    title: 'My merino socks wore through in a month',
    problem: 'I have had the Trailhead socks for five weeks and there are holes in both heels.',
    context: 'Trailhead Merino Crew Socks; we guarantee them for a year of wear.',
    resolution:
      '1. Holes in the heel in under a year: replace them, no questions. It is a **replacement** of the pack at its price.\n' +
      '2. Ask about the boots: a heel that slips wears socks through fast. The boot-lacing tips in the toe-pain article help.\n' +
      '3. Suggest washing inside out, cool, and no tumble drying: merino felts and thins in the dryer.',
    cause: 'Heel slip in boots; hot tumble drying.',
    typeKeys: ['replacement'],
    tags: ['socks', 'merino', 'holes', 'guarantee'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.olivia,
  },
  {
    key: 'care-merino-pilling',
    title: 'My base layer is covered in little bobbles',
    problem: 'The merino top has pilled all over under the arms and where the pack straps go.',
    context: 'Merino Base Layer Top; pilling is common in the first washes.',
    resolution:
      '1. Pilling is normal for fine merino in the first few weeks, worst under pack straps. It settles as the loose fibres work out.\n' +
      '2. A fabric shaver or a sweater comb removes it safely.\n' +
      '3. If it is heavy after one wash and the customer is unhappy, a return within 60 days is fine; there is no defect to grant for.',
    cause: null,
    typeKeys: [],
    tags: ['merino', 'pilling', 'base-layer'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.hannah,
  },
  {
    key: 'care-reservoir-plastic-taste',
    title: 'The water from my bladder tastes of plastic',
    problem: 'My hydration reservoir makes everything taste like a shower curtain.',
    context: 'Hydration Reservoir 3L.',
    resolution:
      '1. Before the first use, fill it with warm water and two tablespoons of baking soda (or a squeeze of lemon juice), leave it overnight, and rinse.\n' +
      '2. After every trip, rinse and dry it open, upside down, or keep it in the freezer: that stops mould.\n' +
      '3. If the taste lasts after two cleans, it is a **replacement** ($39): ship a new one, no return needed.',
    cause: null,
    typeKeys: ['replacement'],
    tags: ['hydration-reservoir', 'taste', 'cleaning'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.samuel,
  },
  {
    key: 'care-filter-slow-flow',
    title: 'My water filter is really slow now',
    problem:
      'The squeeze filter used to flow fast. Now I have to squeeze like crazy to get a trickle.',
    context: 'Squeeze Water Filter; a backflush restores most of the flow.',
    resolution:
      '1. Backflush: fill the syringe (in the box) with clean water and push it through the drinking end, hard, several times.\n' +
      '2. Silty water clogs it fast: pre-filter through a bandana.\n' +
      '3. If it ever froze with water inside, the fibres may be cracked and it no longer filters safely: tell the customer to replace it, and ship a **replacement** if it was under a year old (we did not warn them clearly enough).',
    cause: 'Sediment in the hollow fibres; freezing.',
    typeKeys: ['replacement'],
    tags: ['water-filter', 'backflush', 'freezing'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.jamal,
  },
  {
    key: 'care-bear-canister-lid',
    title: "I can't open my bear canister",
    problem:
      'It got cold overnight and now the lid will not turn at all. My breakfast is in there.',
    context: 'Bear-Resistant Food Canister; the lid tightens as the plastic contracts.',
    resolution:
      '1. Warm the lid: in the sun, in a sleeping bag, or with warm (not boiling) water.\n' +
      '2. Press the locking tab with a coin while turning, and turn towards "open" with the canister between the knees.\n' +
      '3. For the future, do not over-tighten in the evening.\n' +
      '4. If the tab broke, ship a **replacement** lid assembly; the canister body is fine.',
    cause: 'Plastic shrinks in the cold.',
    typeKeys: ['replacement'],
    tags: ['bear-canister', 'cold', 'lid'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.linh,
  },
  {
    key: 'care-tent-zip-sticking',
    title: 'The tent door zip keeps snagging',
    problem: 'The zip on the tent door sticks every few inches and I have to pull it hard.',
    context: 'Tent door and fly zips after dusty or sandy trips.',
    resolution:
      '1. Clean the zip with warm water and an old toothbrush; grit is the usual culprit.\n' +
      '2. Use a zip lubricant or a candle rubbed along the teeth.\n' +
      '3. Hold the fabric taut with the other hand while zipping around the curve.\n' +
      '4. If it still splits behind the slider, see the zip slider article; a broken zip is a **repair** under warranty.',
    cause: 'Sand and grit in the coil.',
    typeKeys: ['repair'],
    tags: ['tent', 'zip', 'cleaning'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.diego,
  },
  {
    key: 'care-packraft-storage',
    title: 'How do I store my packraft over winter?',
    problem: 'I want to put the packraft away until spring. Rolled up? Inflated? In the garage?',
    context: 'Inflatable Packraft; UV and folding creases damage the coating.',
    resolution:
      '1. Rinse with fresh water (especially after salt water), dry completely inside and out.\n' +
      '2. Store loosely rolled, or partly inflated, indoors, out of the sun. Not in a hot attic or a freezing garage.\n' +
      '3. Apply a UV protectant to the tubes once a season.',
    cause: null,
    typeKeys: [],
    tags: ['packraft', 'storage', 'uv'],
    visibility: 'external',
    state: 'validated',
    owner: staff.liam,
  },
  {
    key: 'care-titanium-discoloured',
    title: 'My titanium pot turned blue and purple',
    problem: 'The titanium cookset has changed colour on the bottom after a few uses. Is it safe?',
    context: 'Titanium Cookset; heat tint is normal.',
    resolution:
      '1. Yes, it is safe: titanium forms a thin oxide layer that shows as blue, gold or purple when heated.\n' +
      '2. It does not come off with scrubbing and does not affect cooking.\n' +
      '3. No resolution: reassure the customer.',
    cause: 'Heat tint on titanium oxide.',
    typeKeys: [],
    tags: ['cookset', 'titanium', 'heat-tint'],
    visibility: 'internal',
    state: 'draft',
    owner: staff.chloe,
  },
  {
    key: 'care-trekking-pole-stuck',
    title: "My trekking poles won't collapse",
    problem: 'I cannot get the poles shorter to pack them. The sections seem welded together.',
    context: 'Carbon Trekking Poles after wet or salty trips.',
    resolution:
      '1. Open the locks fully. Twist and pull, with a rubber jar grip for the sections.\n' +
      '2. After freeing them: pull the sections apart, wipe, and let them dry separately. Store them extended and open.\n' +
      '3. If a section is truly stuck (corroded aluminium lower tip), ship the lower section as a **replacement** under warranty.',
    cause: 'Water and grit left inside the sections.',
    typeKeys: ['replacement'],
    tags: ['trekking-poles', 'stuck', 'corrosion'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.fatima,
  },
  {
    key: 'care-headlamp-winter-battery',
    title: 'My headlamp dies fast in the cold',
    problem: 'On a winter hike the headlamp went from full to empty in an hour.',
    context: 'Lithium-ion batteries lose capacity below freezing.',
    resolution:
      '1. Explain: lithium batteries lose much of their capacity below freezing. It comes back when warm.\n' +
      '2. Keep it in an inside pocket until needed, and sleep with it in the bag.\n' +
      '3. For long winter trips, suggest the lower brightness mode: it lasts four times longer.\n' +
      '4. Not a defect; if the battery is poor at room temperature too, see the charging article.',
    cause: 'Cold reduces lithium battery capacity.',
    typeKeys: [],
    tags: ['headlamp', 'cold', 'battery'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.omar,
  },
  {
    key: 'care-sun-hoodie-upf',
    title: 'Does the sun hoodie still protect after washing?',
    problem: 'I have washed my UPF 50 hoodie a lot. Does the sun protection wash out?',
    context: 'Sun Hoodie UPF 50; the protection is in the weave, not a coating.',
    resolution:
      'The UPF 50 rating comes from the tight weave of the fabric, not a chemical finish, so it does not wash out.\n\n' +
      'Stretched or worn-thin fabric protects less: when you can see light through it, it is time for a new one. Wash cool and skip fabric softener.',
    cause: null,
    typeKeys: [],
    tags: ['sun-hoodie', 'upf', 'washing'],
    visibility: 'external',
    state: 'validated',
    owner: staff.hannah,
  },
  {
    key: 'care-fleece-pilling-microfibres',
    title: 'How should I wash my fleece?',
    problem: 'My fleece goes bobbly and I have read fleece sheds microplastics. How do I wash it?',
    context: 'Timberline Fleece Jacket.',
    resolution:
      '1. Wash less often; airing it out is often enough.\n' +
      '2. Inside out, cool, gentle, full load (less rubbing), in a microfibre-catching wash bag.\n' +
      '3. Air dry. Heat makes fleece pill and flatten.\n' +
      '4. Pilling after washes is wear, not a defect.',
    cause: null,
    typeKeys: [],
    tags: ['fleece', 'washing', 'microfibres'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.grace,
  },
  {
    key: 'care-pad-mould-inside',
    title: 'There is black stuff inside my sleeping pad',
    problem: 'I can see dark spots through the valve of my inflatable pad. Is that mould?',
    context: 'Pads inflated by mouth: breath moisture stays inside.',
    resolution:
      '1. Probably mould from breath moisture. It is hard to clean inside a pad.\n' +
      '2. Under five years old: a **replacement**, because the welds may weaken; send the pump sack article with it.\n' +
      '3. Prevention: inflate with the pump sack (in the box), store unrolled with the valve open.',
    cause: 'Inflating by mouth adds moisture that never dries inside the pad.',
    typeKeys: ['replacement'],
    tags: ['sleeping-pad', 'mould', 'pump-sack'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.diego,
  },
];

import { staff, type DemoArticle } from './demo-article.ts';

/** Warranty and repairs: zips, poles, seams, soles, electronics, and what the repair partner does. */
export const warrantyArticles: DemoArticle[] = [
  {
    key: 'warranty-jacket-zip-broken',
    title: 'The zip on my jacket broke',
    problem:
      'The main zip on my Ridgeline shell splits open below the slider. It is only a year old.',
    context: 'Main zips on jackets and hoodies; two-year warranty on workmanship.',
    resolution:
      '1. Ask whether the teeth are damaged or the zip just splits: a splitting zip is a worn slider, a 10-minute fix.\n' +
      '2. Within two years of delivery: book a **repair** with Mountain Stitch (our partner) from the order page. It is free to the customer; the amount is the quote (usually $25–$45).\n' +
      '3. Email the prepaid repair label. Turnaround is 10–14 days; tell the customer so before they send it.\n' +
      '4. If they need the jacket for a trip before then, ship a **replacement** instead and have them send the broken one back.',
    cause: 'Worn sliders on coil zips; the slider spreads and no longer closes the teeth.',
    typeKeys: ['repair', 'replacement'],
    tags: ['zip', 'jacket', 'mountain-stitch', 'warranty'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.liam,
  },
  {
    key: 'warranty-tent-pole-snapped',
    title: 'A tent pole snapped',
    problem:
      'A gust caught the tent and one of the poles cracked at a joint. Can I get a new pole?',
    context: 'Basecamp, Featherlite and Solo tents; aluminium pole sections.',
    resolution:
      '1. Ask which pole (the tent has colour-coded poles) and whether one section or the whole pole is damaged.\n' +
      '2. One section: we send the section and a splint for free, whatever the cause: it costs under $15 and keeps a customer camping. No resolution needed.\n' +
      '3. Whole pole, under warranty: ship a new pole as a **replacement**.\n' +
      '4. Wind or accident after the warranty: the pole at cost as a **future discount** of 30 %.\n' +
      '5. Mention the pole repair sleeve in the stuff sack: it gets them home tonight.',
    cause: 'Pole sections not fully seated before tensioning; wind loading on a poorly guyed tent.',
    typeKeys: ['replacement', 'future_discount'],
    tags: ['tent', 'poles', 'wind-damage'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.diego,
  },
  {
    key: 'warranty-pack-seam-tearing',
    title: 'The seam on my backpack is coming apart',
    problem:
      'The shoulder strap seam on my Ridgeback 65 is pulling away from the pack after one season.',
    context: 'Packs carry a lifetime warranty on seams and buckles (fabric wear excluded).',
    resolution:
      '1. Ask for a photo of the seam. A strap seam pulling out is a workmanship defect: covered, whatever the age.\n' +
      '2. Book a **repair** with Mountain Stitch. If the customer has a trip in the next two weeks, ship a **replacement** now and ask for the old pack back.\n' +
      '3. Abrasion holes in the fabric are wear, not a defect: offer a repair quote the customer pays, with a **future discount** if they are a regular.',
    cause: null,
    typeKeys: ['repair', 'replacement', 'future_discount'],
    tags: ['backpack', 'seam', 'lifetime-warranty'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.fatima,
  },
  {
    key: 'warranty-boot-sole-delaminating',
    title: 'The sole is coming off my boots',
    problem:
      'The rubber sole on my Granite Peak boots is peeling away at the toe. I bought them 18 months ago.',
    context: 'Footwear: two-year warranty on sole bonding.',
    resolution:
      '1. Delamination within two years is covered.\n' +
      '2. Ship a **replacement** pair (same size unless they ask) and email a return label for the old ones: the factory wants them back.\n' +
      '3. After two years, offer a resole through Mountain Stitch as a **repair** the customer pays, or a **future discount** of 20 % on new boots.\n' +
      '4. Boots dried on a radiator or by a fire delaminate: ask, but do not refuse the first time.',
    cause: 'Heat drying weakens the sole adhesive.',
    typeKeys: ['replacement', 'repair', 'future_discount'],
    tags: ['boots', 'sole', 'delamination'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.emma,
  },
  {
    key: 'warranty-down-leaking',
    title: 'Feathers keep coming out of my down jacket',
    problem:
      'Little feathers poke out of my Featherline vest every time I wear it. Is it falling apart?',
    context: 'Down products; some feather migration is normal.',
    resolution:
      '1. A few feathers through the fabric is normal, especially in the first weeks. Tell the customer to pull them back in from the other side, not out.\n' +
      '2. A hole or a seam leaking down: send a free repair patch kit, or book a **repair** for a seam.\n' +
      '3. Down loss that leaves cold spots in the first two years: **replacement**.',
    cause: 'Down clusters work through the weave at stitch lines.',
    typeKeys: ['repair', 'replacement'],
    tags: ['down', 'feathers', 'vest', 'parka'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.grace,
  },
  {
    key: 'warranty-headlamp-not-charging',
    title: "My headlamp won't charge",
    problem:
      'The headlamp blinks red when I plug it in and never goes green. It does not turn on any more.',
    context: 'Headlamp 400 lm, USB-C charging, one-year warranty on electronics.',
    resolution:
      '1. Ask them to try another cable and a wall charger: many USB-C cables from phones do not charge it.\n' +
      '2. A red blink means the battery dropped too low: leave it plugged in for 2 hours before it shows green.\n' +
      '3. Still dead: it is a $49 item, so ship a **replacement** and do not ask for the old one back (lithium batteries are expensive to ship).',
    cause: 'Deep discharge after storage; some cables without the right resistor.',
    typeKeys: ['replacement'],
    tags: ['headlamp', 'charging', 'electronics'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.samuel,
  },
  {
    key: 'warranty-satellite-messenger-wont-send',
    title: "My satellite messenger won't send messages",
    problem: 'The satellite messenger turns on but every message says "sending" and never goes.',
    context: 'Satellite Messenger; needs an active subscription with the network provider.',
    resolution:
      '1. Ask whether the subscription is active: most "won\'t send" calls are an expired plan. The plan is with the provider, not with us.\n' +
      '2. Ask them to test outdoors with a clear view of the sky for 15 minutes: indoors it cannot see the satellites.\n' +
      '3. If the plan is active and it still fails, do a factory reset (hold power and OK for 10 seconds).\n' +
      "4. Still failing within a year: **replacement**. This is a $399 device: a **replacement** above an agent's limit goes to approval, and Leeway shows who will answer.",
    cause: 'Expired or unactivated subscription; testing indoors.',
    typeKeys: ['replacement'],
    tags: ['satellite-messenger', 'subscription', 'electronics'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.liam,
  },
  {
    key: 'warranty-sleeping-pad-leak',
    title: 'My sleeping pad goes flat overnight',
    problem: 'I wake up on the ground every night. The insulated pad is flat by morning.',
    context: 'Insulated Sleeping Pad R4; five-year warranty on valves and welds.',
    resolution:
      '1. Walk through the leak test: inflate, submerge in a bath section by section, look for bubbles. Soapy water on the valve.\n' +
      '2. A pinhole in the fabric: the repair kit in the stuff sack fixes it. Send a new kit if it is lost.\n' +
      '3. A leaking valve or a weld seam: covered for five years. Ship a **replacement**.\n' +
      '4. Cold nights also make a pad feel softer (the air contracts): add a few breaths at bedtime before deciding it leaks.',
    cause: 'Air contracts as it cools; thorns and sharp stones through the floor.',
    typeKeys: ['replacement'],
    tags: ['sleeping-pad', 'leak', 'valve'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.diego,
  },
  {
    key: 'warranty-stove-wont-light',
    title: 'The igniter on my stove stopped working',
    problem: 'I press the igniter button on the Titan stove and there is a click but no spark.',
    context: 'Titan Backpacking Stove; piezo igniter, three-year warranty.',
    resolution:
      '1. Check the electrode is pointing at the burner head (it bends in a pack). Bend it back gently.\n' +
      '2. In the dark, press it: a spark that lands elsewhere means the gap is wrong; no spark means the igniter failed.\n' +
      '3. Failed igniter under warranty: ship a **replacement** stove; the old one does not need to come back.\n' +
      '4. Tell the customer to carry a lighter anyway: every piezo fails eventually.',
    cause: 'Electrode bent in transit or in the pack.',
    typeKeys: ['replacement'],
    tags: ['stove', 'igniter', 'piezo'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.samuel,
  },
  {
    key: 'warranty-what-is-covered',
    title: 'What does your warranty cover?',
    problem: 'How long is the warranty on your gear, and what does it include?',
    context: 'Customer-facing summary; the help centre shows it.',
    resolution:
      'Northwind gear is guaranteed against defects in materials and workmanship:\n\n' +
      '- **Packs and bags**: lifetime on seams, zips and buckles.\n' +
      '- **Clothing and footwear**: 2 years.\n' +
      '- **Sleeping pads**: 5 years on valves and welds.\n' +
      '- **Stoves, headlamps and electronics**: 1–3 years (see the product page).\n\n' +
      'Not covered: normal wear, accidents, and damage from heat or misuse. We will still quote a fair repair. Contact us with your order number or the email you ordered with.',
    cause: null,
    typeKeys: [],
    tags: ['warranty', 'coverage'],
    visibility: 'external',
    state: 'validated',
    owner: staff.marcus,
  },
  {
    key: 'warranty-repair-status',
    title: 'Where is my repair? I sent it three weeks ago',
    problem: 'I sent my pack to be fixed and have heard nothing for three weeks.',
    context: 'Repairs at Mountain Stitch; the order page shows the repair ticket.',
    resolution:
      '1. Open the repair on the order: it shows `received`, `quoted`, `in repair` or `shipped`.\n' +
      '2. `quoted` for more than 3 days usually means the partner is waiting for an answer that went to the wrong email: read the quote to the customer and accept it for them.\n' +
      '3. Past 21 days in `in repair`, email repairs@mountainstitch with the ticket and set a follow-up.\n' +
      '4. Past 30 days: ship a **replacement** and let the repaired item come back as a spare, or a **service credit** of $20 if the customer prefers to wait.',
    cause: "Quotes sent to an old email address; the partner's backlog in spring.",
    typeKeys: ['replacement', 'service_credit'],
    tags: ['repair-status', 'mountain-stitch'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.fatima,
  },
  {
    key: 'warranty-repair-costs-more',
    title: 'The repair quote is more than the jacket is worth',
    problem: 'They want $140 to fix my $179 rain jacket. That is ridiculous.',
    context: 'Out-of-warranty repair quotes near the product price.',
    resolution:
      '1. Agree with the customer: a repair at more than half the price does not make sense.\n' +
      '2. Offer a **future discount** of 30 % on a new one instead, and cancel the repair (the partner ships the old one back free).\n' +
      '3. Under warranty, the quote is irrelevant: ship a **replacement**.',
    cause: null,
    typeKeys: ['future_discount', 'replacement'],
    tags: ['repair-quote', 'out-of-warranty'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.emma,
  },
  {
    key: 'warranty-packraft-puncture',
    title: 'I punctured my packraft on a rock',
    problem: 'A sharp rock put a small hole in the floor of my packraft. Is that covered?',
    context: 'Inflatable Packraft; $1,099; punctures are not defects.',
    resolution:
      '1. Not a warranty case, but an easy fix: the Tear-Aid patch in the repair kit holds for the rest of the trip.\n' +
      '2. For a permanent repair, book Mountain Stitch as a **repair** the customer pays (about $60); a loyal customer may get it free at your discretion.\n' +
      '3. A leaking seam, a valve or the floor glue: a warranty **repair** for two years.',
    cause: null,
    typeKeys: ['repair'],
    tags: ['packraft', 'puncture'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.liam,
  },
  {
    key: 'warranty-no-receipt',
    title: 'I want to use the warranty but I have no receipt',
    problem:
      'My boots are falling apart but I threw away the receipt. They were bought about a year ago.',
    context: 'Warranty claims without proof of purchase.',
    resolution:
      "1. We never need a receipt: search by the customer's phone number, email or name, or by the card's last four digits in the orders search.\n" +
      '2. Bought in a store with cash: the date code inside the tongue (boots) or on the care label (clothing) tells the production month; assume the purchase was within 6 months of it.\n' +
      '3. Then handle it as a normal warranty claim.',
    cause: null,
    typeKeys: [],
    tags: ['warranty', 'no-receipt', 'proof-of-purchase'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.grace,
  },
  {
    key: 'warranty-rain-jacket-leaks',
    title: 'My rain jacket is letting water in',
    problem:
      'I got soaked through my Cascade jacket in a downpour. The shoulders and arms were wet inside.',
    context: 'Waterproof jackets; "wetting out" vs real leaks.',
    resolution:
      '1. Ask whether the outside fabric looked dark and soaked: that is wetting out. The DWR coating has worn off, the fabric stops breathing and sweat condenses inside. It feels like a leak.\n' +
      '2. Send the reproofing article: wash and tumble dry low to reactivate, or reproof with a spray-on.\n' +
      '3. Seam tape peeling or water at a seam: a defect for two years: **replacement**.\n' +
      '4. If the customer is unhappy after trying, a return within 60 days is fine.',
    cause: 'Worn DWR on the face fabric; sweat mistaken for a leak.',
    typeKeys: ['replacement'],
    tags: ['rain-jacket', 'wetting-out', 'dwr', 'seam-tape'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.diego,
  },
  {
    key: 'warranty-accident-damage',
    title: 'I burned a hole in my jacket by the campfire',
    problem: 'A spark landed on my down parka and burned a hole in the sleeve. Can you fix it?',
    context: 'Accidental damage: not covered by warranty.',
    resolution:
      '1. Be kind about it: accidents are the most common reason gear gets repaired.\n' +
      "2. Offer a Mountain Stitch **repair** at the customer's cost, usually $30–$50 for a patch, or the free patch kit.\n" +
      '3. For a loyal or VIP customer, cover the repair at your discretion and say so: "This one is on us."',
    cause: null,
    typeKeys: ['repair'],
    tags: ['accident', 'burn', 'parka'],
    visibility: 'internal',
    state: 'draft',
    owner: staff.samuel,
  },
  {
    key: 'warranty-zip-slider-at-home',
    title: 'How do I fix a zip that will not close?',
    problem: 'The zip on my tent door closes but the teeth split open behind it.',
    context: 'Customer-facing how-to; tents and packs with coil zips.',
    resolution:
      'A zip that splits behind the slider usually has a worn slider, not broken teeth.\n\n' +
      '1. Move the slider to the start of the zip.\n' +
      '2. With pliers, gently squeeze the back of the slider (the end the teeth leave from), top and bottom, a little at a time.\n' +
      '3. Test. Stop squeezing as soon as the zip holds: too much and it jams.\n\n' +
      'If it still splits, contact us: a new slider is a small repair and often covered.',
    cause: null,
    typeKeys: [],
    tags: ['zip', 'slider', 'diy-repair', 'tent'],
    visibility: 'external',
    state: 'validated',
    owner: staff.marcus,
  },
  {
    key: 'warranty-lifetime-old-policy',
    title: 'Lifetime warranty on everything',
    problem: 'The customer bought before 2023 and says everything had a lifetime guarantee.',
    context: 'The old unconditional lifetime guarantee, withdrawn in 2023.',
    resolution:
      '1. Items bought before 1 March 2023: replace or refund anything, at any age, without questions.\n' +
      '2. Items after that date follow the current warranty.',
    cause: null,
    typeKeys: ['replacement', 'refund'],
    tags: ['lifetime-warranty', 'old-policy'],
    visibility: 'internal',
    state: 'archived',
    owner: staff.marcus,
  },
  {
    key: 'warranty-trekking-pole-lock',
    title: "My trekking pole won't stay locked",
    problem: 'One of my carbon poles keeps collapsing when I lean on it. The lever lock is tight.',
    context: 'Carbon Trekking Poles (pair); lever locks with a tension screw.',
    resolution:
      '1. Tighten the lock: open the lever, turn the small screw a quarter turn clockwise, close. Repeat until it holds.\n' +
      '2. If the lever cracked or the screw strips, send a lock kit (free, ships in an envelope).\n' +
      '3. A cracked carbon section within two years: **replacement** of the pair, because a single section does not match.',
    cause: 'Lock tension loosens with temperature changes.',
    typeKeys: ['replacement'],
    tags: ['trekking-poles', 'lever-lock'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.fatima,
  },
];

import { staff, type DemoArticle } from './demo-article.ts';

/** Returns & Repairs, the returns half: windows, labels, refunds that have not appeared. */
export const returnsArticles: DemoArticle[] = [
  {
    key: 'returns-past-window',
    title: 'Can I still return it? It has been 45 days',
    problem:
      'I bought the trail pants in September and only tried them on now. Is it too late to send them back?',
    context: 'Our return window is 30 days for used-looking items, 60 days for unworn with tags.',
    resolution:
      '1. Check the delivery date on the order, not the order date: the window starts when the customer got it.\n' +
      '2. Unworn with tags inside 60 days: a normal return, nothing to grant.\n' +
      "3. A few days outside the window, unworn: accept it as a **policy exception** (cost: nothing, the item is resellable). Say: \"It's a little past our window, but it's unworn, so I've made an exception.\"\n" +
      '4. Well outside the window or worn: offer a **future discount** of 15 % on a replacement instead, and check whether it is really a warranty problem (see the warranty articles).',
    cause: null,
    typeKeys: ['policy_exception', 'future_discount'],
    tags: ['return-window', 'late-return'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.emma,
  },
  {
    key: 'returns-how-to-return',
    title: 'How do I send something back?',
    problem: 'I want to return a jacket. How does it work and do I have to pay for postage?',
    context: 'Customer-facing answer; the help centre shows it.',
    resolution:
      'Returns are free within 60 days for unworn items with tags.\n\n' +
      '1. Sign in, open **Orders**, choose the order and **Return items**.\n' +
      '2. Pick the items and a reason; print the label or show the QR code at any UPS store.\n' +
      '3. We refund to your original payment method within 3 business days of the parcel reaching us; your bank may take up to 5 more days to show it.\n\n' +
      'No printer? Any Northwind store takes online returns too.',
    cause: null,
    typeKeys: [],
    tags: ['how-to-return', 'return-label', 'free-returns'],
    visibility: 'external',
    state: 'validated',
    owner: staff.grace,
  },
  {
    key: 'returns-where-is-refund',
    title: "I sent it back two weeks ago and haven't had my money",
    problem:
      'The return tracking says you got my boots ten days ago but nothing has come back to my card.',
    context:
      'Returns scanned at the warehouse but not yet inspected, or refunded and not yet on the statement.',
    resolution:
      '1. Open the return on the order. If it shows `received` but not `refunded`, it is waiting for inspection: the backlog is usually 2–3 days, up to 7 in January.\n' +
      "2. If it is more than 5 business days since the warehouse scan, refund it yourself from the return (the amount is the items' price): you do not need to wait for inspection when the carrier shows it arrived.\n" +
      '3. If it shows `refunded`, give the date and the last four digits of the card, and explain banks take 5–10 business days.\n' +
      '4. If the wait is our fault, add a **service credit** of $10 and say why.',
    cause: 'Inspection backlog after holidays; bank posting times.',
    typeKeys: ['refund', 'service_credit'],
    tags: ['refund-status', 'inspection', 'returns-backlog'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.samuel,
  },
  {
    key: 'returns-used-tent-leaks',
    title: 'I used the tent once and it leaked all night',
    problem:
      'We camped one night in the rain and water came through the corners of the tent floor. I want my money back.',
    context: 'Used gear within 60 days: our satisfaction promise covers a return even when used.',
    resolution:
      '1. Ask where it leaked: through the floor corners (often condensation or a pitch problem), through seams (a defect), or through the fabric (a defect).\n' +
      '2. Walk through pitching: fly tensioned, footprint tucked under the floor so it does not catch rain. Many "leaks" are pooled water from a footprint sticking out.\n' +
      '3. If the customer does not want to try again, accept the return as used: **refund** in full within 60 days of delivery.\n' +
      '4. If it is a seam defect after 60 days, it is a warranty **repair** or **replacement** (see the tent warranty article).',
    cause: 'A footprint larger than the tent floor channels rain under it.',
    typeKeys: ['refund', 'replacement', 'repair'],
    tags: ['tent', 'leak', 'used-return', 'footprint'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.diego,
  },
  {
    key: 'returns-restocking-fee-packraft',
    title: 'Why am I being charged a restocking fee?',
    problem:
      'I returned the packraft unopened and the refund was $110 short. Nobody told me about a fee.',
    context: 'Packrafts and satellite messengers carry a 10 % restocking fee when opened.',
    resolution:
      '1. Check the return inspection note: the fee applies only to opened packrafts and activated satellite messengers.\n' +
      '2. If it was unopened, the fee was applied in error: **refund** the difference and apologise.\n' +
      '3. If it was opened and the customer was not told at checkout, waive it with a **fee waiver**. The fee is on the product page, but in small print; waiving it is the right call for a first return.\n' +
      '4. Repeat returns of opened packrafts by the same customer: keep the fee and explain it.',
    cause: 'Inspection applies the fee to any packraft whose box seal is cut, even by the carrier.',
    typeKeys: ['fee_waiver', 'refund'],
    tags: ['restocking-fee', 'packraft', 'satellite-messenger'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.fatima,
  },
  {
    key: 'returns-lost-label',
    title: "I've lost my return label",
    problem: 'I printed the return label and the dog ate it, more or less. Can I get another?',
    context: 'Any open return.',
    resolution:
      '1. Open the return on the order and choose **Resend label**: it emails the same label again (it stays valid for 30 days).\n' +
      '2. If the customer has no printer, send the QR code version instead: any UPS store scans it and prints the label.\n' +
      '3. Expired label: create a new return with the same items; the window is counted from delivery, not from the first label.',
    cause: null,
    typeKeys: [],
    tags: ['return-label', 'qr-code'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.grace,
  },
  {
    key: 'returns-exchange-size',
    title: 'Can I swap these for a bigger size?',
    problem:
      'The Granite Peak boots pinch. I want the same boots a half size up, and I need them for next weekend.',
    context: 'Exchanges for size or colour, same product.',
    resolution:
      '1. Check stock of the new size.\n' +
      '2. Ship the new size now as a **replacement** at the item price; do not make the customer wait for the return to arrive.\n' +
      '3. Create the return for the old pair with a 30-day label. If it does not come back within 30 days, the system charges the card on file: tell the customer so, plainly.\n' +
      '4. If the new size is out of stock, offer a different colour or a **refund** on the return.',
    cause: null,
    typeKeys: ['replacement', 'refund'],
    tags: ['exchange', 'size', 'advance-replacement'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.emma,
  },
  {
    key: 'returns-gift-no-receipt',
    title: 'I got this as a present and want to return it',
    problem:
      "My aunt gave me a down vest but it's the wrong size. I don't have a receipt or the order number.",
    context: 'Gift returns; the buyer should not learn the gift was returned.',
    resolution:
      "1. Search the order by the gift recipient's name and address, or the buyer's name if the recipient knows it.\n" +
      "2. Found: create a gift return. The refund goes as Northwind store credit to the recipient, never to the buyer's card (the buyer is not told).\n" +
      '3. Not found: accept it anyway as a **policy exception** and issue a **service credit** of the lowest price the item sold at in the last 90 days.\n' +
      '4. Offer an exchange for the right size first: most gift recipients want the item, not the money.',
    cause: null,
    typeKeys: ['policy_exception', 'service_credit'],
    tags: ['gift', 'no-receipt', 'store-credit'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.samuel,
  },
  {
    key: 'returns-sent-wrong-item-back',
    title: 'I sent you the wrong thing back by mistake',
    problem:
      'I meant to return the fleece and I put my old fleece from another shop in the bag. Can I get it back?',
    context: 'Returns whose inspection does not match the items on the return.',
    resolution:
      '1. Look at the inspection note on the return: it describes what arrived.\n' +
      '2. Ask the warehouse (#returns-inspection) to hold the item; they keep mismatched items for 30 days.\n' +
      "3. Ship the customer's own item back at no cost and send a new label for the right item; use a **fee waiver** for the return shipping if the system charges it.\n" +
      '4. No refund until the right item arrives.',
    cause: null,
    typeKeys: ['fee_waiver'],
    tags: ['wrong-return', 'inspection'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.diego,
  },
  {
    key: 'returns-partial-refund',
    title: 'You only refunded part of my return',
    problem: 'I returned three things and I got money back for two. Where is the rest?',
    context: 'Inspection deductions and items missing from the returned parcel.',
    resolution:
      '1. Read the inspection note for each line: `not received`, `damaged by customer`, or `missing parts`.\n' +
      '2. `not received`: ask whether it went in another parcel; check the other return labels on the account.\n' +
      '3. A deduction the customer disputes ("the tags were on it"): believe them the first time and **refund** the difference.\n' +
      '4. A promotion that made one item free: the refund is prorated. Explain it with the numbers from the order page.',
    cause:
      'Bundle promotions spread the discount over the items; a returned item refunds its share, not its list price.',
    typeKeys: ['refund'],
    tags: ['partial-refund', 'inspection', 'proration'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.fatima,
  },
  {
    key: 'returns-worn-boots',
    title: 'Can I return boots I have worn on a hike?',
    problem:
      'I wore the Switchback hikers for two day hikes and they give me blisters. Can I return them?',
    context: 'Footwear worn outdoors, inside 60 days.',
    resolution:
      "1. Yes: boots that do not fit the customer's feet after real use are covered by the satisfaction promise within 60 days.\n" +
      '2. First ask about the fit (where it rubs, sock thickness): a half size or the wide version may solve it. Offer the exchange as a **replacement**.\n' +
      '3. If they want their money, **refund** in full. Worn boots go to our used-gear program, not the bin, so the cost is smaller than it looks.\n' +
      '4. Second worn-footwear return in a year for the same customer: still accept, and note it on the contact.',
    cause: null,
    typeKeys: ['refund', 'replacement'],
    tags: ['boots', 'worn', 'blisters', 'satisfaction-promise'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.liam,
  },
  {
    key: 'returns-used-sleeping-bag',
    title: 'I slept in the bag once and I was freezing',
    problem:
      'The 20 degree bag was not warm at 35 degrees. I used it one night and want to return it.',
    context: 'Used sleeping bags; temperature ratings are comfort vs limit.',
    resolution:
      '1. Explain the rating: 20°F is the limit rating (survivable for an average man), the comfort rating is about 32°F. Many people sleep cold at the comfort rating without a warm pad.\n' +
      '2. Ask about the pad: an R-value under 3 loses heat to the ground. The Insulated Pad R4 fixes many "cold bag" calls.\n' +
      '3. If they want to return it, accept within 60 days as used: **refund**. Sleeping bags are cleaned before resale, so hygiene is not a reason to refuse.\n' +
      '4. Or exchange for the Polar 0°F bag and charge the difference.',
    cause: 'Customers read the limit rating as a comfort rating.',
    typeKeys: ['refund'],
    tags: ['sleeping-bag', 'temperature-rating', 'used-return'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.grace,
  },
  {
    key: 'returns-final-sale',
    title: 'It says final sale but it does not fit',
    problem:
      'I bought a clearance jacket marked final sale and it is way too small. Can I return it anyway?',
    context: 'Clearance items marked final sale cannot be returned for a refund.',
    resolution:
      '1. Final sale means no refund, but it does not mean no help.\n' +
      '2. Offer an exchange for another size if one is in stock: the system allows exchanges on final sale.\n' +
      '3. If none is, a **policy exception** to accept the return as store credit is fine the first time, when the item is unworn.\n' +
      '4. Defects are never final sale: a broken zip on a clearance jacket is a warranty **repair** or **replacement**.',
    cause: null,
    typeKeys: ['policy_exception', 'replacement', 'repair'],
    tags: ['final-sale', 'clearance'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.emma,
  },
  {
    key: 'returns-online-in-store',
    title: 'Can I bring my online order back to a shop?',
    problem:
      'I live near the Minneapolis store. Can I just drop off the return there instead of mailing it?',
    context: 'Online orders returned at a Northwind store.',
    resolution:
      '1. Yes: every Northwind store accepts online returns with the order number or the email used to order.\n' +
      '2. The store refunds to the original payment method on the spot for cards; gift card purchases go back to a gift card.\n' +
      '3. If the store refused it (it happens with packrafts and satellite messengers, which stores do not stock), apologise, send a prepaid label and note the store on the contact for the store manager.',
    cause: null,
    typeKeys: [],
    tags: ['in-store-return', 'stores', 'online-order'],
    visibility: 'external',
    state: 'validated',
    owner: staff.samuel,
  },
  {
    key: 'returns-refund-closed-card',
    title: 'My card was cancelled, where will the refund go?',
    problem: 'I returned a pack but the card I paid with was stolen and cancelled last week.',
    context: 'Refunds to a closed or replaced card.',
    resolution:
      '1. A refund to a replaced card usually follows the account to the new card: the bank moves it. Tell the customer to ask their bank if it has not appeared in 10 days.\n' +
      '2. If the account itself is closed and the bank returns the refund to us (we see it as `refund_returned`), issue the amount as a Northwind gift card or a **service credit**, whichever the customer prefers.\n' +
      '3. Never refund to a different card than the one that paid: that is a fraud pattern.',
    cause: null,
    typeKeys: ['service_credit'],
    tags: ['refund', 'closed-card', 'fraud'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.liam,
  },
  {
    key: 'returns-free-gift-with-purchase',
    title: 'Do I have to send back the free gift too?',
    problem:
      'I got a free headlamp with my tent. I am returning the tent. Do I need to send the headlamp?',
    context: 'Gift-with-purchase promotions.',
    resolution:
      '1. No. We never ask for a free gift back: shipping it costs more than it is worth.\n' +
      '2. The tent refunds at the price paid. If the promotion was a bundle discount rather than a free item, the refund is prorated (see the partial refund article).',
    cause: null,
    typeKeys: [],
    tags: ['gift-with-purchase', 'promotion'],
    visibility: 'internal',
    state: 'draft',
    owner: staff.diego,
  },
  {
    key: 'returns-ninety-day-policy',
    title: 'Returns within 90 days, worn or not',
    problem: 'The customer says our return policy is 90 days for anything.',
    context: 'The old returns policy, before 1 February.',
    resolution:
      '1. Accept any return within 90 days of purchase, worn or unworn.\n' +
      '2. Refund to the original payment method.\n' +
      '3. Returns after 90 days: store credit at the current price.',
    cause: null,
    typeKeys: ['refund'],
    tags: ['return-window', 'old-policy'],
    visibility: 'internal',
    state: 'archived',
    owner: staff.marcus,
  },
  {
    key: 'returns-frequent-returner',
    title: 'Customer returning again and again',
    problem:
      'This is the fourth return this month from the same customer and they want another refund before we get the item.',
    context: 'Customers flagged `abuse_suspected`, or with many returns in 90 days.',
    resolution:
      '1. Look at the customer panel: flags, number of returns in 90 days, and whether items actually came back.\n' +
      '2. Be courteous; most frequent returners are buying sizes to try (see the bracketing article).\n' +
      '3. For a flagged customer, do not refund or replace before the return arrives: Leeway will ask for approval anyway. Process the return normally when it is scanned.\n' +
      '4. Write what you saw in the contact notes, factually. Do not accuse the customer; the Loyalty team reviews flagged accounts.',
    cause: null,
    typeKeys: ['refund', 'replacement'],
    tags: ['abuse-suspected', 'frequent-returns', 'flags'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.marcus,
  },
  {
    key: 'returns-damaged-in-return-transit',
    title: 'My return arrived damaged and now you will not refund it',
    problem: 'You say the stove I sent back was bent. It was fine when I packed it.',
    context: 'Inspection marks `damaged by customer` on an item that was sent in a thin mailer.',
    resolution:
      '1. Ask how it was packed. If we sent the customer a mailer bag for a hard good, the damage is on us.\n' +
      '2. Give the benefit of the doubt the first time: **refund** the item in full.\n' +
      '3. Tag the contact `return-packaging` so the Returns lead can fix which items get a box label.',
    cause:
      'The return flow offers a mailer bag for every item under 2 lb, including stoves and cooksets.',
    typeKeys: ['refund'],
    tags: ['return-damage', 'packaging', 'inspection'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.fatima,
  },
];

import { staff, type DemoArticle } from './demo-article.ts';

/** Stores: Northwind's shops in Minneapolis, Madison, Duluth and Chicago, and what crosses between them and the web. */
export const storeArticles: DemoArticle[] = [
  {
    key: 'stores-hours',
    title: 'What time are your stores open?',
    problem: 'Is the Duluth store open on Sunday, and on Thanksgiving?',
    context: "Customer-facing; the store pages show each store's hours.",
    resolution:
      'Our stores in **Minneapolis, Madison, Duluth and Chicago** are open:\n\n' +
      '- Monday–Saturday 10 am–8 pm\n' +
      '- Sunday 11 am–6 pm\n\n' +
      "Closed on Thanksgiving Day, Christmas Day and New Year's Day. Holiday hours are on each store's page from 1 November.",
    cause: null,
    typeKeys: [],
    tags: ['store-hours', 'holidays', 'stores'],
    visibility: 'external',
    state: 'validated',
    owner: staff.olivia,
  },
  {
    key: 'stores-click-collect-not-ready',
    title: 'I came to pick up my order and it was not ready',
    problem:
      'I got the "ready for pickup" email, drove 40 minutes to the store, and they could not find my order.',
    context: 'Buy online, pick up in store.',
    resolution:
      '1. Apologise: the customer made a trip for nothing.\n' +
      '2. Call the store on the internal line and ask them to search the pickup shelf and the back room by order number while you hold.\n' +
      "3. If it is not there, ship it to the customer's home by express as an **upgrade**, or have the store set the items aside from its stock today.\n" +
      '4. Add a **service credit** of $15–$25 for the wasted trip.',
    cause: 'Pickup emails sent when the order is picked, not when it reaches the pickup shelf.',
    typeKeys: ['upgrade', 'service_credit'],
    tags: ['click-and-collect', 'pickup', 'stores'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.hannah,
  },
  {
    key: 'stores-price-match',
    title: 'The store price is higher than on your website',
    problem:
      'The Chicago store wanted $179 for the hikers and your website has them at $149 today.',
    context: 'Stores and web prices can differ during online-only sales.',
    resolution:
      '1. We match our own web price in store: the store should have done it. Apologise.\n' +
      '2. If they already paid the store price, **refund** the difference to their card (find the store receipt by card or phone).\n' +
      "3. Competitors' prices: stores match local competitors on identical items; online does not.",
    cause: 'Online-only promotions are not shown on store tills.',
    typeKeys: ['refund'],
    tags: ['price-match', 'stores', 'web-price'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.priya,
  },
  {
    key: 'stores-stock-online-not-in-store',
    title: 'The website said it was in stock at the store, but it was not',
    problem: 'The store page showed two in stock. When I got there they had none.',
    context: 'Store stock on the website updates every 30 minutes.',
    resolution:
      '1. Store stock can be out by up to 30 minutes, and the last units are often on display or damaged.\n' +
      '2. Order it for the customer from the web stock and ship it free with an **upgrade** to express, or to the store for pickup.\n' +
      '3. For a wasted trip, a **service credit** of $10.',
    cause: 'Stock counts include display models.',
    typeKeys: ['upgrade', 'service_credit'],
    tags: ['store-stock', 'availability', 'stores'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.omar,
  },
  {
    key: 'stores-gear-rental',
    title: 'Can I rent a tent from you?',
    problem: 'We are going camping once this summer and do not want to buy a tent. Do you rent?',
    context: 'Gear rental at Minneapolis and Duluth only.',
    resolution:
      '1. Minneapolis and Duluth rent tents, packs, sleeping bags and pads, by the weekend or the week. Book on the store page; a deposit is taken on a card.\n' +
      '2. Madison and Chicago do not rent.\n' +
      '3. Rental fees count towards buying the same item within 30 days: mention it.',
    cause: null,
    typeKeys: [],
    tags: ['rental', 'tent', 'stores'],
    visibility: 'external',
    state: 'validated',
    owner: staff.olivia,
  },
  {
    key: 'stores-boot-fitting',
    title: 'Can I get my boots fitted in a store?',
    problem: 'I keep getting the wrong size online. Can someone measure my feet?',
    context: 'Boot fitters at every store; appointments on weekends.',
    resolution:
      '1. Every store has a boot fitter during the week without an appointment; on weekends book a 30-minute slot on the store page.\n' +
      '2. The fitter measures both feet, checks volume and arch, and can heat-mould insoles.\n' +
      '3. Boots bought online and fitted in store: the store handles the exchange on the spot.',
    cause: null,
    typeKeys: [],
    tags: ['boot-fitting', 'stores', 'appointment'],
    visibility: 'external',
    state: 'validated',
    owner: staff.liam,
  },
  {
    key: 'stores-staff-complaint',
    title: 'I want to complain about someone in your store',
    problem: 'The person at the till in Madison was rude to me and refused my return.',
    context: 'Complaints about store staff.',
    resolution:
      '1. Listen and take notes: date, time, store, what was said. Do not defend or blame the colleague.\n' +
      '2. Fix the problem itself now if you can (process the refused return, see the returns articles).\n' +
      '3. Send the complaint to the store manager from the contact (**Escalate → Store**); they reply to the customer within 2 business days.\n' +
      '4. A **service credit** or a **goodwill gift** for a bad experience is fine; say which and why in the reason.',
    cause: null,
    typeKeys: ['service_credit', 'goodwill_gift'],
    tags: ['complaint', 'store-staff', 'escalation'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.yuki,
  },
  {
    key: 'stores-lost-property',
    title: 'I left my jacket in your store',
    problem: 'I think I left my jacket in the fitting room at the Chicago store yesterday.',
    context: 'Lost property is kept at the store for 30 days.',
    resolution:
      '1. Call the store on the internal line with a description; stores log lost property by day.\n' +
      '2. If found, the customer collects it, or the store ships it home at no cost.\n' +
      '3. Not found: say so honestly and take a contact number; the store calls if it turns up.',
    cause: null,
    typeKeys: [],
    tags: ['lost-property', 'stores'],
    visibility: 'internal',
    state: 'draft',
    owner: staff.hannah,
  },
  {
    key: 'stores-denver-closed',
    title: 'Denver store returns',
    problem: 'The customer wants to return an item to the Denver store.',
    context: 'The Denver store closed in June; its returns now go by mail.',
    resolution:
      '1. Denver customers return by mail with a free label.\n' +
      '2. Rentals from Denver: the deposit is refunded once the item is mailed back.',
    cause: null,
    typeKeys: [],
    tags: ['denver', 'store-closure'],
    visibility: 'internal',
    state: 'archived',
    owner: staff.aisha,
  },
  {
    key: 'stores-pickup-deadline-passed',
    title: 'I missed the pickup deadline for my order',
    problem: 'I was away for two weeks and now the store says my pickup order was cancelled.',
    context: 'Pickup orders are held for 14 days, then cancelled and refunded.',
    resolution:
      '1. Check the order: `cancelled — not collected`, refunded automatically.\n' +
      '2. If the customer still wants the items, re-place the order for them; if the price went up since, honour the old price as a **policy exception**.\n' +
      '3. The refund takes 3–10 business days to show.',
    cause: null,
    typeKeys: ['policy_exception'],
    tags: ['pickup', 'deadline', 'cancelled'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.olivia,
  },
  {
    key: 'stores-gift-card-online',
    title: "The gift card I got in a store doesn't work online",
    problem: 'My store gift card says "invalid" at checkout on your website.',
    context: 'Store gift cards need the PIN from the back (scratch panel) online.',
    resolution:
      '1. Online checkout asks for the 16-digit number and the 4-digit PIN under the scratch panel.\n' +
      '2. Cards bought in store before 2024 have no PIN: they work online only after activation by phone. Activate it from the gift card panel.\n' +
      '3. If it still fails, place the order by phone with the card.',
    cause: 'Pre-2024 store cards were printed without a PIN.',
    typeKeys: [],
    tags: ['gift-card', 'stores', 'pin'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.priya,
  },
  {
    key: 'stores-events-clinics',
    title: 'Do you run workshops or group hikes?',
    problem: 'I saw you do classes. Are there any beginner backpacking sessions?',
    context: 'Customer-facing; events are listed on each store page.',
    resolution:
      "Every store runs free evening clinics (trip planning, gear care, map and compass) and monthly group hikes. Sign up on your store's events page: places are limited to 20.\n\n" +
      'Trail Rewards members get early sign-up.',
    cause: null,
    typeKeys: [],
    tags: ['events', 'clinics', 'group-hikes', 'stores'],
    visibility: 'external',
    state: 'validated',
    owner: staff.gabriela,
  },
  {
    key: 'stores-curbside-pickup',
    title: 'Can you bring my pickup order to the car?',
    problem: 'I have a toddler asleep in the car. Can someone bring my order out?',
    context: 'Curbside pickup at all stores.',
    resolution:
      '1. Yes: the customer replies to the pickup email or calls the store when parked, with the bay number.\n' +
      '2. Heavy items (packrafts, 4-person tents) are always brought out if asked.\n' +
      '3. If the store does not answer the phone, call it yourself on the internal line.',
    cause: null,
    typeKeys: [],
    tags: ['curbside', 'pickup', 'stores'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.omar,
  },
  {
    key: 'stores-repair-drop-off',
    title: 'Can I drop my broken gear at a store for repair?',
    problem:
      'My pack strap is coming off. Can I bring it to the Minneapolis store instead of mailing it?',
    context: 'Stores accept repairs and send them on to Mountain Stitch.',
    resolution:
      '1. Yes: every store takes repairs and warranty claims at the service desk. It goes to Mountain Stitch with the weekly truck, so it takes about a week longer than mailing.\n' +
      '2. Small repairs (buckles, a pole section, a zip slider) are often fixed in store while the customer waits.\n' +
      '3. Log the repair on the order page so the customer can follow it.',
    cause: null,
    typeKeys: ['repair'],
    tags: ['repair', 'drop-off', 'stores'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.fatima,
  },
  {
    key: 'stores-return-no-receipt',
    title: 'I bought it in the shop and lost the receipt',
    problem: 'I want to return trekking poles I bought at the Duluth store but I have no receipt.',
    context: 'Store purchases without a receipt.',
    resolution:
      '1. Find the sale by the card used or the Trail Rewards number in the store sales search.\n' +
      '2. Found: a normal return to the card.\n' +
      '3. Cash and no rewards number: the store can offer store credit at the lowest price in the last 90 days; from the contact centre, a **service credit** of that amount once the item is received by mail.',
    cause: null,
    typeKeys: ['service_credit'],
    tags: ['no-receipt', 'store-purchase', 'returns'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.liam,
  },
  {
    key: 'stores-accessibility',
    title: 'Is your store wheelchair accessible?',
    problem: 'My father uses a wheelchair. Can he get around the Madison store?',
    context: 'Store accessibility.',
    resolution:
      '1. All four stores have step-free entrances, an accessible fitting room and a lift where there is an upper floor (Chicago).\n' +
      "2. Madison's tent display is on a raised platform with a ramp at the back; staff can bring items down.\n" +
      '3. Offer to call the store so someone meets them at the door.',
    cause: null,
    typeKeys: [],
    tags: ['accessibility', 'wheelchair', 'stores'],
    visibility: 'external',
    state: 'validated',
    owner: staff.olivia,
  },
  {
    key: 'stores-used-gear-trade-in',
    title: 'Can I trade in my old gear?',
    problem: 'I have an old tent and two packs I do not use. Do you buy used gear?',
    context: 'Northwind Renewed: trade-in for store credit at Minneapolis and Madison.',
    resolution:
      '1. Minneapolis and Madison take Northwind-brand gear in usable condition for store credit: 20–40 % of the current price, decided at the desk.\n' +
      '2. Other brands are not taken.\n' +
      '3. Worn-out gear can go in the recycling bin at any store.',
    cause: null,
    typeKeys: [],
    tags: ['trade-in', 'used-gear', 'renewed'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.samuel,
  },
  {
    key: 'stores-card-charged-wrong-amount',
    title: 'The store charged me more than the price tag',
    problem: 'The shelf label said $59 for the gloves and I was charged $79 at the till.',
    context: 'Shelf labels that did not change with a price change.',
    resolution:
      '1. We honour the shelf price. **Refund** the difference to the card used.\n' +
      '2. Tell the store (internal line) so the label is fixed.\n' +
      '3. If the customer had to come back to the store for it, add a **service credit** of $10.',
    cause: 'Shelf labels not updated after a price change.',
    typeKeys: ['refund', 'service_credit'],
    tags: ['shelf-price', 'overcharge', 'stores'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.hannah,
  },
  {
    key: 'stores-demo-day',
    title: 'Can I try a packraft before buying one?',
    problem: 'A packraft is a lot of money. Is there anywhere I can paddle one first?',
    context: 'Packraft demo days at Duluth (Lake Superior) in June–August.',
    resolution:
      '1. Duluth runs packraft demo days on summer Saturdays: free, with a guide, booked on the store page.\n' +
      '2. Elsewhere: Minneapolis rents packrafts by the day, and the rental counts towards buying one within 30 days.\n' +
      '3. Bought one and did not like it: the usual return rules (see the restocking fee article) apply.',
    cause: null,
    typeKeys: [],
    tags: ['packraft', 'demo-day', 'stores'],
    visibility: 'internal',
    state: 'draft',
    owner: staff.gabriela,
  },
];

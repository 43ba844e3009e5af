import { staff, type DemoArticle } from './demo-article.ts';

/** Orders & Delivery: where is it, it came wrong, it came broken, I need it sooner. */
export const deliveryArticles: DemoArticle[] = [
  {
    key: 'delivery-marked-delivered-not-received',
    title: 'Tracking says delivered but the parcel is not here',
    problem:
      "The carrier's tracking says my package was delivered yesterday afternoon, but there is nothing on the porch and the neighbours have not seen it.",
    context: 'Any order shipped by ground carrier; phone and chat. Most common on Mondays.',
    resolution:
      '1. Open the order and read the carrier scan: note the time and, if shown, the GPS pin or the "left with" name.\n' +
      '2. Ask the customer to check the side door, garage, mailroom and with neighbours, and tell them carriers sometimes scan "delivered" up to a day before the van arrives.\n' +
      "3. If the scan is less than 48 hours old, say: \"I've noted it and I'll check back with you tomorrow: if it hasn't turned up by then, I'll send another one straight away.\" Set yourself a follow-up on the contact.\n" +
      '4. After 48 hours, or at once for a customer who needs it for a trip: ship a **replacement** at no cost and open a carrier trace from the order page. Leeway covers the replacement within your authority for most single items.\n' +
      '5. If the item is out of stock, offer a **refund** of the item instead. Do not ask the customer to file a police report.',
    cause:
      'Drivers scan parcels "delivered" at the last depot stop or at a neighbour\'s address; most turn up within a day.',
    typeKeys: ['replacement', 'refund'],
    tags: ['missing-parcel', 'carrier', 'tracking'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.bryan,
  },
  {
    key: 'delivery-tracking-stuck',
    title: "My tracking hasn't moved in five days",
    problem:
      'The tracking page still says "label created" or "in transit" from last week. My tent never showed up and nobody can tell me where it is.',
    context: 'Ground shipments; peak season (November–December, and May before camping season).',
    resolution:
      '1. Check the last scan date on the order. "Label created" with no carrier scan after 2 business days means the parcel was never picked up from the warehouse: message #warehouse-ops with the order number.\n' +
      "2. In transit with no new scan for 5 business days: treat it as lost. Do not wait for the carrier's 8-day investigation.\n" +
      '3. Send a **replacement** and **upgrade** it to express shipping, because the delay is ours to fix. Tell the customer the new tracking number will arrive by email within the hour.\n' +
      '4. If the first parcel turns up later, the customer may keep it or refuse it: tell them not to send it back at their cost.',
    cause:
      'Labels printed in a wave the carrier did not collect, or a parcel that lost its label at a hub.',
    typeKeys: ['replacement', 'upgrade'],
    tags: ['lost-in-transit', 'tracking', 'carrier'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.chloe,
  },
  {
    key: 'delivery-need-before-trip',
    title: 'I need it before my trip this weekend',
    problem:
      "I'm leaving for the Boundary Waters on Saturday morning and the website says my sleeping bag arrives Monday. Is there any way to get it sooner?",
    context: 'Orders not yet shipped; the warehouse cutoff for same-day dispatch is 1 pm Central.',
    resolution:
      '1. Look at the order status. If it is `placed` or `in_fulfilment` and the cutoff has not passed, change the service to express or overnight from the order page.\n' +
      "2. If the customer paid standard shipping and the delay is nobody's fault, offer express at the difference in price; if we caused the delay (a backorder we did not announce, a late dispatch), make it an **upgrade** at no cost.\n" +
      '3. After the cutoff, you may ask the warehouse lead to pick it today anyway: that is a **policy exception** with no cost, so record it with the reason ("trip on Saturday").\n' +
      '4. Never promise a date the carrier does not show. Say: "The carrier commits to Friday by end of day; I\'ll email you the tracking the moment it leaves."',
    cause: null,
    typeKeys: ['upgrade', 'policy_exception'],
    tags: ['express', 'cutoff', 'trip'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.mei,
  },
  {
    key: 'delivery-box-crushed',
    title: 'The box arrived crushed and the item is damaged',
    problem:
      'The box was caved in on one side when it came and the stove inside is bent, the pot supports will not fold out.',
    context: 'Any product; most reports are hard goods (stoves, cooksets, bear canisters, poles).',
    resolution:
      '1. Ask for one photo of the box and one of the damage, by reply to the contact email. Do not make the photos a condition when the customer cannot send them (an elderly caller, no smartphone): note why.\n' +
      '2. Ship a **replacement** the same day. For items under $50 the customer keeps or recycles the damaged one; above that, the replacement email includes a prepaid return label.\n' +
      '3. If the customer would rather have the money, **refund** the item in full, shipping included.\n' +
      '4. Tag the contact `carrier-damage` so the Orders lead can claim it from the carrier. The customer never deals with the carrier.',
    cause:
      'Carrier handling; light boxes loaded under heavy ones. Hard goods shipped without a void fill insert.',
    typeKeys: ['replacement', 'refund'],
    tags: ['damaged', 'carrier-damage', 'photos'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.jamal,
  },
  {
    key: 'delivery-wrong-item-in-box',
    title: 'I got the wrong item in my box',
    problem:
      'I ordered the Featherlite 2-person tent and the box has a camp chair in it. The packing slip has my name on it.',
    context:
      'Pick errors at the warehouse; the packing slip matches the order but the contents do not.',
    resolution:
      '1. Apologise plainly: this one is ours.\n' +
      '2. Ship the right item now as a **replacement**, with express shipping as an **upgrade** if the customer needs it soon.\n' +
      '3. Email a prepaid label for the wrong item; waive any return cost with a **fee waiver** if the system adds one.\n' +
      '4. If the wrong item is cheap (under $25) tell the customer to keep it or donate it: a return costs us more.\n' +
      '5. Add the SKU pair (ordered / received) in the contact notes: the warehouse looks for bins with look-alike labels.',
    cause:
      'Adjacent bins with similar SKUs (TNT-FTH-2P and TNT-FTP-2P, the tent and its footprint).',
    typeKeys: ['replacement', 'upgrade', 'fee_waiver'],
    tags: ['pick-error', 'wrong-item', 'warehouse'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.sofia,
  },
  {
    key: 'delivery-part-of-order-missing',
    title: 'Only half my order came',
    problem: 'I ordered boots, socks and a headlamp. The box only had the socks and the headlamp.',
    context: 'Multi-item orders; items from two warehouses ship as two parcels.',
    resolution:
      "1. Open the order's shipments. If there are two tracking numbers, the rest is on its way: give the second tracking number and its expected date.\n" +
      '2. If there is one shipment and the packing slip lists the missing item, it is a pick error: ship the missing item as a **replacement**.\n' +
      "3. If the slip does not list it, the item was backordered: check the order's notes and offer to wait, swap for a similar item, or **refund** that item only.\n" +
      '4. Refund the item, not the order: the guidelines for refunds say so.',
    cause:
      'Split shipments from the Reno and Columbus warehouses arrive days apart; the first email only shows one tracking number.',
    typeKeys: ['replacement', 'refund'],
    tags: ['split-shipment', 'missing-item'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.linh,
  },
  {
    key: 'delivery-change-address',
    title: 'Can I change the delivery address on my order?',
    problem:
      'I put my old address in by mistake. I moved last month. Can you send it to the new one?',
    context: 'Status decides what is possible: placed, in_fulfilment, shipped.',
    resolution:
      '1. `placed`: edit the address on the order page and read it back to the customer.\n' +
      '2. `in_fulfilment`: the label may already be printed. Message #warehouse-ops with the order number and the new address; they can relabel until the parcel is on the truck (about 3 pm Central).\n' +
      '3. `shipped`: request a carrier intercept from the order page. The carrier charges $15: give a **fee waiver** if the customer asks, or offer it if they are upset.\n' +
      '4. Verify the caller before changing an address on an order over $300 (see the identity check article).',
    cause: null,
    typeKeys: ['fee_waiver'],
    tags: ['address', 'intercept'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.chloe,
  },
  {
    key: 'delivery-redelivery-fee',
    title: 'The carrier took my parcel back to the depot',
    problem:
      "I wasn't home for the signature and now it's at a depot 40 miles away and they want $12 to bring it back.",
    context:
      'Signature-required orders (over $500), and carriers that charge for a second attempt.',
    resolution:
      '1. Offer the free options first: a carrier pickup point nearer the customer, or delivery to their workplace.\n' +
      '2. If they want it redelivered, book it from the carrier page and waive the charge with a **fee waiver**: most cost under $50, so just do it and say why in the reason.\n' +
      '3. If it is the second missed delivery, ask whether they would prefer to collect it at one of our stores (free, held for 14 days).',
    cause:
      'Signature required on orders over $500; customers are not told clearly enough at checkout.',
    typeKeys: ['fee_waiver'],
    tags: ['signature', 'redelivery', 'depot'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.bryan,
  },
  {
    key: 'delivery-where-we-ship',
    title: 'Do you deliver to Alaska, Hawaii or a PO box?',
    problem: 'I live in Fairbanks. Can I order from you, and how long does it take?',
    context: 'Customer-facing answer; the help centre shows it.',
    resolution:
      'We deliver to all 50 states and to APO/FPO addresses.\n\n' +
      '- **Alaska and Hawaii**: 5–9 business days by air; express is not offered.\n' +
      '- **PO boxes**: we ship by USPS to PO boxes; parcels over 20 lb go by ground carrier to a street address instead.\n' +
      '- **Fuel canisters and lithium batteries over 100 Wh** cannot fly, so they are removed from orders to Alaska, Hawaii and APO addresses and refunded.\n' +
      '- We do not ship outside the United States at the moment.',
    cause: null,
    typeKeys: [],
    tags: ['shipping-destinations', 'alaska', 'hawaii', 'po-box'],
    visibility: 'external',
    state: 'validated',
    owner: staff.daniel,
  },
  {
    key: 'delivery-fuel-not-in-box',
    title: 'Where is the gas canister I ordered with my stove?',
    problem: 'The Titan stove came but the fuel canister that was on my order was not in the box.',
    context: 'Isobutane canisters are hazardous goods: ground only, shipped separately.',
    resolution:
      "1. Check the order's shipments: fuel always travels in its own ground parcel, often two or three days after the rest.\n" +
      '2. Give the customer the second tracking number. Explain: "Fuel has to travel by road in its own box, so it comes separately."\n' +
      '3. If the address is in Alaska, Hawaii or an APO, the canister was removed and refunded automatically: confirm the refund line on the order. Suggest they buy fuel locally.\n' +
      "4. If the customer needs the stove for a trip before the fuel arrives, a **service credit** of the canister's price is a fair gesture; do not ship fuel by air.",
    cause: 'Hazardous-goods rules for isobutane canisters.',
    typeKeys: ['service_credit'],
    tags: ['hazmat', 'fuel', 'split-shipment'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.jamal,
  },
  {
    key: 'delivery-paid-express-came-late',
    title: 'I paid for express and it still came late',
    problem: 'I paid $24.95 for 2-day shipping and it took five days. What did I pay for?',
    context: 'Express and overnight services; the carrier guarantee.',
    resolution:
      '1. Compare the promised date on the order with the delivery scan. If it was late, the customer is right.\n' +
      '2. **Refund** the express charge in full (not the difference): it is a shipping line on the order, so refund that line.\n' +
      '3. If the delay cost them something (a trip, a gift), add a **service credit** of $10–$25 and say why in the reason.\n' +
      '4. Do not ask the customer to claim from the carrier; tag the contact `express-late` so the Orders lead claims the guarantee.',
    cause: 'Carrier service failures; weather holds at the Memphis hub.',
    typeKeys: ['refund', 'service_credit'],
    tags: ['express', 'late-delivery', 'shipping-refund'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.sofia,
  },
  {
    key: 'delivery-stuck-in-fulfilment',
    title: 'My order has said "in fulfilment" for a week',
    problem: 'I ordered nine days ago and it still is not shipped. Did you forget about me?',
    context: 'Backordered items hold the whole order when the customer chose "ship together".',
    resolution:
      "1. Open the order's items and look for a backorder date on any line.\n" +
      '2. Tell the customer which item is holding the order and when it is due.\n' +
      '3. Offer to split the order so the in-stock items ship now; the extra shipment is free (no fee to waive, the system does not charge it).\n' +
      '4. If they would rather not wait for the backordered item, cancel that line: the refund is automatic once the line is cancelled.\n' +
      '5. If it has been over 14 days with no update from us, add a **service credit** ($10) for the silence.',
    cause:
      '"Ship together" chosen at checkout with one backordered item; the backorder email is not always sent.',
    typeKeys: ['service_credit'],
    tags: ['backorder', 'in-fulfilment', 'split-order'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.linh,
  },
  {
    key: 'delivery-cancel-before-shipping',
    title: 'I want to cancel my order',
    problem: 'I ordered the wrong colour and want to cancel it before it ships.',
    context:
      'Cancellation is only possible in `placed`; after that it is an intercept or a return.',
    resolution:
      '1. `placed`: cancel from the order page. The card authorisation drops off in 3–7 days; nothing was charged.\n' +
      '2. `in_fulfilment`: ask the warehouse to pull it (#warehouse-ops). It works most of the time before 3 pm Central; do not promise it.\n' +
      '3. Shipped: the customer can refuse delivery or return it for free. If they want the right colour now, place the new order and ship it; do not wait for the return.\n' +
      '4. A customer who just wants a different colour or size does not need a cancellation: change the item if the order is still `placed`.',
    cause: null,
    typeKeys: [],
    tags: ['cancel', 'order-change'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.aisha,
  },
  {
    key: 'delivery-delivered-wrong-address',
    title: 'The driver left my parcel at the wrong house',
    problem:
      'The delivery photo shows a blue door. My door is green. It was delivered to someone else.',
    context: 'Carrier photo or GPS shows another address.',
    resolution:
      '1. Ask the customer whether they know the house in the photo: often a neighbour has it and will hand it over.\n' +
      '2. If not, ship a **replacement** now; do not wait for the carrier investigation. Upgrade to express (**upgrade**) when the customer has waited already.\n' +
      '3. Open a misdelivery claim from the order page with the photo link.\n' +
      '4. Say: "That photo is not your door, so this is on the carrier and on us, not on you. A new one leaves today."',
    cause: 'Carrier driver error.',
    typeKeys: ['replacement', 'upgrade'],
    tags: ['misdelivery', 'carrier', 'photo'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.daniel,
  },
  {
    key: 'delivery-canada-customs',
    title: 'My order to Canada is stuck in customs',
    problem:
      'My order is held at the border and the courier wants me to pay duties before they deliver.',
    context:
      'Until March we shipped to Canada with duties unpaid (DDU). We no longer ship to Canada.',
    resolution:
      '1. Offer to pay the duties for the customer as a **fee waiver** (up to $40).\n' +
      '2. If the customer refuses the parcel, refund the order once it is back in our warehouse.\n' +
      '3. Explain that duties are charged by the Canadian government, not by us.',
    cause: 'Shipments to Canada were sent duties unpaid.',
    typeKeys: ['fee_waiver', 'refund'],
    tags: ['canada', 'customs', 'duties'],
    visibility: 'internal',
    state: 'archived',
    owner: staff.daniel,
  },
  {
    key: 'delivery-tent-poles-missing',
    title: 'My tent came without the poles',
    problem:
      'I set up the Basecamp tent in the back yard to try it and there are no poles in the bag.',
    context: 'Basecamp 4-Person and Featherlite 2-Person; poles are packed in a separate sleeve.',
    resolution:
      '1. Ask the customer to check the outer box and the footprint bag: the pole sleeve is sometimes packed flat against the side of the box.\n' +
      "2. If they are missing, do not replace the whole tent. Ship a pole set from spares (SKU suffix `-POLES`) as a **replacement** at the pole set's price ($45–$70).\n" +
      '3. If the trip is within three days, **upgrade** the shipment to overnight.\n' +
      '4. If spares are out, ship a whole tent with a prepaid label for the first one.',
    cause:
      'The pole sleeve is packed by hand at the end of the line and gets missed in busy weeks.',
    typeKeys: ['replacement', 'upgrade'],
    tags: ['missing-part', 'tent', 'poles'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.bryan,
  },
  {
    key: 'delivery-holiday-gift-late',
    title: "The Christmas present didn't come in time",
    problem:
      'You promised delivery by the 23rd for Christmas and it came on the 27th. My son opened an empty card.',
    context: 'Orders placed before the published holiday cutoff that arrived after the 24th.',
    resolution:
      '1. Confirm the order was placed before the holiday cutoff shown on the site that year. If it was, we broke a promise.\n' +
      '2. **Refund** the shipping in full and add a **goodwill gift**: a handwritten card and a merino beanie or socks, shipped to the recipient if the customer likes.\n' +
      '3. If the order was after the cutoff, say so kindly and still refund express shipping if they paid for it.\n' +
      '4. Listen first: the customer is upset about the moment, not the parcel.',
    cause: 'Carrier volumes in the last week before Christmas.',
    typeKeys: ['refund', 'goodwill_gift'],
    tags: ['holiday', 'gift', 'late-delivery'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.linh,
  },
  {
    key: 'delivery-signature-required',
    title: "I can't be home to sign for my delivery",
    problem: 'My packraft needs a signature and I work all day. Can the driver just leave it?',
    context: 'Orders over $500 require a signature; the customer cannot waive it.',
    resolution:
      '1. Explain that orders over $500 need a signature because of theft from porches, and we cannot remove it.\n' +
      '2. Offer: delivery to a workplace, a carrier pickup point, or collection at a Northwind store (free).\n' +
      "3. If the order is `placed`, change the delivery address for them; if shipped, redirect it from the carrier page (the carrier's redirect fee is a **fee waiver**).",
    cause: null,
    typeKeys: ['fee_waiver'],
    tags: ['signature', 'high-value', 'pickup-point'],
    visibility: 'internal',
    state: 'draft',
    owner: staff.chloe,
  },
  {
    key: 'delivery-shipping-times',
    title: 'How long does delivery take?',
    problem: 'If I order today, when will I get it?',
    context: 'Customer-facing answer; the help centre shows it.',
    resolution:
      'Orders placed before 1 pm Central on a business day leave the warehouse the same day.\n\n' +
      '- **Standard** (free over $75): 3–5 business days.\n' +
      '- **Express**: 2 business days.\n' +
      '- **Overnight**: next business day, to most addresses in the lower 48 states.\n\n' +
      'Large items (tents over 15 lb, packrafts) ship standard only. You get a tracking email when the parcel leaves.',
    cause: null,
    typeKeys: [],
    tags: ['shipping-times', 'express', 'free-shipping'],
    visibility: 'external',
    state: 'validated',
    owner: staff.aisha,
  },
];

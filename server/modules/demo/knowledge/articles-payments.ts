import { staff, type DemoArticle } from './demo-article.ts';

/** Payments: charges the customer does not recognise, codes that did not work, refunds that went astray. */
export const paymentArticles: DemoArticle[] = [
  {
    key: 'payments-charged-twice',
    title: 'I was charged twice for one order',
    problem: 'My bank app shows two charges of $239 from Northwind. I only placed one order.',
    context: 'Card authorisations and captures; edited orders re-authorise.',
    resolution:
      "1. Open the order's payments. Usually one line is an **authorisation** (a hold) and one a **capture**: the hold drops off within 3–7 business days, depending on the bank.\n" +
      '2. If the order was edited (size or address change), there may be a second hold: same thing, it falls off.\n' +
      '3. Two captures for the same order is a real double charge: **refund** one capture in full today and apologise.\n' +
      '4. Say exactly which one will disappear and when: "The $239 marked pending is a hold; it will disappear by Friday. You paid once."',
    cause:
      'Pending authorisations shown next to the capture in banking apps; re-authorisation when an order is edited.',
    typeKeys: ['refund'],
    tags: ['double-charge', 'authorisation', 'pending'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.hannah,
  },
  {
    key: 'payments-promo-code-failed',
    title: "My discount code didn't work",
    problem:
      'I had a 20 % off code from your email but checkout said it was invalid, so I paid full price.',
    context:
      'Promotion codes: expiry, exclusions (packrafts, satellite messengers, sale items), one per order.',
    resolution:
      '1. Look up the code in the promotions panel: expired, excluded item, or already used.\n' +
      '2. A valid code that the site rejected: **refund** the discount amount on the order.\n' +
      '3. Expired within the last 7 days: honour it anyway as a **refund** of the discount; say "I\'ve applied it for you."\n' +
      '4. Excluded items: explain the exclusion, and if the email did not say so clearly, offer a **future discount** of the same value.',
    cause:
      'Codes exclude packrafts, satellite messengers and sale items; the email does not always say so.',
    typeKeys: ['refund', 'future_discount'],
    tags: ['promo-code', 'discount', 'checkout'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.priya,
  },
  {
    key: 'payments-price-dropped',
    title: 'It went on sale right after I bought it',
    problem:
      'I paid $449 for the Featherlite tent last week and now it is $379. Can I get the difference?',
    context: 'Our price-adjustment promise: 14 days from the order date.',
    resolution:
      '1. Within 14 days of the order, on our own site: **refund** the difference to the original payment. No need to return anything.\n' +
      '2. 15–30 days: a **future discount** of the difference is a fair answer.\n' +
      '3. A lower price at another shop: see the price-match article for stores; online we do not price-match competitors.',
    cause: null,
    typeKeys: ['refund', 'future_discount'],
    tags: ['price-adjustment', 'sale', 'price-drop'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.omar,
  },
  {
    key: 'payments-card-declined',
    title: 'My card keeps getting declined',
    problem: 'I tried three times to pay and it says declined, but my card works everywhere else.',
    context: "Card declines at checkout; our fraud screening and the bank's.",
    resolution:
      '1. Ask them to check the billing address matches the card exactly (including apartment number): the most common cause.\n' +
      "2. Large first orders can trip the bank's fraud check: the customer should approve it in their banking app, then try again.\n" +
      '3. We cannot see why a bank declined. We can place the order over the phone with the card: take it through the secure payment line, never by writing the number in notes.\n' +
      '4. Three failed attempts lock checkout for an hour: say so.',
    cause: 'Billing address mismatch (AVS); bank fraud rules on large first orders.',
    typeKeys: [],
    tags: ['card-declined', 'avs', 'checkout'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.hannah,
  },
  {
    key: 'payments-gift-card-split',
    title: 'Can I pay with a gift card and my credit card?',
    problem: 'I have a $50 gift card but my order is $180. Can I put the rest on my Visa?',
    context: 'Split payments at checkout; at most two gift cards and one card.',
    resolution:
      '1. Yes: enter the gift card first, then the card pays the rest.\n' +
      '2. Refunds go back the same way: the gift card part to a gift card, the rest to the card.\n' +
      '3. If checkout would not accept the split, place the order by phone.',
    cause: null,
    typeKeys: [],
    tags: ['gift-card', 'split-payment'],
    visibility: 'external',
    state: 'validated',
    owner: staff.olivia,
  },
  {
    key: 'payments-gift-card-balance',
    title: 'How much is left on my gift card?',
    problem:
      'I got a Northwind gift card for my birthday and used some of it. How do I check the balance?',
    context: 'Customer-facing; gift cards never expire.',
    resolution:
      'Enter the card number and PIN on the **Gift cards** page (footer of every page), or at checkout, to see the balance. Any store can check it too.\n\n' +
      'Northwind gift cards never expire and have no fees. A lost card with its receipt or order email can be replaced with the balance left.',
    cause: null,
    typeKeys: [],
    tags: ['gift-card', 'balance'],
    visibility: 'external',
    state: 'validated',
    owner: staff.olivia,
  },
  {
    key: 'payments-refund-wrong-card',
    title: 'My refund went to the wrong card',
    problem: 'I paid with my debit card but the refund went to my old credit card.',
    context: 'Refunds always go to the payment method that was charged.',
    resolution:
      "1. Check the order's payments: the refund goes to the card that was charged. Often the customer paid with a card saved in their account or their phone wallet without noticing.\n" +
      '2. Give the last four digits of the refunded card.\n' +
      '3. We cannot redirect a refund. If the refunded card is closed, see the closed card article.',
    cause: 'Phone wallets charge the default card, not the one the customer thinks of.',
    typeKeys: [],
    tags: ['refund', 'wrong-card', 'wallet'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.priya,
  },
  {
    key: 'payments-bnpl-refund',
    title: 'I paid in instalments, how does my refund work?',
    problem:
      'I used pay-in-four for my boots and returned them. I am still getting payment reminders.',
    context: 'Buy-now-pay-later orders: the provider owns the payment plan.',
    resolution:
      '1. We refund the provider, who cancels the remaining instalments and refunds what was paid. That takes the provider 3–5 business days after our refund.\n' +
      '2. Check that our refund went through on the order page (`refunded`, with the provider name).\n' +
      "3. If the provider still charges after that, the customer should pause the plan in the provider's app; we cannot change it from here.\n" +
      '4. If a late fee was charged because our refund was slow, cover it with a **service credit**.',
    cause: null,
    typeKeys: ['service_credit'],
    tags: ['bnpl', 'instalments', 'refund'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.omar,
  },
  {
    key: 'payments-tax-exempt',
    title: 'We are a non-profit, why did you charge sales tax?',
    problem:
      'Our scout troop ordered ten sleeping pads and was charged sales tax. We are tax exempt.',
    context: 'Tax-exempt organisations need a certificate on file before the order.',
    resolution:
      '1. Ask for the exemption certificate by email (tax@northwind.example) with the order number.\n' +
      '2. Once tax has approved it (1–2 business days), they **refund** the tax on the order; you do not refund it yourself.\n' +
      '3. Tell the customer future orders will be tax free automatically once the certificate is on the account.',
    cause: null,
    typeKeys: [],
    tags: ['sales-tax', 'tax-exempt', 'non-profit'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.yuki,
  },
  {
    key: 'payments-chargeback-open',
    title: 'The customer opened a chargeback and also wants a refund',
    problem:
      'The customer disputed the charge with their bank and is now calling asking us to refund it.',
    context: 'Customers flagged `chargeback_history`, or an open dispute on the order.',
    resolution:
      "1. Look at the order's payments for a dispute line. If there is one, **do not refund**: the bank will return the money through the dispute, and a refund on top pays the customer twice.\n" +
      '2. Tell the customer: "Your bank is already handling this and will return the money through the dispute; if we refunded as well, the bank would take it back from you later."\n' +
      '3. If the customer wants to withdraw the dispute and take a refund from us instead, they must tell their bank; note it and set a follow-up.\n' +
      '4. Leeway asks for approval on resolutions for customers with a chargeback history: that is expected.',
    cause: null,
    typeKeys: ['refund'],
    tags: ['chargeback', 'dispute', 'flags'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.yuki,
  },
  {
    key: 'payments-invoice-receipt',
    title: 'Can I get a VAT invoice or a receipt for my expenses?',
    problem: 'My employer reimburses gear. I need an itemised receipt with your company details.',
    context: 'Customer-facing.',
    resolution:
      'Open **Orders** in your account, choose the order, then **Download receipt** for a PDF with every item, tax and our company details.\n\n' +
      'Need your company name on it? Add it under **Account → Billing** before downloading, or reply to your order email and we will send one.',
    cause: null,
    typeKeys: [],
    tags: ['receipt', 'invoice', 'expenses'],
    visibility: 'external',
    state: 'validated',
    owner: staff.hannah,
  },
  {
    key: 'payments-pending-after-cancel',
    title: 'I cancelled my order but the money is still gone',
    problem: 'I cancelled on Monday but my bank still shows $120 taken by you.',
    context: 'Authorisation holds on cancelled orders.',
    resolution:
      '1. A cancelled order was never charged: the bank shows the authorisation hold, which it releases in 3–7 business days.\n' +
      '2. We have already released it on our side (the order page shows `authorisation voided`); the bank decides when it disappears.\n' +
      '3. If the customer needs the money now and the bank will not release it, an agent cannot speed it up. Do not refund a cancelled order: there is nothing captured to refund.',
    cause: 'Banks hold authorisations for days after a merchant voids them.',
    typeKeys: [],
    tags: ['pending-charge', 'cancel', 'authorisation'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.priya,
  },
  {
    key: 'payments-canadian-card-usd',
    title: 'Why was I charged a foreign transaction fee?',
    problem: 'I am in the US but my card is from a Canadian bank and they charged me a 2.5 % fee.',
    context: "We charge in USD only; the fee is the card issuer's.",
    resolution:
      "1. We charge in US dollars; the customer's bank converts and adds its fee.\n" +
      '2. The fee is not ours, but if the customer is upset and it is a first order, cover it with a **service credit** of the fee amount.',
    cause: null,
    typeKeys: ['service_credit'],
    tags: ['foreign-transaction-fee', 'currency'],
    visibility: 'internal',
    state: 'draft',
    owner: staff.omar,
  },
  {
    key: 'payments-loyalty-points-missing',
    title: "I didn't get my reward points for my order",
    problem: 'My order was $300 and my points balance has not gone up.',
    context:
      'Trail Rewards: points post 30 days after delivery, once the return window has passed.',
    resolution:
      '1. Points are added 30 days after delivery (so returns do not have to take them back). Give the date they will post.\n' +
      "2. If that date has passed, add them manually from the customer's rewards panel and note the order number.\n" +
      '3. An order placed as a guest earns no points until it is linked to the account (see the guest order article).',
    cause: null,
    typeKeys: [],
    tags: ['rewards', 'points', 'loyalty'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.priya,
  },
  {
    key: 'payments-store-credit-expired',
    title: 'My store credit has disappeared',
    problem: 'I had $40 of credit from a return last year and now it says $0.',
    context: 'Service credits expire after 12 months; gift cards never do.',
    resolution:
      "1. Check the account's credits: an expired credit shows its expiry date.\n" +
      '2. Expired within the last 90 days: reissue it as a **service credit** and tell the customer the new expiry.\n' +
      '3. Longer ago: still reissue it if the customer never got the expiry reminder (the credits panel shows whether it was sent).',
    cause: 'Expiry reminder emails blocked by spam filters.',
    typeKeys: ['service_credit'],
    tags: ['store-credit', 'expiry'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.olivia,
  },
  {
    key: 'payments-refund-less-than-paid',
    title: 'I got less money back than I paid',
    problem: 'I returned a $119 fleece and only got $95 back.',
    context: 'Refunds on orders with order-level discounts or paid shipping.',
    resolution:
      '1. Open the order: an order-level discount (say, $25 off $100) is shared over the items, so each item refunds its share of the discount.\n' +
      '2. Original shipping is not refunded on a change-of-mind return; it is on a return because of our mistake: **refund** it then.\n' +
      '3. Walk the customer through the figures on the order page; if it is still wrong, refund the difference.',
    cause: 'Order-level discounts spread across items.',
    typeKeys: ['refund'],
    tags: ['refund-amount', 'discount', 'proration'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.hannah,
  },
  {
    key: 'payments-paypal-refund',
    title: "My PayPal refund hasn't shown up",
    problem: 'You emailed me that the refund was done but PayPal shows nothing.',
    context: 'PayPal payments.',
    resolution:
      '1. Refunds to PayPal usually appear within minutes. If PayPal was funded by a card, PayPal refunds to that card, which takes 5–10 days.\n' +
      "2. Give the PayPal transaction ID from the order's payments so the customer can search for it.\n" +
      '3. If the refund failed (the order page shows `failed`), retry it from the order; if it fails again, issue a **service credit** and escalate to #payments.',
    cause: null,
    typeKeys: ['service_credit'],
    tags: ['paypal', 'refund-status'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.yuki,
  },
  {
    key: 'payments-shipping-charged-free-threshold',
    title: 'Why did I pay shipping? My order was over $75',
    problem: 'Free shipping is over $75 and my order was $90, but I was charged $8.95 shipping.',
    context: 'The free-shipping threshold counts the total after discounts.',
    resolution:
      '1. Check the subtotal after discounts: a $90 order with a 20 % code is $72, under the threshold.\n' +
      '2. If the customer did not realise, **refund** the shipping anyway the first time: $8.95 is not worth a customer. A **fee waiver** is fine too.\n' +
      '3. If the order was over $75 after discounts, the charge is a bug: refund it and post the order in #web-bugs.',
    cause: 'The threshold applies after discounts; the cart banner shows the price before them.',
    typeKeys: ['refund', 'fee_waiver'],
    tags: ['free-shipping', 'threshold', 'shipping-charge'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.omar,
  },
  {
    key: 'payments-cheque-orders',
    title: 'Paying by cheque',
    problem: 'A customer wants to pay for a phone order by cheque.',
    context: 'Mail-order cheques were accepted until 2024.',
    resolution:
      '1. Take the order and put it on hold.\n' +
      '2. Ship when the cheque has cleared (about 10 days).',
    cause: null,
    typeKeys: [],
    tags: ['cheque', 'old-policy'],
    visibility: 'internal',
    state: 'archived',
    owner: staff.yuki,
  },
];

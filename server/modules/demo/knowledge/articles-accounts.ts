import { staff, type DemoArticle } from './demo-article.ts';

/** Accounts: signing in, personal data, who may speak for whom, and the cases a rep must not handle alone. */
export const accountArticles: DemoArticle[] = [
  {
    key: 'accounts-reset-email-missing',
    title: 'I never get the password reset email',
    problem:
      'I clicked "forgot password" four times and no email ever arrives. I cannot get into my account.',
    context: 'Customer accounts on northwind.example; reset links expire after an hour.',
    resolution:
      '1. Confirm the email address on the account letter by letter: many customers registered with an old or work address.\n' +
      '2. Ask them to look in spam and in "Promotions" tabs; the sender is no-reply@northwind.example.\n' +
      '3. Corporate addresses often block our mail: offer to change the account email after the identity check, then send the reset.\n' +
      '4. Never set a password for the customer or read one over the phone.',
    cause:
      'Reset emails filtered by corporate mail servers; accounts registered under another address.',
    typeKeys: [],
    tags: ['password-reset', 'login', 'email-delivery'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.hannah,
  },
  {
    key: 'accounts-change-email',
    title: 'I want to change the email on my account',
    problem: 'I no longer use my old Hotmail address. Can you put my new email on my account?',
    context: 'Account email changes; a common route for account takeover.',
    resolution:
      '1. Do the identity check first (see the identity check article): two of the order number, the billing postcode, the last four digits of the card.\n' +
      '2. Change the email in the customer panel. Leeway checks the new address is not already on another customer: if it is, do not overwrite; ask an admin to merge.\n' +
      '3. Both addresses receive a confirmation email; tell the customer so.',
    cause: null,
    typeKeys: [],
    tags: ['email-change', 'identity-check', 'account'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.priya,
  },
  {
    key: 'accounts-delete-data',
    title: 'Please delete my account and all my data',
    problem: 'I do not want you to keep any of my personal information. Delete everything.',
    context: 'Privacy requests; some order records must be kept for tax for 7 years.',
    resolution:
      '1. Confirm identity, then confirm they understand: order history, rewards points and store credit are lost.\n' +
      '2. Submit the privacy request from the customer panel (**Privacy → Delete**). The privacy team completes it within 30 days and emails the customer.\n' +
      '3. Explain that invoices are kept for tax reasons, but marketing, account and browsing data are deleted.\n' +
      '4. Do not delete anything by hand.',
    cause: null,
    typeKeys: [],
    tags: ['privacy', 'data-deletion', 'account'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.yuki,
  },
  {
    key: 'accounts-two-accounts-merge',
    title: 'I have two accounts, can you combine them?',
    problem:
      'I have one account with my Gmail and one with my work email, and my orders are split between them.',
    context: 'Duplicate customer records; only an admin merges.',
    resolution:
      '1. Find both records (search by phone and both emails). Check they are really the same person: same name and address.\n' +
      '2. Note both customer numbers on the contact and ask an admin to merge (the merge carries orders, flags and usage over).\n' +
      '3. Tell the customer which email will be kept, and that points from both will be combined within two days.',
    cause: null,
    typeKeys: [],
    tags: ['duplicate-account', 'merge'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.olivia,
  },
  {
    key: 'accounts-unknown-order',
    title: "There's an order on my account I didn't place",
    problem:
      'I got an email that my order for a $399 satellite messenger shipped. I never ordered that.',
    context: 'Possible account takeover.',
    resolution:
      '1. Take it seriously and stay calm with the customer.\n' +
      '2. If the order is not yet shipped, cancel it now. If shipped, request a carrier intercept.\n' +
      "3. Reset the customer's sessions from the customer panel (**Security → Sign out everywhere**) and send them a password reset.\n" +
      '4. Check the delivery address: a new address is a strong sign. Post the order in #fraud with the contact link.\n' +
      '5. The customer will not be charged: if they were, the fraud team refunds it. Do not refund yourself before #fraud answers.',
    cause: 'Reused passwords from other breaches.',
    typeKeys: [],
    tags: ['fraud', 'account-takeover', 'security'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.yuki,
  },
  {
    key: 'accounts-unsubscribe',
    title: 'How do I stop your marketing emails?',
    problem: 'I get three emails a week from you. I only want order emails.',
    context: 'Customer-facing.',
    resolution:
      'Click **Unsubscribe** at the bottom of any marketing email, or go to **Account → Email preferences** and untick the newsletters. It takes effect within 48 hours.\n\n' +
      'You will still get emails about your orders, returns and repairs: we need to send those.',
    cause: null,
    typeKeys: [],
    tags: ['unsubscribe', 'email-preferences', 'marketing'],
    visibility: 'external',
    state: 'validated',
    owner: staff.omar,
  },
  {
    key: 'accounts-guest-order-missing',
    title: "My order doesn't show in my account",
    problem: 'I ordered last week but it is not in my order history.',
    context: 'Orders placed as a guest, or signed in with another email.',
    resolution:
      "1. Find the order by the customer's phone or email.\n" +
      '2. If it was a guest checkout with the same email, it links automatically within a day; with another email, link it from the customer panel (**Orders → Attach order**) after checking the name and address.\n' +
      '3. Points for a linked order post as usual, 30 days after delivery.',
    cause: 'Guest checkout when the customer was not signed in.',
    typeKeys: [],
    tags: ['guest-checkout', 'order-history'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.hannah,
  },
  {
    key: 'accounts-vip-tier',
    title: "Why am I not a VIP? I've spent thousands",
    problem:
      'I have been a customer for years and spent over $5,000 but I am still a "loyal" member, not VIP.',
    context: 'Segments are computed on the last 24 months of spend, not lifetime.',
    resolution:
      '1. The segment in the customer panel is the last 24 months of spend; explain it honestly.\n' +
      '2. Show the customer how far they are from the next tier.\n' +
      '3. A rep cannot change a segment. If the customer has a case (a large order just outside the window), note it for the Loyalty team; a **future discount** of 10 % is a kind way to end the call.',
    cause: null,
    typeKeys: ['future_discount'],
    tags: ['vip', 'segment', 'loyalty'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.priya,
  },
  {
    key: 'accounts-identity-check',
    title: 'How to check a caller is the account holder',
    problem:
      'The caller wants to change their delivery address and email but cannot remember the order number.',
    context:
      'Before changing an address, an email or a payment, or talking about an order over $300.',
    resolution:
      '1. Ask for two of: the order number, the billing postcode, the last four digits of the card used, the date of the last order.\n' +
      "2. The caller's phone number matching the account counts as one, not two: numbers are easily spoofed.\n" +
      '3. Cannot pass: offer to send a one-time code to the email on file, or ask them to call back with an order email.\n' +
      '4. Never give the card number, the full address or the email on file to a caller who has not passed.',
    cause: null,
    typeKeys: [],
    tags: ['identity-check', 'security', 'verification'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.yuki,
  },
  {
    key: 'accounts-calling-for-spouse',
    title: "I am calling about my wife's order",
    problem:
      'My wife ordered the boots but she is at work. I want to sort out the exchange for her.',
    context: "Third parties calling about someone else's account.",
    resolution:
      '1. You may help with an exchange or a return when the caller has the order number and the delivery postcode: the item goes back to the same address, so there is no risk.\n' +
      '2. Do not change the email, the password or the payment, or issue refunds to anyone but the account holder.\n' +
      '3. For a refund to go elsewhere, or for account changes, the account holder must call or email themselves.',
    cause: null,
    typeKeys: [],
    tags: ['third-party', 'spouse', 'identity-check'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.hannah,
  },
  {
    key: 'accounts-address-book',
    title: "My new address won't save in my account",
    problem: 'Every time I add my new address the site says "address could not be verified".',
    context: 'Address verification at checkout and in the address book.',
    resolution:
      '1. New builds are often missing from the verification database for months. Add the address from the customer panel, which lets you override the check with a note.\n' +
      '2. Ask for the ZIP+4 if they know it; it helps carriers.\n' +
      '3. If the carrier cannot deliver later, the parcel comes back to us: see the redelivery article.',
    cause: 'Address verification data lags behind new construction.',
    typeKeys: [],
    tags: ['address-book', 'address-verification'],
    visibility: 'internal',
    state: 'draft',
    owner: staff.omar,
  },
  {
    key: 'accounts-birthday-discount',
    title: "I didn't get my birthday discount",
    problem: 'Trail Rewards promised a birthday reward and I got nothing this year.',
    context:
      'Trail Rewards members with a birth date on file get a $15 code in their birthday month.',
    resolution:
      '1. Check the birth date on the account: often empty or wrong.\n' +
      '2. If it was set and the code never came, issue a **future discount** of $15 now, valid 30 days.\n' +
      '3. If it was not set, add it, and still issue the code this once.',
    cause: 'Birth dates missing on accounts created in stores.',
    typeKeys: ['future_discount'],
    tags: ['birthday', 'rewards', 'discount-code'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.olivia,
  },
  {
    key: 'accounts-family-member-calling',
    title: 'A relative of mine is on the line',
    problem: 'The caller is my mother and she wants a refund on her order.',
    context: 'Reps may not resolve for relatives; Leeway blocks it (customer linked to the rep).',
    resolution:
      "1. Tell the caller warmly that a colleague will help, and transfer to your supervisor's queue or a team mate. Do not grant anything, even a small fee waiver.\n" +
      '2. If you submit a resolution anyway, Leeway refuses it: the customer is linked to you. That is on purpose; it protects you.\n' +
      '3. Approvers too: you will not be asked to approve for a relative.',
    cause: null,
    typeKeys: [],
    tags: ['conflict-of-interest', 'relative', 'four-eyes'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.aisha,
  },
  {
    key: 'accounts-flagged-customer',
    title: 'The customer has an abuse flag on their account',
    problem: 'The customer panel shows "abuse suspected". What am I allowed to do?',
    context: 'Customers flagged `abuse_suspected` by the Loyalty team.',
    resolution:
      '1. Help as normal; the flag is not an accusation and must never be mentioned to the customer.\n' +
      '2. Resolutions for flagged customers go to approval in Leeway, whatever the amount. Explain the wait without giving the reason: "I need a colleague to confirm this one."\n' +
      '3. Write in the notes what the customer asked for and what you saw, factually.\n' +
      '4. Do not refund before returns arrive for a flagged customer.',
    cause: null,
    typeKeys: ['refund', 'replacement'],
    tags: ['abuse-suspected', 'flags', 'approval'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.yuki,
  },
  {
    key: 'accounts-review-removed',
    title: 'Why did you remove my review?',
    problem: 'I wrote an honest review of the tent and it is gone from the site.',
    context: "Product reviews are moderated: personal data, profanity, other shops' links.",
    resolution:
      "1. Look the review up in the reviews panel: the moderator's reason is there.\n" +
      '2. Negative reviews are not removed for being negative. If the reason is a phone number, a URL or profanity, explain and invite them to post it again without that part.\n' +
      '3. If it was removed with no reason, ask #web-content to restore it.',
    cause: null,
    typeKeys: [],
    tags: ['reviews', 'moderation'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.omar,
  },
  {
    key: 'accounts-back-in-stock-emails',
    title: 'I signed up for a restock alert and never heard back',
    problem:
      'I asked to be told when the XL came back. I just saw it sold out again and I got no email.',
    context: 'Back-in-stock alerts are sent in batches every 4 hours.',
    resolution:
      '1. Alerts go out in batches; a small restock can sell out between them. Apologise: it is frustrating.\n' +
      '2. Check whether more are on order (stock panel). If yes, place a backorder for the customer now so they are first in line.\n' +
      '3. If it is a staple they missed twice, a **future discount** of 10 % on the backorder is a fair gesture.',
    cause: 'Alert batches every 4 hours; restocks of a few units.',
    typeKeys: ['future_discount'],
    tags: ['back-in-stock', 'alerts', 'restock'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.hannah,
  },
  {
    key: 'accounts-two-factor-code',
    title: "I'm not getting the sign-in code by text",
    problem: 'I turned on two-step sign-in and now the text message code never arrives.',
    context: 'Two-step sign-in by SMS; codes expire after 10 minutes.',
    resolution:
      '1. Check the phone number on the account (E.164, +1 for US numbers).\n' +
      '2. Some carriers block short-code texts: the customer can choose "call me with a code" on the sign-in page.\n' +
      '3. Turning two-step off for the customer requires the full identity check and is logged; do it only if they cannot sign in at all.',
    cause: 'Carrier filtering of short-code SMS.',
    typeKeys: [],
    tags: ['two-factor', 'sms', 'login'],
    visibility: 'internal',
    state: 'validated',
    owner: staff.priya,
  },
  {
    key: 'accounts-locked-out',
    title: 'My account is locked',
    problem: 'It says my account is locked after too many attempts. I need to order today.',
    context: 'Five failed sign-ins lock an account for 30 minutes.',
    resolution:
      '1. The lock lifts by itself after 30 minutes; a password reset lifts it at once.\n' +
      '2. If the customer needs to order now, take the order by phone.\n' +
      '3. Many failed attempts from elsewhere (the security panel shows locations) suggest someone is trying the account: recommend a new password.',
    cause: null,
    typeKeys: [],
    tags: ['account-locked', 'login', 'security'],
    visibility: 'internal',
    state: 'not_validated',
    owner: staff.omar,
  },
  {
    key: 'accounts-phone-number-change',
    title: 'I have a new phone number',
    problem: 'My phone number changed. When I call you, you cannot find me.',
    context: 'Calls pop the customer by phone number; one customer per number.',
    resolution:
      '1. Find the customer by name and email, do the identity check.\n' +
      '2. Update the phone in the customer panel. If Leeway says the number is already on another customer, stop: it may be a previous owner of the number. Ask an admin.\n' +
      '3. Tell the customer the next call will find them straight away.',
    cause: null,
    typeKeys: [],
    tags: ['phone-number', 'account', 'caller-id'],
    visibility: 'internal',
    state: 'draft',
    owner: staff.olivia,
  },
];

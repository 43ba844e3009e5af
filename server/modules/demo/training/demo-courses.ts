/**
 * Northwind's four courses (issue 14, "Demo data"), written by hand against the demo policy
 * (demo-policy.ts): the figures in lessons and questions are the policy's, so a rep who learns them
 * here meets them again in the workspace. Answers name options by place; true/false is True 0, False 1.
 */

export type DemoQuestion = {
  kind: 'single' | 'multiple' | 'true_false';
  prompt: string;
  options: string[];
  correct: number[];
  explanation: string;
};

export type DemoCourse = {
  key: string;
  title: string;
  summary: string;
  certificationKey: string | null;
  passMark: number;
  questionsPerAttempt: number;
  retakeCooldownHours: number;
  lessons: Array<{ title: string; body: string }>;
  questions: DemoQuestion[];
};

export const demoCatalogue = [
  {
    key: 'refunds_ii',
    title: 'Refunds II',
    description:
      'An Agent decides refunds up to $250 per incident and $500 per customer on their own.',
    validityMonths: 12,
  },
  {
    key: 'goodwill_gifts',
    title: 'Goodwill gifts',
    description: 'An Agent may send a goodwill gift of up to $40, $200 a month, on their own.',
    validityMonths: 12,
  },
] as const;

const tf = (prompt: string, truth: boolean, explanation: string): DemoQuestion => ({
  kind: 'true_false',
  prompt,
  options: ['True', 'False'],
  correct: [truth ? 0 : 1],
  explanation,
});

const empowerment: DemoCourse = {
  key: 'empowerment',
  title: 'Empowerment at Northwind',
  summary:
    'What you may decide on your own and why: the vision of service, the $-rules of your level, and when to ask.',
  certificationKey: null,
  passMark: 70,
  questionsPerAttempt: 6,
  retakeCooldownHours: 0,
  lessons: [
    {
      title: 'Why you may decide',
      body:
        '## Whoever answers owns the problem\n\n' +
        'Our vision of service says it plainly: whoever answers owns the problem until it is fixed, on that first ' +
        'contact whenever we can. No transfers, no "someone will call you back".\n\n' +
        'That only works if you can act. So Northwind gives every rep **authority**: a sum of money and a set of ' +
        'remedies you may use without asking anyone. Using it is not a favour to the customer, it is the job.\n\n' +
        "- A customer's time is worth more than our process.\n" +
        '- Never keep someone on hold for a permission you could give yourself.\n' +
        "- Spend Northwind's money as carefully as your own, and as generously as you would want it spent on you.",
    },
    {
      title: 'The $-rules of your level',
      body:
        '## What an Agent may do alone\n\n' +
        '| remedy | per incident |\n|---|---|\n' +
        '| Refund | $100 (at most $200 per customer in 30 days, $500 a day) |\n' +
        '| Replacement | $150 |\n| Repair | $100 |\n| Service credit | $50 |\n' +
        '| Discount on a future purchase | $25 |\n| Fee waiver | $50 |\n| Policy exception | $30 |\n\n' +
        'Across all remedies, one contact may add up to **$300**. Senior agents, Supervisors and Managers have more; ' +
        'the workspace shows your own figures and what is left today as you type.\n\n' +
        'Certifications raise some limits: with **Refunds II** an Agent refunds up to $250 per incident. ' +
        'Goodwill gifts need the **Goodwill gifts** certification.',
    },
    {
      title: 'When to ask, and what happens then',
      body:
        '## Asking is part of the system, not a failure\n\n' +
        'When a request is over your authority the workspace says so before you submit, and names who can approve ' +
        'it. Submit it anyway: the approval goes live to the right person, and you stay with the customer while the ' +
        'timer runs. If nobody answers in time it escalates on its own.\n\n' +
        'Some things always need someone else: refunds on orders older than 90 days (a Supervisor), customers ' +
        'flagged for suspected abuse (a Manager), and anything for a customer you are related to: nobody decides ' +
        'alone for their own family or friends.',
    },
  ],
  questions: [
    {
      kind: 'single',
      prompt: "A customer's $60 refund is within your authority. What do you do?",
      options: [
        'Grant it on the call',
        'Ask your Supervisor first, to be safe',
        'Promise a call back once it is approved',
        'Offer a discount instead, since it is cheaper',
      ],
      correct: [0],
      explanation:
        'Within your authority means you decide: asking anyway keeps the customer waiting for nothing.',
    },
    {
      kind: 'single',
      prompt: 'What is the most an Agent may refund for one incident without a certification?',
      options: ['$50', '$100', '$250', '$500'],
      correct: [1],
      explanation: 'The Agent refund limit is $100 per incident; Refunds II raises it to $250.',
    },
    {
      kind: 'single',
      prompt: 'How much may one contact add up to for an Agent, across every remedy?',
      options: ['$100', '$200', '$300', 'No limit'],
      correct: [2],
      explanation: 'The contact limit for an Agent is $300 in total.',
    },
    tf(
      'A refund on an order placed 120 days ago needs a Supervisor, whatever the amount.',
      true,
      'Refunds are for orders placed in the last 90 days; older ones need a Supervisor.',
    ),
    tf(
      'You may approve a refund for your own brother if the amount is within your limit.',
      false,
      'Nobody decides alone for a customer linked to them, at any level.',
    ),
    {
      kind: 'multiple',
      prompt: 'Which of these does our vision of service ask of you? Pick all that apply.',
      options: [
        'Own the problem until it is fixed',
        'Transfer the customer to the team that knows best',
        'Never keep someone on hold for a permission you could give yourself',
        "Spend Northwind's money as carefully as your own",
      ],
      correct: [0, 2, 3],
      explanation: 'Whoever answers owns it: a transfer is what the vision asks us to avoid.',
    },
    {
      kind: 'single',
      prompt: 'A request is over your authority. What happens when you submit it?',
      options: [
        'It is refused and the customer must call again',
        'It goes live to someone who can approve it, and escalates if nobody answers in time',
        'It waits in a queue until the next working day',
        'Your manager gets an e-mail',
      ],
      correct: [1],
      explanation:
        'Approvals arrive live to the right approver and escalate on their own after the time-out.',
    },
    tf(
      'Using your authority is a favour to the customer that you should keep for special cases.',
      false,
      'Using it is the job: it is how a problem gets fixed on the first contact.',
    ),
  ],
};

const refunds: DemoCourse = {
  key: 'refunds',
  title: 'Refunds and replacements',
  summary:
    "Choosing between a refund, a replacement and a repair, the limits that apply, and the Refunds II certification that raises an Agent's refund limit to $250.",
  certificationKey: 'refunds_ii',
  passMark: 75,
  questionsPerAttempt: 6,
  retakeCooldownHours: 24,
  lessons: [
    {
      title: 'Refund, replace or repair?',
      body:
        '## Start from what the customer needs\n\n' +
        'A customer whose tent arrived torn the day before a trip needs a tent, not money: a **replacement** ' +
        '(express, if the trip is soon) fixes the problem. A customer who has already bought elsewhere needs a ' +
        '**refund**. Gear they love with a broken zip is a **repair**.\n\n' +
        'Ask one question before you choose: *what would make this right for you?*',
    },
    {
      title: 'The limits that apply to a refund',
      body:
        '## Four figures, and the order age\n\n' +
        "An Agent's refund is checked against:\n\n" +
        '1. **Per incident**: $100 ($250 with Refunds II).\n' +
        '2. **Per customer**: $200 in 30 days, whoever granted it ($500 with Refunds II).\n' +
        '3. **Per day**: $500 of your own refunds. **Per month**: $3,000.\n' +
        '4. **Per contact**: $300 across every remedy.\n\n' +
        'And the order must have been placed in the last **90 days**; an older one goes to a Supervisor. A customer ' +
        'with a chargeback history goes to a Supervisor too.',
    },
    {
      title: 'Refunds II',
      body:
        '## What the certificate changes\n\n' +
        "Pass this course's assessment and you hold **Refunds II** for 12 months. From that moment the engine " +
        'uses its figures for you: up to $250 per incident and $500 per customer. Your open workspace shows the new ' +
        'limit without a reload.\n\n' +
        "When it expires, the old limits come back (after the organization's grace period), and the preview tells " +
        'you why. Renew it in the 30 days before it lapses.',
    },
  ],
  questions: [
    {
      kind: 'single',
      prompt:
        "A customer's tent arrived torn; they leave for a trip on Friday. What fixes the problem best?",
      options: [
        'A refund, so they can buy another',
        'An express replacement',
        'A repair, since the tear is small',
        'A discount on their next purchase',
      ],
      correct: [1],
      explanation:
        'They need a tent by Friday: a replacement, sent express, is what makes it right.',
    },
    {
      kind: 'single',
      prompt: "With Refunds II, what is an Agent's refund limit per incident?",
      options: ['$100', '$150', '$250', '$500'],
      correct: [2],
      explanation: 'The Refunds II tier is $250 per incident and $500 per customer.',
    },
    {
      kind: 'single',
      prompt:
        'Without Refunds II, a customer has had $150 refunded in the last 30 days. How much more may an Agent refund them alone?',
      options: ['$0', '$50', '$100', '$200'],
      correct: [1],
      explanation: 'The per-customer limit is $200 in 30 days, whoever granted it: $50 is left.',
    },
    tf(
      'The per-customer limit counts only the refunds you granted yourself.',
      false,
      'It counts every refund to that customer in the window, whoever granted it.',
    ),
    tf(
      'A refund on an order placed 95 days ago needs a Supervisor even if it is $20.',
      true,
      'The recent-order condition sends refunds on orders older than 90 days to a Supervisor.',
    ),
    {
      kind: 'single',
      prompt:
        'Your Refunds II certificate expired last week and the grace period is over. What happens?',
      options: [
        'Nothing changes until a trainer revokes it',
        'Your refund limit returns to $100 and the preview says why',
        'You can no longer refund at all',
        'Your Supervisor must approve every refund',
      ],
      correct: [1],
      explanation:
        'A lapsed certificate counts as absent: the Agent figures apply again, with the reason shown.',
    },
    {
      kind: 'multiple',
      prompt: 'Which refunds go to a Supervisor for an Agent? Pick all that apply.',
      options: [
        'An order placed 100 days ago',
        'A customer with a chargeback history',
        'A $90 refund on a recent order',
        'A refund that would take the contact over $300',
      ],
      correct: [0, 1, 3],
      explanation:
        'Order age, a chargeback history and the contact total each need approval; $90 is within $100.',
    },
    tf(
      'Refunds II lasts 12 months and can be renewed in the 30 days before it expires.',
      true,
      'Its validity is 12 months, with a 30-day recertification window.',
    ),
  ],
};

const goodwill: DemoCourse = {
  key: 'goodwill',
  title: 'Goodwill gifts',
  summary:
    'When a gift says more than a refund, what it may cost, and the certification an Agent needs to send one.',
  certificationKey: 'goodwill_gifts',
  passMark: 75,
  questionsPerAttempt: 6,
  retakeCooldownHours: 24,
  lessons: [
    {
      title: 'When a gift is the right answer',
      body:
        '## For the moments we put at risk\n\n' +
        'A goodwill gift is flowers, or a handwritten note with a small gift, for a customer whose trip or ' +
        'occasion we put at risk: the anniversary jacket that arrived late, the wedding hiking boots in the wrong ' +
        'size. It does not replace fixing the problem; it comes with the fix.\n\n' +
        'These count in our flower stats: we celebrate them.',
    },
    {
      title: 'What you may send',
      body:
        '## The figures\n\n' +
        '- An Agent holding **Goodwill gifts** may send up to **$40** per gift and **$200 a month**.\n' +
        '- A Senior agent: $75 per gift, $500 a month. A Supervisor: $150.\n' +
        '- Without the certification, an Agent asks a Senior agent or above.\n\n' +
        'No reason is required, but write one line on the contact: it is how we learn which moments matter.',
    },
  ],
  questions: [
    {
      kind: 'single',
      prompt: 'Which situation calls for a goodwill gift?',
      options: [
        'A customer asks for a discount because they shop often',
        "A late delivery put a customer's anniversary trip at risk",
        'A customer wants a refund for a jacket they no longer like',
        'A customer is rude on the phone',
      ],
      correct: [1],
      explanation: 'Gifts are for moments we put at risk, together with fixing the problem.',
    },
    {
      kind: 'single',
      prompt:
        'What is the most an Agent with the Goodwill gifts certification may spend on one gift?',
      options: ['$25', '$40', '$75', '$150'],
      correct: [1],
      explanation: 'The Agent rule is $40 per gift and $200 a month, with the certification.',
    },
    tf(
      'Without the Goodwill gifts certification, an Agent may still send a $20 gift alone.',
      false,
      'The Agent rule requires the certification whatever the amount: ask a Senior agent or above.',
    ),
    tf(
      "A goodwill gift replaces fixing the customer's problem.",
      false,
      'It comes with the fix, never instead of it.',
    ),
    {
      kind: 'single',
      prompt: 'An Agent has sent $180 of gifts this month. How much may the next gift cost?',
      options: ['$0', '$20', '$40', '$200'],
      correct: [1],
      explanation: 'The monthly budget is $200: $20 is left, below the $40 per-gift limit.',
    },
    {
      kind: 'multiple',
      prompt: 'What belongs with a goodwill gift? Pick all that apply.',
      options: [
        'The fix for the problem itself',
        'A line on the contact saying why',
        "A manager's approval for every gift",
        'A personal note',
      ],
      correct: [0, 1, 3],
      explanation:
        'Within your authority you need no approval; the fix, a note and the reason belong with it.',
    },
    tf(
      'Goodwill gifts count in our flower stats.',
      true,
      'We count and celebrate them: they are empowerment made visible.',
    ),
  ],
};

const calm: DemoCourse = {
  key: 'calm',
  title: 'Calm under pressure',
  summary:
    'De-escalation on the phone and in chat: listening first, naming the problem, and offering what you can decide now.',
  certificationKey: null,
  passMark: 70,
  questionsPerAttempt: 6,
  retakeCooldownHours: 0,
  lessons: [
    {
      title: 'Listen before you solve',
      body:
        '## Let them finish\n\n' +
        'An angry customer has usually rehearsed what they will say. Let them say all of it without interrupting: ' +
        'a customer cut off starts again from the beginning, louder.\n\n' +
        'Then **name the problem back** in their words: "So the boots came in the wrong size and the wedding is on ' +
        'Saturday." It shows you listened, and it checks that you are fixing the right thing.',
    },
    {
      title: 'Offer what you can decide now',
      body:
        '## Your authority calms more than your words\n\n' +
        'Nothing lowers the temperature like "here is what I can do right now". Open the workspace while they talk: ' +
        'if the fix is within your authority, say so and do it on the call. If it is not, say who decides and that ' +
        'you will stay with them while they do.\n\n' +
        'Avoid "policy says": say what you *can* do, not what you cannot.',
    },
    {
      title: 'When it goes too far',
      body:
        '## Your safety matters too\n\n' +
        'Frustration is normal; abuse is not. If a customer threatens or insults you personally, say once, calmly, ' +
        'that you want to help and need the conversation to stay respectful. If it continues, you may end the ' +
        'contact and note why: your Supervisor will back you.',
    },
  ],
  questions: [
    {
      kind: 'single',
      prompt: 'A customer starts the call shouting about a late parcel. What do you do first?',
      options: [
        'Interrupt to ask for the order number',
        'Let them finish, then name the problem back',
        'Tell them to calm down',
        'Transfer them to a Supervisor',
      ],
      correct: [1],
      explanation:
        'Listening first, then naming the problem back, shows you heard them and checks the facts.',
    },
    tf(
      'Saying "our policy does not allow that" is a good way to set a firm boundary.',
      false,
      'Say what you can do instead: "here is what I can do right now" lowers the temperature.',
    ),
    {
      kind: 'single',
      prompt: 'The fix the customer wants is within your authority. When do you tell them?',
      options: [
        'After the call, by e-mail',
        'Right away, and do it on the call',
        'Once a Supervisor has agreed',
        'Only if they ask twice',
      ],
      correct: [1],
      explanation:
        'Deciding on the call is the fastest way to calm a customer and the point of your authority.',
    },
    {
      kind: 'multiple',
      prompt: 'Which of these help de-escalate? Pick all that apply.',
      options: [
        "Naming the problem back in the customer's words",
        'Explaining why it is not your fault',
        'Saying what you can do right now',
        'Staying with them while an approval is decided',
      ],
      correct: [0, 2, 3],
      explanation: 'Defending yourself keeps the focus on blame; the others move to the fix.',
    },
    tf(
      'You may end a contact with a customer who keeps insulting you after one calm warning.',
      true,
      'Frustration is normal, abuse is not: warn once, then you may end it and note why.',
    ),
    {
      kind: 'single',
      prompt: 'The request is over your authority. What keeps the customer calm?',
      options: [
        'Promise a call back tomorrow',
        'Say who decides and that you will stay with them while they do',
        'Refuse, since you cannot grant it',
        'Grant part of it and hope they accept',
      ],
      correct: [1],
      explanation:
        'An approval arrives live: staying on with the customer while it is decided keeps the contact whole.',
    },
    tf(
      'A customer who is cut off usually starts their story again from the beginning.',
      true,
      'That is why letting them finish is faster as well as kinder.',
    ),
  ],
};

export const demoCourses: readonly DemoCourse[] = [empowerment, refunds, goodwill, calm];

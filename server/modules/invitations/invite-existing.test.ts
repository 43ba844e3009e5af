import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { linkIn, SmtpTestServer } from '../../testing/smtp-test-server.ts';
import { signIn, TestClient, type TestApp } from '../../testing/test-app.ts';
import {
  createImportsTestApp,
  createImportsTestOrganization,
} from '../imports/testing/imports-test-app.ts';
import { uploadCsv } from '../imports/testing/upload.ts';

const header = 'email,name,role,level,team,manager_email,extension';
const PASSWORD = 'violet staircase lantern';
const tokenOf = (link: string) => link.slice(link.indexOf('#') + 1);
type Links = Array<{ invitationId: string; person: { id: string; email: string }; link: string }>;

describe('inviting the people already here, without SMTP', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let admin: TestClient;

  beforeAll(async () => {
    ({ t, org, admin } = await createImportsTestOrganization('inv'));
  });
  afterAll(() => t?.close());

  async function importPeople(rows: string[], apply = true): Promise<string> {
    const dry = (await uploadCsv(t.app, admin, 'people', [header, ...rows].join('\n'))).json();
    expect(dry.import.errorCount, JSON.stringify(dry)).toBe(0);
    if (apply)
      expect((await admin.post(`/api/imports/${dry.import.id}/apply`)).statusCode).toBe(200);
    return dry.import.id;
  }
  const personId = async (email: string) =>
    (
      await t.ctx.db
        .selectFrom('people')
        .select('id')
        .where('email', '=', email)
        .executeTakeFirstOrThrow()
    ).id;
  const accept = (token: string, client = new TestClient(t.app)) =>
    client.post('/api/auth/accept-invitation', { token, password: PASSWORD });

  it('invites everyone the import brought in who cannot sign in, once: a second call invites nobody', async () => {
    const importId = await importPeople([
      'ana@inv.test,Ana,agent,agent,,,',
      'ben@inv.test,Ben,agent,agent,,,',
      // Already signs in: named by the file, but not invited.
      `${org.people.agent.email},Agent inv,agent,agent,,,`,
    ]);
    const first = await admin.post(`/api/imports/${importId}/invitations`);
    expect(first.statusCode, first.body).toBe(200);
    const body = first.json();
    expect(body).toMatchObject({ invited: 2, mailed: 0, mailFailed: 0 });
    const links = body.links as Links;
    expect(links.map((l) => l.person.email).sort()).toEqual(['ana@inv.test', 'ben@inv.test']);
    for (const l of links) expect(l.link).toMatch(/\/invitation#[A-Za-z0-9_-]{43}$/);

    const again = await admin.post(`/api/imports/${importId}/invitations`);
    expect(again.json()).toEqual({ invited: 0, mailed: 0, mailFailed: 0, links: [] });
    const rows = await t.ctx.db
      .selectFrom('invitations')
      .select('personId')
      .where('organizationId', '=', org.id)
      .execute();
    expect(rows.filter((r) => links.some((l) => l.person.id === r.personId))).toHaveLength(2);

    // The link works once, and signs the imported person in.
    const client = new TestClient(t.app);
    expect((await accept(tokenOf(links[0]!.link), client)).statusCode).toBe(200);
    expect((await client.get('/api/me')).json().person.email).toBe(links[0]!.person.email);
    expect((await accept(tokenOf(links[0]!.link))).statusCode).toBe(400);
  });

  it('invites each person once when the same import is invited twice at the same moment', async () => {
    const importId = await importPeople([
      'cy@inv.test,Cy,agent,agent,,,',
      'di@inv.test,Di,agent,agent,,,',
      'ed@inv.test,Ed,agent,agent,,,',
    ]);
    const [a, b] = await Promise.all([
      admin.post(`/api/imports/${importId}/invitations`),
      admin.post(`/api/imports/${importId}/invitations`),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(a.json().invited + b.json().invited).toBe(3);
    const emails = [...a.json().links, ...b.json().links].map((l: Links[0]) => l.person.email);
    expect(emails.sort()).toEqual(['cy@inv.test', 'di@inv.test', 'ed@inv.test']);
  });

  it('refuses an import not applied, or not of people', async () => {
    const dryId = await importPeople(['fay@inv.test,Fay,agent,agent,,,'], false);
    const dry = await admin.post(`/api/imports/${dryId}/invitations`);
    expect(dry.statusCode).toBe(409);
    expect(dry.json().error.message).toContain('Apply this import');
    const customers = (
      await uploadCsv(t.app, admin, 'customers', 'name,email,phone\nCo,co@x.test,\n')
    ).json();
    const notPeople = await admin.post(`/api/imports/${customers.import.id}/invitations`);
    expect(notPeople.statusCode, notPeople.body).toBe(409);
  });

  it('invites one person who has no password; refuses one who has, or whose invitation is open', async () => {
    await importPeople(['gus@inv.test,Gus,agent,agent,,,']);
    const gus = await personId('gus@inv.test');
    const status = async (id: string) => (await admin.get(`/api/people/${id}/sign-in`)).json();
    expect(await status(gus)).toEqual({ signIn: 'none', invitationId: null });
    expect((await status(org.people.agent.id)).signIn).toBe('password');
    const sent = await admin.post(`/api/people/${gus}/invitation`);
    expect(sent.statusCode, sent.body).toBe(201);
    expect(await status(gus)).toEqual({
      signIn: 'invited',
      invitationId: sent.json().invitation.id,
    });
    expect(sent.json()).toMatchObject({
      delivery: 'link',
      invitation: {
        status: 'pending',
        person: { id: gus },
        invitedBy: { id: org.people.admin.id },
      },
    });

    const twice = await admin.post(`/api/people/${gus}/invitation`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({ code: 'conflict' });
    expect(twice.json().error.message).toContain('resend it');

    const hasPassword = await admin.post(`/api/people/${org.people.agent.id}/invitation`);
    expect(hasPassword.statusCode).toBe(409);
    expect(hasPassword.json().error.message).toContain('already has a password');

    const agent = await signIn(t.app, org.people.agent.email);
    expect((await agent.post(`/api/people/${gus}/invitation`)).statusCode).toBe(403);

    expect((await accept(tokenOf(sent.json().link))).statusCode).toBe(200);
    expect((await admin.post(`/api/people/${gus}/invitation`)).statusCode).toBe(409);
    expect((await status(gus)).signIn).toBe('password');
  });

  describe('an admin-issued reset link', () => {
    it('is handed to the admin without SMTP, works once, and replaces the password', async () => {
      const issued = await admin.post(`/api/people/${org.people.supervisor.id}/password-reset`);
      expect(issued.statusCode, issued.body).toBe(201);
      expect(issued.json().delivery).toBe('link');
      // Handing a link over lets the admin sign in as that person: the ledger says who did it, for whom.
      const entry = await t.ctx.db
        .selectFrom('ledgerEntries')
        .select(['actorId', 'data'])
        .where('organizationId', '=', org.id)
        .where('kind', '=', 'person.password_reset_issued')
        .executeTakeFirstOrThrow();
      expect(entry).toMatchObject({
        actorId: org.people.admin.id,
        data: { personId: org.people.supervisor.id, delivery: 'handed_over' },
      });
      const token = tokenOf(issued.json().link);
      const reset = (password: string) =>
        new TestClient(t.app).post('/api/auth/reset-password', { token, password });
      expect((await reset('amber orchard whistle')).statusCode).toBe(200);
      await signIn(t.app, org.people.supervisor.email, 'amber orchard whistle');
      expect((await reset('another quiet harbour')).statusCode).toBe(400);
    });

    it('is never for yourself, nor for another admin when it would be handed to you', async () => {
      const self = await admin.post(`/api/people/${org.people.admin.id}/password-reset`);
      expect(self.statusCode).toBe(403);
      const other = await t.ctx.db
        .insertInto('people')
        .values({
          organizationId: org.id,
          email: 'second-admin@inv.test',
          name: 'Second Admin',
          role: 'admin',
          passwordHash: 'not-a-real-hash',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const takeover = await admin.post(`/api/people/${other.id}/password-reset`);
      expect(takeover.statusCode).toBe(403);
      expect(takeover.json().error.message).toContain('SMTP_URL');
      const written = await t.ctx.db
        .selectFrom('passwordResets')
        .select('tokenHash')
        .where('personId', 'in', [other.id, org.people.admin.id])
        .execute();
      expect(written).toHaveLength(0);
    });

    it('is refused for someone without a password (invite them) and for agents asking', async () => {
      await importPeople(['hal@inv.test,Hal,agent,agent,,,']);
      const hal = await personId('hal@inv.test');
      const none = await admin.post(`/api/people/${hal}/password-reset`);
      expect(none.statusCode).toBe(409);
      expect(none.json().error.message).toContain('invite them');
      const agent = await signIn(t.app, org.people.agent.email);
      expect(
        (await agent.post(`/api/people/${org.people.supervisor.id}/password-reset`)).statusCode,
      ).toBe(403);
    });
  });
});

describe('inviting imported people and resetting over SMTP', () => {
  const smtp = new SmtpTestServer();
  let t: TestApp;
  let org: FixtureOrganization;
  let admin: TestClient;

  beforeAll(async () => {
    const smtpUrl = await smtp.start();
    ({ t, org, admin } = await createImportsTestOrganization('mailinv', {
      SMTP_URL: smtpUrl,
      PUBLIC_URL: 'https://leeway.example.com',
    }));
  });
  afterAll(async () => {
    await t?.close();
    await smtp.close();
  });

  it('mails each imported person their link and gives the admin none', async () => {
    const csv = [header, 'ivy@mailinv.test,Ivy,agent,agent,,,'].join('\n');
    const dry = (await uploadCsv(t.app, admin, 'people', csv)).json();
    expect((await admin.post(`/api/imports/${dry.import.id}/apply`)).statusCode).toBe(200);
    const sent = await admin.post(`/api/imports/${dry.import.id}/invitations`);
    expect(sent.json()).toEqual({ invited: 1, mailed: 1, mailFailed: 0, links: null });
    const link = linkIn(await smtp.mailTo('ivy@mailinv.test'), '/invitation');
    expect(link.startsWith('https://leeway.example.com/invitation#')).toBe(true);
  });

  it("mails another admin's reset link to them, never to the asking admin", async () => {
    const other = await t.ctx.db
      .insertInto('people')
      .values({
        organizationId: org.id,
        email: 'other-admin@mailinv.test',
        name: 'Other Admin',
        role: 'admin',
        passwordHash: 'not-a-real-hash',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const issued = await admin.post(`/api/people/${other.id}/password-reset`);
    expect(issued.statusCode, issued.body).toBe(201);
    expect(issued.json()).toMatchObject({ delivery: 'mailed', link: null });
    const mail = await smtp.mailTo('other-admin@mailinv.test');
    expect(linkIn(mail, '/reset-password').startsWith('https://leeway.example.com/')).toBe(true);
  });
});

describe('inviting imported people when the mail cannot be sent', () => {
  let t: TestApp;

  beforeAll(async () => {
    const closed = new SmtpTestServer();
    const deadUrl = await closed.start();
    await closed.close();
    t = await createImportsTestApp({ SMTP_URL: deadUrl, PUBLIC_URL: 'https://leeway.example.com' });
  });
  afterAll(() => t?.close());

  it('keeps every invitation, counts the mails not sent, shows no link, and lists them to resend', async () => {
    const org = await createFixtureOrganization(t.ctx.db, 'deadmail');
    const admin = await signIn(t.app, org.people.admin.email);
    const csv = [
      header,
      'jo@deadmail.test,Jo,agent,agent,,,',
      'kai@deadmail.test,Kai,agent,agent,,,',
    ];
    const dry = (await uploadCsv(t.app, admin, 'people', csv.join('\n'))).json();
    expect((await admin.post(`/api/imports/${dry.import.id}/apply`)).statusCode).toBe(200);
    const sent = await admin.post(`/api/imports/${dry.import.id}/invitations`);
    expect(sent.json()).toEqual({ invited: 2, mailed: 0, mailFailed: 2, links: null });
    const listed = (await admin.get('/api/invitations')).json().invitations;
    expect(listed.map((i: { person: { email: string } }) => i.person.email).sort()).toEqual([
      'jo@deadmail.test',
      'kai@deadmail.test',
    ]);
    const again = await admin.post(`/api/imports/${dry.import.id}/invitations`);
    expect(again.json().invited).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { linkIn, SmtpTestServer } from '../../testing/smtp-test-server.ts';
import { createTestApp, signIn, TestClient, type TestApp } from '../../testing/test-app.ts';

describe('invitations over SMTP', () => {
  const smtp = new SmtpTestServer();
  let t: TestApp;
  let org: FixtureOrganization;

  beforeAll(async () => {
    const smtpUrl = await smtp.start();
    t = await createTestApp({
      env: {
        SMTP_URL: smtpUrl,
        PUBLIC_URL: 'https://leeway.example.com',
        MAIL_FROM: 'Acme Leeway <leeway@acme.test>',
      },
    });
    org = await createFixtureOrganization(t.ctx.db, 'acme');
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('mails the link to the invitee only, and the link from the mail accepts the invitation', async () => {
    const admin = await signIn(t.app, org.people.admin.email);
    const response = await admin.post('/api/invitations', {
      email: 'Mailed@Acme.test',
      name: 'Mae Ling',
      role: 'agent',
      levelKey: 'agent',
    });
    expect(response.statusCode, response.body).toBe(201);
    // The admin is not given the link when it goes by mail: whoever holds it becomes the invitee.
    expect(response.json()).toMatchObject({ delivery: 'mailed', link: null });

    const mail = await smtp.mailTo('mailed@acme.test');
    expect(mail.from).toBe('leeway@acme.test');
    expect(mail.raw).toContain('Mae Ling');
    const link = linkIn(mail, '/invitation');
    expect(link.startsWith('https://leeway.example.com/invitation#')).toBe(true);

    const invitee = new TestClient(t.app);
    const accepted = await invitee.post('/api/auth/accept-invitation', {
      token: link.slice(link.indexOf('#') + 1),
      password: 'copper kettle morning',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((await invitee.get('/api/me')).json().person.email).toBe('mailed@acme.test');
  });

  it('says so when the mail could not be sent, and the invitation stays for a resend', async () => {
    const closed = new SmtpTestServer();
    const deadUrl = await closed.start();
    await closed.close();
    const broken = await createTestApp({
      env: { SMTP_URL: deadUrl, PUBLIC_URL: 'https://leeway.example.com' },
    });
    try {
      const other = await createFixtureOrganization(broken.ctx.db, 'beta');
      const admin = await signIn(broken.app, other.people.admin.email);
      const response = await admin.post('/api/invitations', {
        email: 'unlucky@beta.test',
        name: 'Un Lucky',
        role: 'agent',
      });
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json()).toMatchObject({ delivery: 'mail_failed', link: null });
      const listed = (await admin.get('/api/invitations')).json().invitations;
      expect(listed.map((i: { person: { email: string } }) => i.person.email)).toContain(
        'unlucky@beta.test',
      );
    } finally {
      await broken.close();
    }
  });
});

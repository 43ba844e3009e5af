import { describe, expect, it } from 'vitest';

import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has working defaults for a laptop', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toMatch(/data$/);
    expect(config.seedDemo).toBe(true);
  });

  it('reads each variable', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u@h/db',
      COOKIE_SECURE: 'true',
      SESSION_TTL_HOURS: '2',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://u@h/db',
      cookieSecure: true,
      sessionTtlHours: 2,
    });
  });

  it('believes X-Forwarded-For from no one unless TRUST_PROXY names the proxies', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 10.1.0.0/16, ::1' }).trustProxy).toEqual([
      '10.0.0.1',
      '10.1.0.0/16',
      '::1',
    ]);
  });

  it('mails only with a PUBLIC_URL to put in the links, never one guessed from a request', () => {
    expect(loadConfig({}).mail).toBeUndefined();
    expect(loadConfig({ PORT: '4000' }).publicUrl).toBe('http://127.0.0.1:4000');
    expect(() => loadConfig({ SMTP_URL: 'smtp://mail.example.com:587' })).toThrow(
      /PUBLIC_URL: is required when SMTP_URL is set/,
    );
    const config = loadConfig({
      SMTP_URL: 'smtps://user:secret@mail.example.com:465',
      PUBLIC_URL: 'https://leeway.example.com/',
    });
    expect(config.publicUrl).toBe('https://leeway.example.com');
    expect(config.mail).toEqual({
      smtpUrl: 'smtps://user:secret@mail.example.com:465',
      from: 'Leeway <leeway@leeway.example.com>',
    });
  });

  it('takes a SETUP_TOKEN of 32 characters or more, else makes one per start, and never echoes a refused one', () => {
    const given = 'a-token-of-the-operators-own-32ch';
    expect(loadConfig({ SETUP_TOKEN: given }).setupToken).toBe(given);
    const made = loadConfig({}).setupToken;
    expect(made).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(loadConfig({}).setupToken).not.toBe(made);
    const short = 'x7'.repeat(15) + 'q';
    let thrown: unknown;
    try {
      loadConfig({ SETUP_TOKEN: short });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    const message = (thrown as ConfigError).message;
    expect(message).toContain('SETUP_TOKEN: must be at least 32 characters (got 31 characters)');
    expect(message).not.toContain(short);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(3000);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['LOG_LEVEL', 'loud'],
    ['COOKIE_SECURE', 'yes please'],
    ['TRUST_PROXY', 'everyone'],
    ['LOGIN_CONCURRENT_HASHES', '0'],
    ['SMTP_URL', 'http://mail.example.com'],
    ['PUBLIC_URL', 'leeway.example.com'],
    ['MAIL_FROM', 'not an address'],
    ['INVITATION_TTL_HOURS', '0'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    let thrown: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).message).toContain(`${name}:`);
    expect((thrown as ConfigError).message).toContain(JSON.stringify(value));
  });
});

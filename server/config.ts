import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import path from 'node:path';

import { z } from 'zod';

/**
 * Every setting Leeway reads from the environment, parsed once at boot. Nothing else in the code
 * reads process.env: modules receive the parsed Config.
 */
const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
/** Fastify's trustProxy: a client can write any X-Forwarded-For, so only a proxy we name may set the address. */
const trustProxySetting = z.union([
  z.enum(['true', 'false']).transform((v) => v === 'true'),
  z
    .string()
    .regex(/^\d{1,2}$/)
    .transform(Number),
  z
    .string()
    .transform((v) => v.split(',').map((part) => part.trim()))
    .refine(
      (parts) => parts.every((part) => isIP(part.replace(/\/\d{1,3}$/, '')) !== 0),
      'must be true, false, a hop count or comma-separated IP addresses/CIDRs',
    ),
]);

const configSchema = z.object({
  /** TCP port the HTTP server listens on. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface to bind; 0.0.0.0 behind a load balancer, 127.0.0.1 on a laptop. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Folder of the embedded PGlite database, used when DATABASE_URL is not set. */
  DATA_DIR: z.string().min(1).default('./data'),
  /** PostgreSQL connection string; when set, Leeway uses it instead of the embedded database. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** Connections in the pool per instance (PostgreSQL only). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Hours a login session lasts without activity. */
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(12),
  /** Mark cookies Secure (set true whenever the app is served over HTTPS). */
  COOKIE_SECURE: booleanFlag.default(false),
  /** Sign-in attempts one (client address, email) pair makes at once before each further one waits 1 s, 2 s, 4 s … */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(10),
  /** Minutes of quiet after which sign-in counters start over; also the longest wait between attempts. */
  LOGIN_WINDOW_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  /** Failed sign-ins from one client address, across all emails, before that address gets 429 until quiet. */
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(100),
  /** Failed sign-ins at one email from all addresses after which every address gets one attempt before waiting. */
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(100_000).default(50),
  /** Password hashes (scrypt) in flight per process; sign-ins past it get 429 at once instead of queueing. */
  LOGIN_CONCURRENT_HASHES: z.coerce.number().int().min(1).max(64).default(4),
  /** Whose X-Forwarded-For to believe for the client address: false (default), true, a hop count, or comma-separated proxy addresses/CIDRs. */
  TRUST_PROXY: trustProxySetting.default(false),
  /** Days live events are kept for reconnecting browsers; the ledger, the record of decisions, is kept for ever. */
  EVENTS_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(7),
  /** Seconds between re-checks of every open event stream's session or token (catches expiry and anything not announced). */
  STREAM_RECHECK_SECONDS: z.coerce.number().int().min(1).max(300).default(5),
  /**
   * PEM file of the Ed25519 key that signs ledger checkpoints, kept outside the database so whoever can
   * rewrite the database cannot sign for it. Production sets it (every instance the same file, e.g. a
   * mounted secret). Unset on the embedded database: `<DATA_DIR>-keys/ledger-signing-key.pem`, created
   * on first use (mode 0600). Unset with DATABASE_URL: no checkpoints.
   */
  LEDGER_SIGNING_KEY_FILE: z.string().min(1).optional(),
  /** On the embedded database, load the demo organization the first time (ignored with DATABASE_URL). */
  SEED_DEMO: booleanFlag.default(true),
  /** Folder of the built web app served at /. */
  WEB_DIST_DIR: z.string().min(1).default('./dist/app'),
  /**
   * Where people reach this deployment (`https://leeway.example.com`), for the links in invitations
   * and password resets. Never taken from a request's Host header, which whoever asks for a reset
   * could set to their own site. Unset: http://HOST:PORT (localhost for a wildcard HOST).
   */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .transform((v) => v.replace(/\/+$/, ''))
    .optional(),
  /** `smtp://user:pass@host:587` or `smtps://…:465`: mail invitations and resets; unset, an admin copies the links. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  /** The From of Leeway's mail (`Leeway <leeway@example.com>`); unset: leeway@ the PUBLIC_URL's host. */
  MAIL_FROM: z
    .string()
    .max(320)
    .regex(
      /^[^<>]*<[^\s@<>]+@[^\s@<>]+>$|^[^\s@<>]+@[^\s@<>]+$/,
      'must be an address or Name <address>',
    )
    .optional(),
  /**
   * The secret first-run setup asks for, so a fresh deployment is claimed by its operator, not by
   * whoever reaches it first. Unset: each process makes its own at start and prints the setup link
   * with it; behind a load balancer set it (the same on every instance) or use
   * `leeway create-organization`.
   */
  SETUP_TOKEN: z.string().trim().min(32, 'must be at least 32 characters').max(512).optional(),
  /** Hours an invitation's link stays valid. */
  INVITATION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(72),
  /**
   * Hours a dry run may wait for its apply: after that housekeeping drops its staged rows and its
   * file and marks it expired (the apply is refused; upload the file again).
   */
  IMPORT_DRY_RUN_RETENTION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(72),
  /** Minutes a password reset's link stays valid. */
  PASSWORD_RESET_TTL_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(60),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  sessionTtlHours: number;
  cookieSecure: boolean;
  loginMaxFailures: number;
  loginWindowMinutes: number;
  loginMaxFailuresPerAddress: number;
  loginMaxFailuresPerAccount: number;
  loginConcurrentHashes: number;
  trustProxy: boolean | number | string[];
  eventRetentionDays: number;
  streamRecheckSeconds: number;
  /** Where the checkpoint signing key is, and whether to create it there when missing (the embedded default only). */
  ledgerSigningKey: { file: string; createIfMissing: boolean } | undefined;
  seedDemo: boolean;
  webDistDir: string;
  /** Origin of the links Leeway sends or shows (no trailing slash). */
  publicUrl: string;
  /**
   * Whether PUBLIC_URL gave `publicUrl`. When it did not, the origin is guessed from HOST:PORT,
   * which a PORT of 0 (any free port) does not know yet: the listening server's own URL is better.
   */
  publicUrlSet: boolean;
  /** Set when mail goes out over SMTP; otherwise links are shown to the admin to pass on. */
  mail: { smtpUrl: string; from: string } | undefined;
  invitationTtlHours: number;
  passwordResetTtlMinutes: number;
  importDryRunRetentionHours: number;
  /** What POST /api/setup must be sent: SETUP_TOKEN, or one made for this process (192 bits, 32 base64url characters). */
  setupToken: string;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "unset", as in shells that export FOO= to clear a default.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? '?');
        // A secret is not echoed to the log, even a refused one.
        const got =
          name === 'SETUP_TOKEN'
            ? `${env[name]?.trim().length ?? 0} characters`
            : JSON.stringify(env[name]);
        return `${name}: ${issue.message} (got ${got})`;
      }),
    );
  }
  const c = parsed.data;
  // A link in a mail must name the deployment as its operator does, not as this process guesses.
  if (c.SMTP_URL && !c.PUBLIC_URL)
    throw new ConfigError([
      'PUBLIC_URL: is required when SMTP_URL is set, for the links in mail (got undefined)',
    ]);
  const wildcardHost = ['0.0.0.0', '::', '[::]'].includes(c.HOST);
  const publicUrl = c.PUBLIC_URL ?? `http://${wildcardHost ? 'localhost' : c.HOST}:${c.PORT}`;
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: path.resolve(c.DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    databasePoolSize: c.DATABASE_POOL_SIZE,
    logLevel: c.LOG_LEVEL,
    sessionTtlHours: c.SESSION_TTL_HOURS,
    cookieSecure: c.COOKIE_SECURE,
    loginMaxFailures: c.LOGIN_MAX_FAILURES,
    loginWindowMinutes: c.LOGIN_WINDOW_MINUTES,
    loginMaxFailuresPerAddress: c.LOGIN_MAX_FAILURES_PER_ADDRESS,
    loginMaxFailuresPerAccount: c.LOGIN_MAX_FAILURES_PER_ACCOUNT,
    loginConcurrentHashes: c.LOGIN_CONCURRENT_HASHES,
    trustProxy: c.TRUST_PROXY,
    eventRetentionDays: c.EVENTS_RETENTION_DAYS,
    streamRecheckSeconds: c.STREAM_RECHECK_SECONDS,
    ledgerSigningKey: c.LEDGER_SIGNING_KEY_FILE
      ? { file: path.resolve(c.LEDGER_SIGNING_KEY_FILE), createIfMissing: false }
      : c.DATABASE_URL
        ? undefined
        : {
            file: path.join(`${path.resolve(c.DATA_DIR)}-keys`, 'ledger-signing-key.pem'),
            createIfMissing: true,
          },
    seedDemo: c.SEED_DEMO,
    webDistDir: path.resolve(c.WEB_DIST_DIR),
    publicUrl,
    publicUrlSet: c.PUBLIC_URL !== undefined,
    mail: c.SMTP_URL
      ? {
          smtpUrl: c.SMTP_URL,
          from: c.MAIL_FROM ?? `Leeway <leeway@${new URL(publicUrl).hostname}>`,
        }
      : undefined,
    invitationTtlHours: c.INVITATION_TTL_HOURS,
    passwordResetTtlMinutes: c.PASSWORD_RESET_TTL_MINUTES,
    importDryRunRetentionHours: c.IMPORT_DRY_RUN_RETENTION_HOURS,
    setupToken: c.SETUP_TOKEN ?? randomBytes(24).toString('base64url'),
  };
}

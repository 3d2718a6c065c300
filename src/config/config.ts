import path from 'node:path';
import { z } from 'zod';
import { DomainError } from '../domain/errors.js';

/** Every setting Tranche reads from the environment, with its default. README lists the same table. */
export interface Config {
  /** `sqlite` with a file under dataDir, or `postgres` at databaseUrl. */
  database: { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string };
  dataDir: string;
  host: string;
  port: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Mark the session cookie Secure. Browsers accept Secure cookies from http://localhost. */
  cookieSecure: boolean;
  sessionTtlHours: number;
  signInRateLimit: { max: number; windowSeconds: number };
  /** Folder of the versioned rule files; defaults to the rules/ folder shipped with Tranche. */
  rulesDir: string | undefined;
  /**
   * Screening score thresholds (0 to 1) where a match becomes a hit or goes to review; unset keeps the
   * matcher's documented defaults.
   */
  screening: { hit: number | undefined; review: number | undefined };
}

const booleanString = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const positiveInt = z.coerce.number().int().positive();

const envSchema = z.object({
  DATABASE_URL: z.string().trim().optional(),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  COOKIE_SECURE: booleanString.default(true),
  SESSION_TTL_HOURS: positiveInt.max(24 * 30).default(12),
  SIGNIN_RATE_LIMIT_MAX: positiveInt.default(10),
  SIGNIN_RATE_LIMIT_WINDOW_SECONDS: positiveInt.default(900),
  RULES_DIR: z.string().trim().min(1).optional(),
  SCREENING_HIT_THRESHOLD: z.coerce.number().gt(0).max(1).optional(),
  SCREENING_REVIEW_THRESHOLD: z.coerce.number().gt(0).max(1).optional(),
});

/** Reads, validates and types the environment once; a bad value fails start with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    throw new DomainError('CONFIG_INVALID', `${variable}: ${issue?.message ?? 'invalid value'}`, [
      { path: variable, message: issue?.message ?? 'invalid value' },
    ]);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  let database: Config['database'];
  if (e.DATABASE_URL) {
    if (!/^postgres(ql)?:\/\//.test(e.DATABASE_URL)) {
      throw new DomainError(
        'CONFIG_INVALID',
        'DATABASE_URL: must be a postgres:// or postgresql:// URL; leave it unset for the embedded SQLite database',
      );
    }
    database = { engine: 'postgres', url: e.DATABASE_URL };
  } else {
    database = { engine: 'sqlite', file: path.join(dataDir, 'tranche.db') };
  }
  return {
    database,
    dataDir,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    cookieSecure: e.COOKIE_SECURE,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    signInRateLimit: { max: e.SIGNIN_RATE_LIMIT_MAX, windowSeconds: e.SIGNIN_RATE_LIMIT_WINDOW_SECONDS },
    rulesDir: e.RULES_DIR,
    screening: { hit: e.SCREENING_HIT_THRESHOLD, review: e.SCREENING_REVIEW_THRESHOLD },
  };
}

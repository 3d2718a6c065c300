/**
 * The web UI in a real browser against the real server, for the browser tests: Debian's Chromium drives a
 * freshly built UI served by the app on an in-memory SQLite database seeded with the 2026 H200 scenario.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { packageRoot } from '../../src/config/paths.js';
import { createContext, type AppContext } from '../../src/context.js';
import { seedDemoIfEmpty, type DemoOptions } from '../../src/demo/seed.js';
import { buildApp } from '../../src/http/app.js';
import { testConfig } from './databases.js';

/** The day the browser tests live in: inside the demo's first round, whatever the calendar says. */
const demoDay = new Date('2026-11-29T12:00:00Z');

export const chromiumPath = '/usr/bin/chromium';
const hasChromium = fs.existsSync(chromiumPath);
const inCi = Boolean(process.env.CI);

/** Run the browser tests where Chromium is installed, and always under CI (where its absence fails them). */
export const browserTestsEnabled = hasChromium || inCi;

if (!hasChromium && !inCi) {
  console.warn(
    '\n' +
      `!!! ${chromiumPath} is missing: the browser tests of the web UI were SKIPPED.\n` +
      '!!! Install it with `apt-get install chromium` to run them (CI fails without it).\n',
  );
}

/** Screenshots for a person to look at; not committed. */
export const screenshotDir = os.tmpdir();

export interface BrowserSession {
  ctx: AppContext;
  app: FastifyInstance;
  browser: Browser;
  page: Page;
  baseUrl: string;
  /** The demo users' one-time passwords, by username. */
  passwords: Map<string, string>;
  /** Uncaught errors in the page; a test ends by expecting none. */
  pageErrors: string[];
  signIn(username: string): Promise<void>;
  signOut(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Builds the UI, starts the app on a seeded in-memory database and opens Chromium on it, signed out. The demo's allocation rounds are seeded only
 * when asked for (`rounds: true`, as `serve --demo` does); without them the ledgers are as the
 * authorisations left them, for suites that start from there.
 */
export async function startBrowserSession(options: DemoOptions = {}): Promise<BrowserSession> {
  if (!hasChromium) throw new Error(`${chromiumPath} is missing; CI needs Chromium for the browser tests`);
  const webDir = path.join(packageRoot(), 'web');
  // Always a fresh build into a temporary folder: the test sees the UI as it is now, and a concurrent
  // `npm run build` writing web/dist cannot interfere.
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tranche-web-'));
  let ctx: AppContext | undefined;
  let app: FastifyInstance | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await app?.close();
    await ctx?.close();
    fs.rmSync(outDir, { recursive: true, force: true });
  };
  try {
    // Vitest sets NODE_ENV=test, under which Vite would compile JSX for React's development build; build
    // what ships instead, then put the variable back for the rest of the run.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        root: webDir,
        configFile: path.join(webDir, 'vite.config.ts'),
        mode: 'production',
        logLevel: 'warn',
        build: { outDir, emptyOutDir: true, sourcemap: false },
      });
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }

    // The demo is the 2026 case with its real dates (first-round approvals valid to 2026-12-31), so the
    // server and the page both run on a clock that starts at a fixed day and advances in real time: the
    // same steps pass whatever day the suite runs.
    const startedAt = Date.now();
    const clock = () => new Date(demoDay.getTime() + (Date.now() - startedAt));
    ctx = await createContext(testConfig(), { database: { engine: 'sqlite', file: ':memory:' }, clock });
    const seeded = await seedDemoIfEmpty(ctx, { rounds: options.rounds ?? false });
    if (!seeded) throw new Error('the in-memory database was not empty');
    const passwords = new Map(seeded.users.map((user) => [user.username, user.password]));

    app = await buildApp(ctx, { webDir: outDir });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (address === null || typeof address === 'string') throw new Error('the server has no TCP address');
    // localhost, not 127.0.0.1: Chromium keeps Secure cookies from http://localhost only.
    const baseUrl = `http://localhost:${address.port}`;

    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-gpu',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.clock.install({ time: clock() });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // Fail a step in seconds with Playwright's own message rather than at the test's 30 s timeout.
    page.setDefaultTimeout(10_000);

    return {
      ctx,
      app,
      browser,
      page,
      baseUrl,
      passwords,
      pageErrors,
      async signIn(username) {
        const password = passwords.get(username);
        if (!password) throw new Error(`no demo user ${username}`);
        await page.goto(`${baseUrl}/`);
        await page.waitForURL(/\/sign-in/);
        await page.getByLabel('Username').fill(username);
        await page.getByLabel('Password').fill(password);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.getByTestId('current-user').waitFor();
      },
      async signOut() {
        await page.getByRole('button', { name: 'Sign out' }).click();
        await page.waitForURL(/\/sign-in/);
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

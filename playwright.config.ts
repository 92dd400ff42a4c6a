import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium: Playwright cannot download its own browsers on our machines. */
const executablePath = process.env.POLYHELP_CHROMIUM ?? '/usr/bin/chromium';
/**
 * The preview server's port. By default it is derived from the checkout's folder, so two checkouts tested at once
 * on one machine never reuse each other's server (`reuseExistingServer` would silently test the other build).
 */
const folderHash = [...process.cwd()].reduce(
  (hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0,
  7,
);
const port = Number(process.env.POLYHELP_E2E_PORT ?? 4322 + 3 * (folderHash % 500));
/** The fallback fixture site (e2e/fixtures/fallback-site): articles missing in most locales, built on its own. */
const fixturePort = port + 1;
const fixtureSpecs = /(fallback-pages|code-blocks|feedback|browse-pages)\.spec\.ts/;
/** The search fixture site (e2e/fixtures/search-site): one article in the scripts Pagefind treats differently. */
const searchFixturePort = port + 2;
const searchFixtureSpecs = /search-scripts\.spec\.ts/;
/**
 * The fixture site is built with symptom feedback on, posting to this loopback port, where feedback.spec.ts starts
 * (and stops) its own endpoint. Above every checkout's preview ports (4322-5823), so checkouts never share it.
 */
const feedbackPort = Number(process.env.POLYHELP_E2E_FEEDBACK_PORT ?? port + 1502);
process.env.POLYHELP_E2E_FEEDBACK_PORT = String(feedbackPort);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'] },
      testIgnore: [fixtureSpecs, searchFixtureSpecs],
    },
    {
      name: 'fallback-fixture',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${fixturePort}` },
      testMatch: fixtureSpecs,
    },
    {
      name: 'search-fixture',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${searchFixturePort}` },
      testMatch: searchFixtureSpecs,
    },
  ],
  // Tests run against the production build in dist/ (`npm test` builds it first).
  webServer: [
    {
      command: `astro preview --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}/en-us/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // Astro allows one `astro preview` per project, so the fixture build is served by Vite's static preview.
      command: `POLYHELP_CONTENT_DIR=e2e/fixtures/fallback-site/content POLYHELP_FEEDBACK_URL=http://127.0.0.1:${feedbackPort}/feedback astro build --outDir dist-fallback-fixture && node scripts/index-search.ts --site dist-fallback-fixture && vite preview --outDir dist-fallback-fixture --host 127.0.0.1 --port ${fixturePort} --strictPort`,
      url: `http://127.0.0.1:${fixturePort}/en-us/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: `POLYHELP_CONTENT_DIR=e2e/fixtures/search-site/content astro build --outDir dist-search-fixture && node scripts/index-search.ts --site dist-search-fixture && vite preview --outDir dist-search-fixture --host 127.0.0.1 --port ${searchFixturePort} --strictPort`,
      url: `http://127.0.0.1:${searchFixturePort}/en-us/`,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
    },
  ],
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SphinxProvider } from '../../src/transcription/engine/sphinx/sphinx.provider.js';
import { spawnServer, waitForListening, type ServerProcess } from '../../test/helpers/server-process.js';

/**
 * The whole product in a real browser (Debian's Chromium through playwright-core) against a
 * real server process with a real SQLite database and the real PocketSphinx engine.
 * UPDATE_SCREENSHOTS=1 also refreshes docs/screenshots/.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const JFK = path.join(ROOT, 'test/fixtures/audio/jfk.wav');
const SCREENSHOTS = path.join(ROOT, 'docs/screenshots');
const missing = !fs.existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM}` : !new SphinxProvider().installed() ? 'PocketSphinx is not installed' : null;

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 860 };

describe.skipIf(missing !== null)(`the web UI end to end${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let server: ServerProcess;
  let base: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let dataDir: string;
  const consoleErrors: string[] = [];
  let transcriptUrl = '';

  const watch = (p: Page) => {
    p.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${message.text()} at ${message.location().url} on ${p.url()}`);
    });
    p.on('pageerror', (error) => consoleErrors.push(`${error.message} on ${p.url()}`));
  };

  const shoot = async (p: Page, name: string) => {
    if (process.env.UPDATE_SCREENSHOTS === '1') await p.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });
  };

  beforeAll(async () => {
    await build({ configFile: path.join(ROOT, 'web/vite.config.ts'), logLevel: 'warn' });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scriberr-e2e-ui-'));
    server = spawnServer({ DATA_DIR: dataDir, TRANSCRIPTION_DEFAULT_MODEL: 'pocketsphinx-en-us' });
    base = await waitForListening(server);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required'],
    });
    context = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true, colorScheme: 'light' });
    page = await context.newPage();
    watch(page);
  });

  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
    await server?.exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('registers the first account', async () => {
    await page.goto(base);
    await page.getByText('Create the first account').waitFor();
    await shoot(page, 'register-desktop');
    await page.getByLabel('Username').fill('ada');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Transcriptions' }).waitFor();
    await page.getByRole('img', { name: 'Live updates connected' }).waitFor();
  });

  it('uploads jfk.wav and watches it complete through live updates', async () => {
    const listRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/transcriptions?')) listRequests.push(request.url());
    });
    await page.getByLabel('Audio or video files').setInputFiles(JFK);
    const row = page.getByRole('list', { name: 'Transcriptions' }).getByRole('listitem').filter({ hasText: 'jfk.wav' });
    await row.waitFor();
    await row.getByText('processing').or(row.getByText('completed')).first().waitFor({ timeout: 60_000 });
    await row.getByText('completed').waitFor({ timeout: 120_000 });
    // Progress arrived over the event stream: the list was not polled on a timer meanwhile.
    expect(listRequests.length).toBeLessThan(8);
    await shoot(page, 'library-desktop');
  });

  it('opens the transcript, and clicking a word moves the player there', async () => {
    await page.getByRole('link', { name: 'jfk.wav' }).click();
    transcriptUrl = page.url();
    const word = page.locator('[data-word]').filter({ hasText: 'country' }).first();
    await word.waitFor();
    const start = Number(await word.getAttribute('data-start'));
    expect(start).toBeGreaterThan(1);
    await page.locator('audio').evaluate((audio: HTMLAudioElement) => new Promise((resolve) => (audio.readyState >= 1 ? resolve(null) : audio.addEventListener('loadedmetadata', () => resolve(null), { once: true }))));
    await word.click();
    await expect.poll(async () => page.locator('audio').evaluate((audio: HTMLAudioElement) => audio.currentTime)).toBeCloseTo(start, 1);
    // The clicked word becomes the highlighted one.
    await expect.poll(async () => page.locator('[aria-current="true"]').first().textContent()).toBe(await word.textContent());
    await shoot(page, 'transcript-desktop');
  });

  it('downloads the SRT with the first cue in place', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SRT' }).click()]);
    expect(download.suggestedFilename()).toBe('jfk.srt');
    const file = await download.path();
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    expect(lines[0]).toBe('1');
    expect(lines[1]).toMatch(/^00:00:\d\d,\d{3} --> 00:00:\d\d,\d{3}$/);
    expect(lines[2]?.trim().length).toBeGreaterThan(0);
  });

  it('shows settings', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await page.getByText('API keys').first().waitFor();
    await shoot(page, 'settings-desktop');
  });

  it('renders in the dark theme at phone width without horizontal scrolling', async () => {
    // A second tab of the same browser: it shares the stored session with the first one, which
    // must stay logged in after this tab rotates the refresh token.
    const phonePage = await context.newPage();
    await phonePage.setViewportSize(PHONE);
    await phonePage.emulateMedia({ colorScheme: 'dark' });
    watch(phonePage);
    try {
      for (const [url, name, ready] of [
        [base, 'library-phone', 'Transcriptions'],
        [transcriptUrl, 'transcript-phone', 'jfk.wav'],
        [`${base}/settings`, 'settings-phone', 'Settings'],
      ] as const) {
        await phonePage.goto(url);
        await phonePage.getByRole('heading', { name: ready }).first().waitFor();
        expect(await phonePage.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
        const overflow = await phonePage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, name).toBeLessThanOrEqual(0);
        await shoot(phonePage, name);
      }
      // Both tabs reload at once, as when a browser restores them, without Web Locks (as on a
      // plain-http LAN address): their refreshes race, and neither may be logged out.
      await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined }));
      for (let round = 0; round < 3; round += 1) {
        await Promise.all([page.reload(), phonePage.reload()]);
        await Promise.all([page.getByRole('heading', { name: 'Settings' }).waitFor(), phonePage.getByRole('heading', { name: 'Settings' }).waitFor()]);
      }
      expect(await page.getByText('Your session has expired').count()).toBe(0);
    } finally {
      await phonePage.close();
    }
  });

  it('retries with a chosen model; deleting one of two transcriptions keeps their shared recording; renames on the transcript page', async () => {
    await page.goto(base);
    const rows = page.getByRole('list', { name: 'Transcriptions' }).getByRole('listitem');
    await rows.first().getByRole('button', { name: 'Actions for jfk.wav' }).click();
    await page.getByRole('menuitem', { name: 'Retry…' }).click();
    const retry = page.getByRole('dialog', { name: 'Retry transcription' });
    await retry.getByLabel('Model').selectOption('pocketsphinx-en-us');
    await retry.getByRole('button', { name: 'Retry' }).click();
    await retry.waitFor({ state: 'hidden' });
    await expect.poll(() => rows.count()).toBe(2);

    // Newest first: the second row is the original, completed one.
    await rows.nth(1).getByRole('button', { name: 'Actions for jfk.wav' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete transcription?' });
    await confirm.getByText('The recording is kept: other transcriptions use it.').waitFor();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => rows.count()).toBe(1);

    await page.getByRole('link', { name: 'jfk.wav' }).click();
    const duration = await page.locator('audio').evaluate(
      (audio: HTMLAudioElement) => new Promise<number>((resolve) => (audio.readyState >= 1 ? resolve(audio.duration) : audio.addEventListener('loadedmetadata', () => resolve(audio.duration), { once: true }))),
    );
    expect(duration).toBeCloseTo(11, 0);

    // The transcript page has the same actions: rename it there.
    await page.getByRole('button', { name: 'Actions for jfk.wav' }).click();
    await page.getByRole('menuitem', { name: 'Rename' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename transcription' });
    await rename.getByLabel('Title').fill('Inaugural address');
    await rename.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Inaugural address' }).waitFor();
  });

  it('logged no errors in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});

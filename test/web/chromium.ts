// Chromium and the built UI for the browser tests. Each test file may build the UI and launch
// Chromium itself; a whole run (scripts/run-tests.mjs) instead builds the UI once and starts one
// Chromium whose endpoint it hands to every test file through the environment, since a build and
// a browser start cost seconds of CPU and the files would otherwise each pay for both.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Browser, BrowserContext, BrowserServer, Download } from 'playwright-core';
import { projectPath } from '../../src/paths.js';

/** The UI the runner built for this run, from the sources as they are now. */
const SHARED_WEB_DIR = 'CHRONICLE_TEST_WEB_DIR';
/** The websocket of the Chromium the runner started for this run. */
const SHARED_BROWSER_WS = 'CHRONICLE_TEST_BROWSER_WS';

/** CHROMIUM_PATH, else the first `chromium` or `chromium-browser` on PATH (where Debian installs it). */
export function chromiumPath(): string | null {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of ['chromium', 'chromium-browser'])
    for (const dir of dirs) if (existsSync(join(dir, name))) return join(dir, name);
  return null;
}

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const VIEWPORT = { width: 1280, height: 800 };

/** Builds the web UI with Vite into a fresh folder (so tests never use a stale dist/). */
async function buildUiInto(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: projectPath('src', 'web', 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
}

/** A built UI and how to let it go (a shared build stays for the other files). */
export interface BuiltUi {
  dir: string;
  release(): void;
}

/** The UI built for this run by the runner, else a fresh build of its own. */
export async function buildUi(): Promise<BuiltUi> {
  const shared = process.env[SHARED_WEB_DIR];
  if (shared && existsSync(join(shared, 'index.html'))) return { dir: shared, release: () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-web-'));
  await buildUiInto(dir);
  return { dir, release: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A browser context of the file's own (closing it closes what it opened). */
export interface LaunchedContext {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh context in the run's Chromium, else (none, or it does not answer) a Chromium of its own with a throwaway profile. */
export async function launch(executablePath: string): Promise<LaunchedContext> {
  const { chromium } = await import('playwright-core');
  const endpoint = process.env[SHARED_BROWSER_WS];
  if (endpoint) {
    let browser: Browser | undefined;
    try {
      browser = await chromium.connect(endpoint, { timeout: 60_000 });
    } catch {
      // the run's browser is gone: start one here rather than fail every test of the file
    }
    if (browser) {
      const connected = browser;
      const context = await connected.newContext({ viewport: VIEWPORT });
      return { context, close: () => connected.close() };
    }
  }
  const profile = mkdtempSync(join(tmpdir(), 'chronicle-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, viewport: VIEWPORT, args: CHROMIUM_ARGS });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A download's text, read through playwright (a browser shared over a websocket keeps no local path). */
export async function downloadedText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** What a whole run shares with its test files: the environment that names them, and how to stop them. */
export interface SharedUi {
  env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * Builds the UI once and starts one Chromium (where found) for a whole run. Whatever fails here is
 * left to each file to do itself, where its failure is reported by the test that needs it.
 */
export async function startSharedUi(): Promise<SharedUi> {
  const env: Record<string, string> = {};
  const webDir = mkdtempSync(join(tmpdir(), 'chronicle-web-'));
  let server: BrowserServer | undefined;
  try {
    await buildUiInto(webDir);
    env[SHARED_WEB_DIR] = webDir;
  } catch (err) {
    console.error(`# the UI was not built once for the run (each browser test file builds its own): ${(err as Error).message}`);
  }
  const executablePath = chromiumPath();
  if (executablePath) {
    try {
      const { chromium } = await import('playwright-core');
      server = await chromium.launchServer({ executablePath, headless: true, args: CHROMIUM_ARGS });
      env[SHARED_BROWSER_WS] = server.wsEndpoint();
    } catch (err) {
      console.error(`# no Chromium shared by the run (each browser test file starts its own): ${(err as Error).message}`);
    }
  }
  return {
    env,
    async close() {
      await server?.close();
      rmSync(webDir, { recursive: true, force: true });
    },
  };
}

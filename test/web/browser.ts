// Helpers for the browser tests: find Debian's chromium, build the UI into a temp folder,
// launch chromium through playwright-core with a throwaway profile.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { projectPath } from '../../src/paths.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { startServer, type ServerOptions } from '../../src/server/app.js';
import { fixtureServer, type TestServer } from '../server/helpers.js';
import { ingest } from '../../src/ingest/index.js';

/** CHROMIUM_PATH, else the first `chromium` or `chromium-browser` on PATH (where Debian installs it). */
export function chromiumPath(): string | null {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of ['chromium', 'chromium-browser'])
    for (const dir of dirs) if (existsSync(join(dir, name))) return join(dir, name);
  return null;
}

/** Builds the web UI with Vite into a fresh folder (so tests never use a stale dist/). */
export async function buildUi(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'chronicle-web-'));
  const { build } = await import('vite');
  await build({
    configFile: projectPath('src', 'web', 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

export async function launch(executablePath: string): Promise<BrowserContext> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'chronicle-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** A fixture folder ingested by the real pipeline into a fresh SQLite store, served with the built UI, and a browser page. */
export interface FixtureCorpusInBrowser {
  url: string;
  page: Page;
  close(): Promise<void>;
}

/** Ingests `test/fixtures/<fixture…>`, starts the server on it and opens Chromium; `close` removes it all. */
export async function openFixtureCorpus(executablePath: string, ...fixture: string[]): Promise<FixtureCorpusInBrowser> {
  const webDir = await buildUi();
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-fixture-'));
  const store = new SqliteStore(join(dir, 'fixture.db'));
  await ingest([projectPath('test', 'fixtures', ...fixture)], store);
  const server = await startServer({ store, port: 0, host: '127.0.0.1', staticDir: webDir });
  await server.corpusReady();
  const context = await launch(executablePath);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    url: server.url,
    page,
    async close() {
      await context.close();
      await server.close();
      await store.close();
      for (const d of [dir, webDir]) rmSync(d, { recursive: true, force: true });
    },
  };
}

/** The fixture corpus server (test/server/helpers.ts) serving a freshly built UI, and a browser page on it. */
export interface FixtureServerInBrowser {
  server: TestServer;
  page: Page;
  /** The built UI, for a test that serves another database with it. */
  webDir: string;
  close(): Promise<void>;
}

export async function openFixtureServer(executablePath: string, opts: Partial<ServerOptions> = {}): Promise<FixtureServerInBrowser> {
  const webDir = await buildUi();
  const server = await fixtureServer({ staticDir: webDir, ...opts });
  const context = await launch(executablePath);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    server,
    page,
    webDir,
    async close() {
      await context.close();
      await server.close();
      rmSync(webDir, { recursive: true, force: true });
    },
  };
}

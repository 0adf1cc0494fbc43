// Helpers for the browser tests: the set-up a suite calls once (server, browser and page opened
// before its tests and closed after them), over the UI build and Chromium of chromium.ts.
import { after, before } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { projectPath } from '../../src/paths.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { startServer, type ServerOptions } from '../../src/server/app.js';
import { fixtureServer, type TestServer } from '../server/helpers.js';
import { buildUi, chromiumPath, launch } from './chromium.js';
import { ingestedDatabase } from './shared-ingest.js';

export { downloadedText } from './chromium.js';

/** The `skip` option of every browser test: false where Chromium is found, else why the test is skipped. */
export const skip: string | false = chromiumPath() ? false : 'chromium not found on PATH (apt-get install chromium, or set CHROMIUM_PATH): browser tests skipped';

/** A fresh SQLite store, with the articles of `folders` ingested by the real pipeline (none: an empty store; the project's own folders: a copy of the run's one ingest), served with a built UI. */
export interface ServedStore {
  url: string;
  store: SqliteStore;
  close(): Promise<void>;
}

export async function serveFolders(webDir: string, folders: string[], opts: Partial<ServerOptions> = {}): Promise<ServedStore> {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-served-'));
  if (folders.length) await ingestedDatabase(join(dir, 'served.db'), folders);
  const store = new SqliteStore(join(dir, 'served.db'));
  const server = await startServer({ store, port: 0, host: '127.0.0.1', staticDir: webDir, ...opts });
  // Merged events and claims are computed in the background: the tests check their final state.
  await server.corpusReady();
  return {
    url: server.url,
    store,
    async close() {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A server (what `serve` starts with the freshly built UI) and a browser page, with the way to close them all. */
interface Opened<S> {
  served: S;
  page: Page;
  webDir: string;
  close(): Promise<void>;
}

async function openInBrowser<S extends { close(): Promise<void> }>(executablePath: string, serve: (webDir: string) => Promise<S>): Promise<Opened<S>> {
  const ui = await buildUi();
  const served = await serve(ui.dir);
  const browser = await launch(executablePath);
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  return {
    served,
    page,
    webDir: ui.dir,
    async close() {
      await browser.close();
      await served.close();
      ui.release();
    },
  };
}

/** A test file's own set-up, run once its server and page are open. */
export type SetUp = () => void | Promise<void>;

/**
 * Opens a server and a browser page in the calling test file's `before` hook (where Chromium is
 * found), then runs `setUp`, and closes them in its `after` hook. The file's own set-up goes in
 * `setUp`, not in a `before` of its own: node:test starts a file's top-level `before` hooks as
 * they are declared, side by side, so another one would not wait for the page. The accessor
 * throws where nothing was opened, which only a test run despite `skip` (or after a failed
 * set-up) can reach.
 */
function perSuite<S extends { close(): Promise<void> }>(serve: (webDir: string) => Promise<S>, setUp?: SetUp): () => Opened<S> {
  let opened: Opened<S> | undefined;
  before(async () => {
    const executable = chromiumPath();
    if (!executable) return;
    opened = await openInBrowser(executable, serve);
    await setUp?.();
  });
  after(async () => {
    await opened?.close();
  });
  return () => {
    if (!opened) throw new Error('the browser suite is not set up: no Chromium, or its before hook failed');
    return opened;
  };
}

/** The fixture corpus server (test/server/helpers.ts) serving a freshly built UI, and a browser page on it. */
export interface FixtureServerSuite {
  server: TestServer;
  page: Page;
  /** The built UI, for a test that serves another database with it. */
  webDir: string;
}

/** The fixture corpus server and a browser page, for the whole test file (see perSuite). */
export function fixtureServerSuite(opts: Partial<ServerOptions> = {}, setUp?: SetUp): FixtureServerSuite {
  const opened = perSuite((webDir) => fixtureServer({ staticDir: webDir, ...opts }), setUp);
  return {
    get server() { return opened().served; },
    get page() { return opened().page; },
    get webDir() { return opened().webDir; },
  };
}

/** `test/fixtures/<…fixture>` ingested by the real pipeline into a fresh store, served with the built UI, and a browser page. */
export interface FixtureCorpusSuite {
  url: string;
  page: Page;
}

/** A fixture folder through the real pipeline and a browser page, for the whole test file (see perSuite). */
export function fixtureCorpusSuite(fixture: string[], setUp?: SetUp): FixtureCorpusSuite {
  const opened = perSuite((webDir) => serveFolders(webDir, [projectPath('test', 'fixtures', ...fixture)]), setUp);
  return {
    get url() { return opened().served.url; },
    get page() { return opened().page; },
  };
}

/** The bundled demo corpus (demo/) through the real pipeline, a browser page on it and a getter for its API, for the whole test file (see perSuite). */
export interface DemoSuite extends FixtureCorpusSuite {
  json<T>(path: string): Promise<T>;
  /** Opens a view (a hash such as "#/timeline") from a blank page and waits for `selector` (a hang guard, not a speed check). */
  open(hash: string, selector?: string): Promise<void>;
}

export function demoCorpusSuite(setUp?: SetUp): DemoSuite {
  const opened = perSuite((webDir) => serveFolders(webDir, [projectPath('demo')]), setUp);
  return {
    get url() { return opened().served.url; },
    get page() { return opened().page; },
    json: async <T>(path: string): Promise<T> => (await (await fetch(`${opened().served.url}${path}`)).json()) as T,
    open: async (hash: string, selector = '#main[data-ready] .view'): Promise<void> => {
      const { page, served } = opened();
      await page.goto('about:blank');
      await page.goto(`${served.url}/${hash}`);
      await page.waitForSelector(selector, { timeout: 120_000 });
    },
  };
}

/**
 * Waits until `holds` returns true, checking every 50 ms: for a state an animation or a recomputation
 * reaches in its own time (a hang guard after `limitMs`, not a speed check). Returns whether it held.
 */
export async function eventually(holds: () => Promise<boolean>, limitMs = 60_000): Promise<boolean> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    if (await holds()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** What `zoomWatchingFocus` saw: frames watched, the first frame the element was gone or unfocused (0: never), and whether its transform changed. */
export interface ZoomWatch {
  frames: number;
  lostOn: number;
  moved: boolean;
}

/**
 * Presses the map's zoom button `label` from script (a click would move the focus to it) and, on every
 * frame until the zoom has eased out (it takes 300 ms; watched for 900), notes whether the element
 * `selector` names is still in the page and focused.
 */
export async function zoomWatchingFocus(page: Page, label: string, selector: string): Promise<ZoomWatch> {
  return page.evaluate(
    async ([button, watched]) => {
      const el = document.querySelector<Element>(watched)!;
      const before = el.getAttribute('transform');
      document.querySelector<HTMLButtonElement>(`.map-tools button[aria-label="${button}"]`)!.click();
      let frames = 0;
      let lostOn = 0;
      const started = performance.now();
      while (performance.now() - started < 900) {
        await new Promise(requestAnimationFrame);
        frames += 1;
        if (!lostOn && (!el.isConnected || document.activeElement !== el)) lostOn = frames;
      }
      return { frames, lostOn, moved: el.getAttribute('transform') !== before };
    },
    [label, selector] as const,
  );
}

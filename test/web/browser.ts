// Helpers for the browser tests: find Debian's chromium, build the UI into a temp folder,
// launch chromium through playwright-core with a throwaway profile.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { projectPath } from '../../src/paths.js';

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

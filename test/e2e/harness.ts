/**
 * End-to-end harness: Debian's Chromium driven by playwright-core with the built extension
 * loaded (see ../shared/guides/toolchain.md), and fixture pages served on 127.0.0.1.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST = path.join(ROOT, '.output/chrome-mv3');
export const FIXTURES = path.join(ROOT, 'test/fixtures');
export const SCREENSHOTS = path.join(ROOT, 'docs/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Served {
  origin: string;
  close(): Promise<void>;
}

/** Serves `test/fixtures/` read-only; only GET of files inside it. */
export async function serveFixtures(): Promise<Served> {
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(FIXTURES, pathname);
    if (!file.startsWith(FIXTURES) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream';
    res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** Chromium with the built extension; `extraArgs` are added to the command line (the bench maps host names). */
export async function launchWithExtension(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(path.join(DIST, 'manifest.json'))) throw new Error(`no build at ${DIST}: run npm run build first`);
  const { context, close } = await launchWithExtensionAt(DIST, extraArgs);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker, close };
}

/**
 * Chromium with the unpacked extension in `dir` (ours, or one of the bench's anchor extensions,
 * which have no service worker) and a profile of its own, removed on close.
 */
export async function launchWithExtensionAt(dir: string, extraArgs: readonly string[] = []): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  const profile = mkdtempSync(path.join(tmpdir(), 'sourcelight-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      ...extraArgs,
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The tab id of the page showing `title`, found from the service worker. Without the "tabs"
 * permission (we do not ask for it) tab URLs and titles are hidden, so each tab's content script
 * is asked for its analysis instead.
 */
export async function tabIdFor(worker: Worker, title: string): Promise<number> {
  return worker.evaluate(async (wanted) => {
    interface TabsApi {
      query(q: object): Promise<{ id?: number }[]>;
      sendMessage(id: number, message: object): Promise<{ analysis?: { article?: { title?: string } } } | null>;
    }
    const api = (globalThis as unknown as { chrome: { tabs: TabsApi } }).chrome;
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      const answer = await api.tabs.sendMessage(tab.id, { source: 'sourcelight', type: 'get-analysis' }).catch(() => null);
      if (answer?.analysis?.article?.title === wanted) return tab.id;
    }
    throw new Error(`no tab shows "${wanted}"`);
  }, title);
}

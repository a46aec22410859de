/**
 * End-to-end harness for Firefox: Debian's `firefox-esr` driven by puppeteer-core over WebDriver
 * BiDi, with the Firefox MV2 build installed as a temporary add-on (see
 * ../shared/guides/toolchain.md). Fixture pages are served by ./harness.ts's `serveFixtures`.
 *
 * Also the pixel helpers shared with colors.test.ts: highlight pseudo-elements have no computed
 * style, so a highlight's colour is read back from a screenshot.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser as PuppeteerBrowser, type Page } from 'puppeteer-core';
import { ROOT } from './harness';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_DIST = path.join(ROOT, '.output/firefox-mv2');
/** A fixed moz-extension:// host, so the test can open the extension's own pages. */
export const EXTENSION_UUID = '5f0c8a1e-2b7d-4c39-9e51-0d6a3b8f4c21';

/** What the Firefox build is made from: a newer file here means the build is stale. */
const SOURCES = ['entrypoints', 'lib', 'utils', 'components', 'public', 'wxt.config.ts', 'package.json'];

function newestMtime(file: string): number {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(file).map((name) => newestMtime(path.join(file, name))));
}

/** Builds `.output/firefox-mv2` when it is missing or older than its sources (`npm test` builds Chrome only). */
export function ensureFirefoxBuild(): void {
  const manifest = path.join(FIREFOX_DIST, 'manifest.json');
  const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const newest = Math.max(...SOURCES.map((s) => newestMtime(path.join(ROOT, s))));
  if (built > newest) return;
  const result = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv2'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0 || !existsSync(manifest)) {
    throw new Error(`npx wxt build -b firefox --mv2 failed:\n${result.stdout}\n${result.stderr}`);
  }
}

interface GeckoManifest {
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string } };
}

/** Major.minor as one comparable number ("140.12.0esr" → 140.12). */
function versionNumber(version: string): number {
  const [major = '0', minor = '0'] = version.split('.');
  return Number(major) + Number.parseInt(minor, 10) / 1000;
}

export interface FirefoxSession {
  browser: PuppeteerBrowser;
  /** "140.12.0" */
  version: string;
  /** The add-on id (gecko id). */
  extensionId: string;
  /** `moz-extension://<uuid>` */
  extensionOrigin: string;
  /**
   * Why the build could not be installed as built and a copy with a lowered `strict_min_version`
   * was installed instead; null when the build installed as it is.
   */
  installedPatched: string | null;
  close(): Promise<void>;
}

/**
 * Launches headless firefox-esr and installs a snapshot of the Firefox build as a temporary
 * add-on (a snapshot, so a build running elsewhere cannot change it mid-install). If the browser
 * refuses the build as built (its `strict_min_version` is newer than this Firefox), a copy whose
 * only change is that minimum is installed instead, and `installedPatched` says why.
 */
export async function launchFirefox(): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX)) throw new Error(`no Firefox at ${FIREFOX}: apt-get install -y firefox-esr`);
  const snapshot = mkdtempSync(path.join(tmpdir(), 'sourcelight-firefox-ext-'));
  cpSync(FIREFOX_DIST, snapshot, { recursive: true });
  const manifestPath = path.join(snapshot, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as GeckoManifest;
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error('the Firefox build has no browser_specific_settings.gecko.id');

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    // Firefox 140 implements no BiDi viewport emulation: size the window instead.
    defaultViewport: null,
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
    },
  });
  const close = async () => {
    await browser.close().catch(() => undefined);
    rmSync(snapshot, { recursive: true, force: true });
  };
  try {
    const version = (await browser.version()).replace(/^firefox\//, '');
    let installedPatched: string | null = null;
    let extensionId: string;
    try {
      extensionId = await browser.installExtension(snapshot);
    } catch (error) {
      const minimum = manifest.browser_specific_settings?.gecko?.strict_min_version;
      if (!minimum || versionNumber(minimum) <= versionNumber(version)) throw error;
      installedPatched = `Firefox ${version} refuses the build: its strict_min_version is ${minimum} (${String(error).split('\n')[0]})`;
      manifest.browser_specific_settings!.gecko!.strict_min_version = version.split('.').slice(0, 2).join('.');
      writeFileSync(manifestPath, JSON.stringify(manifest));
      extensionId = await browser.installExtension(snapshot);
    }
    return { browser, version, extensionId, extensionOrigin: `moz-extension://${EXTENSION_UUID}`, installedPatched, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Opens one of the extension's own pages (`options.html`) in a new tab. Firefox 140 reports no
 * BiDi load events for moz-extension:// pages and the tab's realm is replaced on the way (the
 * page moves to the extension process), so `goto` is not awaited and the page is polled until
 * its script sees the extension API.
 */
export async function openExtensionPage(session: FirefoxSession, file: string): Promise<Page> {
  const page = await session.browser.newPage();
  const url = `${session.extensionOrigin}/${file}`;
  page.goto(url, { timeout: 0 }).catch(() => undefined);
  const deadline = Date.now() + 10000;
  for (;;) {
    const ready = await page
      .evaluate((href) => location.href === href && typeof (globalThis as { browser?: { storage?: unknown } }).browser?.storage === 'object', url)
      .catch(() => false);
    if (ready) return page;
    if (Date.now() > deadline) throw new Error(`${url} did not open`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export type Rgb = [number, number, number];

/**
 * Runs in a browser page: decodes a base64 PNG and returns its most common colour (over a
 * highlighted line of text, the highlight's fill blended over the page; glyphs and the
 * underline are the minority).
 */
export async function dominantColor(base64: string): Promise<Rgb> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  context.drawImage(bitmap, 0, 0);
  const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
  const counts = new Map<string, number>();
  for (let i = 0; i < data.length; i += 4) {
    const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best = '';
  let most = 0;
  for (const [key, count] of counts) {
    if (count > most) [best, most] = [key, count];
  }
  return best.split(',').map(Number) as Rgb;
}

/**
 * Runs in the article page: scrolls the first range of highlight `name` into view and returns
 * the box of its first line (at most 300 px wide) in viewport and in document coordinates, or
 * null when nothing is painted under it.
 */
export function firstHighlightBox(name: string): { viewport: Box; document: Box } | null {
  const range = [...(CSS.highlights.get(name) ?? [])][0] as Range | undefined;
  if (!range) return null;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const rect = range.getClientRects()[0];
  if (!rect) return null;
  const box = { x: rect.x, y: rect.y, width: Math.min(rect.width, 300), height: rect.height };
  return { viewport: box, document: { ...box, x: box.x + window.scrollX, y: box.y + window.scrollY } };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Runs in the article page: the CSS text of every rule of the document's adopted stylesheets. */
export function adoptedRuleTexts(): string[] {
  return document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
}

/** `#rrggbb` at `alpha` over white, as the browser blends a highlight's fill over a white page. */
export function overWhite(hex: string, alpha: number): Rgb {
  return [1, 3, 5].map((i) => Math.round(parseInt(hex.slice(i, i + 2), 16) * alpha + 255 * (1 - alpha))) as Rgb;
}

/** Each channel within `tolerance` (anti-aliasing, colour management). */
export function near(actual: Rgb, expected: Rgb, tolerance = 6): boolean {
  return actual.every((c, i) => Math.abs(c - expected[i]!) <= tolerance);
}

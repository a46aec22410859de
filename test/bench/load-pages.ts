/**
 * Reads the bench's inputs from the shared data folder (read in place, never copied;
 * ../shared/data/README.md) and the seed fixture from test/fixtures.
 *
 * Page URLs (what `analyze` gets as `options.url`, as a browser would know it): the Scrapinghub
 * ground truth's `url`; else the dev.jsonl `url` of that page; else the page's own canonical link
 * or og:url; else Readability's test-suite URL http://fakehost/test/page.html.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { GoldPage, GumText, ReadabilityExpectedMetadata } from './gold';

export type PageSet = 'scrapinghub' | 'readability' | 'seed';

export interface HtmlPage {
  /** "scrapinghub/<sha256>", "readability/<name>", "seed/trend-itu-cybercrime" (dev.jsonl ids). */
  id: string;
  set: PageSet;
  file: string;
  /** Reads (and gunzips) the HTML; not kept, to keep memory flat. */
  readHtml(): string;
}

export const FAKEHOST_URL = 'http://fakehost/test/page.html';

function readText(file: string): string {
  const buffer = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(buffer) : buffer).toString('utf8');
}

function htmlPage(id: string, set: PageSet, file: string): HtmlPage {
  return { id, set, file, readHtml: () => readText(file) };
}

export interface ScrapinghubSet {
  pages: HtmlPage[];
  truth: Map<string, { url: string; articleBody: string }>;
}

/** scrapinghub/html/<id>.html.gz + ground-truth.json {id: {url, articleBody}}, sorted by id. */
export function loadScrapinghub(dataDir: string): ScrapinghubSet {
  const dir = path.join(dataDir, 'scrapinghub');
  const raw = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string; articleBody?: string }>;
  const truth = new Map<string, { url: string; articleBody: string }>();
  const pages: HtmlPage[] = [];
  for (const hash of Object.keys(raw).sort()) {
    const file = path.join(dir, 'html', `${hash}.html.gz`);
    if (!existsSync(file)) continue;
    const entry = raw[hash] ?? {};
    truth.set(`scrapinghub/${hash}`, { url: entry.url ?? FAKEHOST_URL, articleBody: entry.articleBody ?? '' });
    pages.push(htmlPage(`scrapinghub/${hash}`, 'scrapinghub', file));
  }
  return { pages, truth };
}

export interface ReadabilityPage {
  page: HtmlPage;
  expected: ReadabilityExpectedMetadata;
}

/** readability/<name>/source.html + expected-metadata.json, sorted by name. */
export function loadReadability(dataDir: string): ReadabilityPage[] {
  const dir = path.join(dataDir, 'readability');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'source.html')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const metaFile = path.join(dir, name, 'expected-metadata.json');
      const expected = existsSync(metaFile) ? (JSON.parse(readFileSync(metaFile, 'utf8')) as ReadabilityExpectedMetadata) : {};
      return { page: htmlPage(`readability/${name}`, 'readability', path.join(dir, name, 'source.html')), expected };
    });
}

export function loadDevGold(dataDir: string): GoldPage[] {
  return readFileSync(path.join(dataDir, 'attribution', 'dev.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as GoldPage);
}

export function loadGumPersons(dataDir: string): GumText[] {
  return readFileSync(path.join(dataDir, 'gum-news', 'persons.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as GumText);
}

/**
 * The HTML of a dev.jsonl page: "readability/<name>" → readability/<name>/source.html,
 * "scrapinghub/<id>" → scrapinghub/html/<id>.html.gz, the seed → test/fixtures/seed/<name>.html
 * (the seed has no HTML in the shared data). null when the file does not exist.
 */
export function devPageHtml(pageId: string, dataDir: string, repoRoot: string): HtmlPage | null {
  const [set, name] = pageId.split('/', 2);
  if (!name) return null;
  const file =
    set === 'readability'
      ? path.join(dataDir, 'readability', name, 'source.html')
      : set === 'scrapinghub'
        ? path.join(dataDir, 'scrapinghub', 'html', `${name}.html.gz`)
        : set === 'seed'
          ? path.join(repoRoot, 'test', 'fixtures', 'seed', `${name}.html`)
          : null;
  return file && existsSync(file) ? htmlPage(pageId, set as PageSet, file) : null;
}

const LINK_OR_META = /<(link|meta)\b[^>]*>/gi;
const attr = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? null) : null;
};

/** The page's own canonical link or og:url, if absolute. */
export function declaredUrl(html: string): string | null {
  let og: string | null = null;
  for (const match of html.matchAll(LINK_OR_META)) {
    const tag = match[0];
    const kind = match[1]?.toLowerCase();
    if (kind === 'link' && attr(tag, 'rel')?.toLowerCase().split(/\s+/).includes('canonical')) {
      const href = attr(tag, 'href');
      if (href && /^https?:\/\//i.test(href)) return href;
    }
    if (kind === 'meta' && og === null && attr(tag, 'property')?.toLowerCase() === 'og:url') {
      const content = attr(tag, 'content');
      if (content && /^https?:\/\//i.test(content)) og = content;
    }
  }
  return og;
}

/**
 * `npm run bench` — one command, one report (test/bench/results.md, also printed).
 *
 *   npm run bench                  all pages (a few minutes on 2 cores)
 *   npm run bench -- --quick       ~20 pages or texts per area (or BENCH_QUICK=1)
 *   npm run bench -- --build       `npx wxt build` first, for fresh bundle sizes
 *   npm run bench -- --data DIR    data folder (default: SOURCELIGHT_DATA or ../shared/data)
 *   npm run bench -- --chromium    area 6 (content script in Chromium); without the flag it runs
 *                                  only when /usr/bin/chromium and .output/chrome-mv3 exist
 *
 * Areas: 1 body extraction (Scrapinghub metric) beside Readability and Defuddle; 2 metadata;
 * 3 quotes and speakers (SCORING.md); 4 people; 5 speed and size; 6 the content script in Chromium;
 * 7 people and quotes on plain text in Chromium (warm). A page or text that throws is
 * listed in "Failures" and never stops the run. The metric self-tests run first.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { installedVersion, loadLinkedom } from './anchors';
import { bodySection } from './areas/body';
import { bundleReport } from './areas/bundle';
import { CHROMIUM_PATH, chromiumSection, chromiumUnavailable, runChromium } from './areas/chromium';
import { chromiumTextSection, runChromiumText } from './areas/chromium-text';
import { metadataSection } from './areas/metadata';
import { peopleSection } from './areas/people';
import { quotesSection } from './areas/quotes';
import { measureHeap, speedSection } from './areas/speed';
import { blockedRequestUrls } from './dom';
import { getGc } from './gc';
import type { GoldPage } from './gold';
import {
  declaredUrl,
  devPageHtml,
  FAKEHOST_URL,
  loadDevGold,
  loadGumPersons,
  loadReadability,
  loadScrapinghub,
  type HtmlPage,
} from './load-pages';
import { runMetricSelfTests } from './metrics/selftest';
import { loadGumAttributions } from './gum-attributions';
import { limitFor, parseOptions } from './options';
import { renderSection, table, type Failure, type Section } from './report';
import { runPages, warmUp, type DefuddleDom, type PageJob, type PageRun } from './run-pages';
import { loadSourcelight } from './sourcelight';

function gitCommit(repoRoot: string): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    return dirty ? `${sha} (with uncommitted changes)` : sha;
  } catch {
    return 'unknown';
  }
}

function describeBlocked(urls: readonly string[]): string {
  if (urls.length === 0) return '0';
  const shown = [...new Set(urls)].slice(0, 3).map((u) => u.slice(0, 80));
  return `${urls.length}: ${shown.join(', ')}${urls.length > shown.length ? ', …' : ''}`;
}

async function main(): Promise<number> {
  const started = performance.now();
  const options = parseOptions(process.argv.slice(2), process.env);
  const log = (line: string): void => void process.stderr.write(`${line}\n`);

  const selfTests = runMetricSelfTests();
  log(`bench: ${selfTests} metric self-tests passed`);

  if (options.build) {
    log('bench: npx wxt build …');
    const build = spawnSync('npx', ['wxt', 'build'], { cwd: options.repoRoot, stdio: 'inherit' });
    if (build.status !== 0) log(`bench: build failed (exit ${build.status}); bundle sizes may be stale or missing`);
  }

  const api = await loadSourcelight(options.repoRoot);
  if (api.unavailable) log(`bench: Sourcelight ${api.unavailable}`);
  const readabilityVersion = installedVersion(options.repoRoot, '@mozilla/readability');
  const defuddleVersion = installedVersion(options.repoRoot, 'defuddle');

  // Inputs, limited per area in --quick mode.
  const scrapinghub = loadScrapinghub(options.dataDir);
  const bodyPages = limitFor(options, scrapinghub.pages);
  const readabilityPages = limitFor(options, loadReadability(options.dataDir));
  const dev = limitFor(options, loadDevGold(options.dataDir));
  const gum = limitFor(options, loadGumPersons(options.dataDir));
  const gumAttributions = limitFor(options, loadGumAttributions(options.dataDir));
  const devWithHtml: { gold: GoldPage; page: HtmlPage }[] = [];
  const devSkipped: string[] = [];
  for (const gold of dev) {
    const page = devPageHtml(gold.page, options.dataDir, options.repoRoot);
    if (page) devWithHtml.push({ gold, page });
    else devSkipped.push(gold.page);
  }

  // One job per distinct page; Defuddle only where the body is scored.
  const devUrl = new Map(dev.map((g) => [g.page, g.url]));
  const jobs = new Map<string, PageJob>();
  const addJob = (page: HtmlPage, withDefuddle: boolean): void => {
    const existing = jobs.get(page.id);
    if (existing) {
      existing.withDefuddle ||= withDefuddle;
      return;
    }
    const url = scrapinghub.truth.get(page.id)?.url ?? devUrl.get(page.id) ?? declaredUrl(page.readHtml()) ?? FAKEHOST_URL;
    jobs.set(page.id, { page, url, withDefuddle });
  };
  for (const page of bodyPages) addJob(page, true);
  for (const { page } of devWithHtml) addJob(page, false);
  for (const { page } of readabilityPages) addJob(page, false);

  const failures: Failure[] = [];
  const jobList = [...jobs.values()];
  log(`bench: ${jobList.length} pages (${bodyPages.length} Scrapinghub, ${readabilityPages.length} Readability, ${devWithHtml.length} dev.jsonl with HTML)${options.quick ? ' — quick' : ''}`);
  const linkedom = options.defuddleDom === 'linkedom' ? await loadLinkedom() : null;
  const defuddleDom: DefuddleDom = linkedom ? { name: 'linkedom', parse: linkedom } : { name: 'happy-dom', parse: null };
  if (options.defuddleDom === 'linkedom' && !linkedom) log('bench: linkedom not loadable; Defuddle runs on happy-dom');
  await warmUp(jobList, api, defuddleDom);
  const runs = await runPages(jobList, api, defuddleDom, failures);
  const runOf = (id: string): PageRun => {
    const run = runs.get(id);
    if (!run) throw new Error(`no run for ${id}`);
    return run;
  };

  const sections: Section[] = [];
  sections.push(
    bodySection({
      pages: bodyPages,
      truth: scrapinghub.truth,
      runs,
      readabilityVersion,
      defuddleVersion: `${defuddleVersion} (${defuddleDom.name})`,
      sourcelightUnavailable: api.analyze ? null : api.unavailable,
      defuddleUnavailable: null,
    }),
  );
  const devRuns = devWithHtml.map(({ gold, page }) => ({ gold, run: runOf(page.id) }));
  sections.push(
    metadataSection({
      devPages: devRuns,
      devSkipped,
      readabilityPages: readabilityPages.map(({ page, expected }) => ({ id: page.id, expected, run: runOf(page.id) })),
      sourcelightUnavailable: api.analyze ? null : api.unavailable,
      readabilityVersion,
    }),
  );
  sections.push(quotesSection({ pages: devRuns, skipped: devSkipped, sourcelightUnavailable: api.analyze ? null : api.unavailable, gum: gumAttributions, analyzeText: api.analyzeText }));
  log('bench: people …');
  sections.push(peopleSection({ gum, analyzeText: api.analyzeText, devPages: devRuns, unavailable: api.unavailable, failures }));

  log('bench: heap and bundle …');
  const allRuns = [...runs.values()];
  const largest = allRuns.reduce<PageRun | null>((a, b) => (a === null || b.htmlChars > a.htmlChars ? b : a), null);
  const heap = largest ? await measureHeap(largest, api.analyze, getGc()) : null;
  sections.push(
    speedSection({
      runs: allRuns,
      heap,
      bundle: bundleReport(options.repoRoot),
      sourcelightUnavailable: api.analyze ? null : api.unavailable,
      readabilityVersion,
    }),
  );

  // Area 6: the built extension in Chromium, on every Readability and Scrapinghub page and the seed.
  const chromiumFlag = process.argv.includes('--chromium');
  const chromiumMissing = chromiumUnavailable(options.repoRoot);
  if (chromiumMissing) {
    log(`bench: chromium skipped: ${chromiumMissing}`);
    sections.push(chromiumSection({ skipped: `${chromiumMissing}${chromiumFlag ? ' (--chromium given)' : ''}` }));
  } else {
    const seed = devPageHtml('seed/trend-itu-cybercrime', options.dataDir, options.repoRoot);
    const chromiumPages = limitFor(options, [...readabilityPages.map((r) => r.page), ...bodyPages, ...(seed ? [seed] : [])]);
    log(`bench: chromium, ${chromiumPages.length} pages …`);
    try {
      sections.push(chromiumSection(await runChromium(chromiumPages, options.repoRoot, log)));
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      log(`bench: chromium failed: ${message}`);
      sections.push(chromiumSection({ skipped: `could not run: ${message}` }));
    }
  }

  // Area 7: people and quotes on plain text in Chromium (needs only /usr/bin/chromium).
  if (!existsSync(CHROMIUM_PATH)) sections.push(chromiumTextSection({ skipped: `no Chromium at ${CHROMIUM_PATH}` }));
  else {
    log('bench: text stages in chromium …');
    const pageTexts = devRuns
      .map(({ gold, run }) => ({ id: gold.page, text: run.sourcelight.output?.article.text ?? '' }))
      .filter((t) => t.text.length > 0);
    try {
      sections.push(chromiumTextSection(await runChromiumText(options.repoRoot, gum, pageTexts)));
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      log(`bench: chromium text stages failed: ${message}`);
      sections.push(chromiumTextSection({ skipped: `could not run: ${message}` }));
    }
  }

  const failureBody =
    failures.length === 0
      ? ['None: no page or text threw.']
      : [`${failures.length} page(s) or text(s) threw; each is scored as an empty output.`, table(['area', 'tool', 'id', 'message'], failures.map((f) => [f.area, f.tool, f.id, f.message]))];
  sections.push({ title: 'Failures', body: failureBody });

  const seconds = (performance.now() - started) / 1000;
  const header = [
    '# Sourcelight bench',
    '',
    table(
      ['', ''],
      [
        ['date', new Date().toISOString().replace(/\.\d+Z$/, 'Z')],
        ['command', `\`${options.command}\``],
        ['commit', gitCommit(options.repoRoot)],
        ['node', process.version],
        ['data', path.relative(options.repoRoot, options.dataDir) || options.dataDir],
        ['mode', options.quick ? `quick (≤ 20 pages or texts per area)` : 'full'],
        ['Sourcelight', api.unavailable ?? 'lib/analyze.ts'],
        ['anchors', `@mozilla/readability ${readabilityVersion} (happy-dom), defuddle ${defuddleVersion} (${defuddleDom.name}); same run, same machine`],
        ['requests happy-dom attempted while parsing (answered 404 locally, none sent)', describeBlocked(blockedRequestUrls())],
        ['run time', `${seconds.toFixed(1)} s`],
      ],
    ),
    '',
  ].join('\n');
  const markdown = `${header}\n${sections.map(renderSection).join('\n')}`;
  writeFileSync(options.outFile, markdown);
  process.stdout.write(`${markdown}\n`);
  log(`bench: wrote ${path.relative(options.repoRoot, options.outFile)} in ${seconds.toFixed(1)} s`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);

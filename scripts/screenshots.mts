/**
 * `npm run screenshots`: README screenshots of real pages from test/fixtures/real with the built
 * extension (run `npm run build` first). Saved real pages come without their stylesheets, so
 * each shot is scrolled to the first highlighted quote.
 */
import path from 'node:path';
import { launchWithExtension, serveFixtures, SCREENSHOTS } from '../test/e2e/harness';

const PAGES = [
  ['real/wapo-1/source.html', 'wapo-page.png'],
  ['real/crn-291a8bf33ee4/source.html', 'crn-page.png'],
  ['real/nytimes-1/source.html', 'nytimes-page.png'],
] as const;

const served = await serveFixtures();
const browser = await launchWithExtension();
try {
  for (const [page, file] of PAGES) {
    const tab = await browser.context.newPage();
    await tab.goto(`${served.origin}/${page}`);
    await tab.waitForFunction(() => CSS.highlights.has('sourcelight-quote') || CSS.highlights.has('sourcelight-reported'), undefined, { timeout: 15000 });
    await tab.evaluate(() => {
      const ranges = [...(CSS.highlights.get('sourcelight-quote') ?? []), ...(CSS.highlights.get('sourcelight-reported') ?? [])] as Range[];
      const top = Math.min(...ranges.map((r) => r.getBoundingClientRect().top));
      window.scrollTo(0, top + window.scrollY - 120);
    });
    await tab.screenshot({ path: path.join(SCREENSHOTS, file) });
    console.log(`saved docs/screenshots/${file}`);
    await tab.close();
  }
} finally {
  await browser.close();
  await served.close();
}

/**
 * Builds the article script (entrypoints/content/article-script.ts) as an ES module, beside the
 * content script, and makes it loadable by the content script's `import()`
 * (entrypoints/content/page-gate.ts says why the content script is split). WXT bundles content
 * scripts as single IIFE files and has no option for this; this is the way its ES-module
 * content-script example takes: after WXT's build, a Vite library build with the content
 * script's own Vite config (same aliases, defines for the target browser, plugins).
 *
 * The file is a web-accessible resource for http(s) pages, as `import()` from a content script
 * requires. In Chrome its URL is dynamic (`use_dynamic_url`: a per-session id instead of the
 * extension's), so a page cannot probe for the extension by fetching it.
 */
import { resolve } from 'node:path';
import { build, mergeConfig, type InlineConfig } from 'vite';
import { defineWxtModule } from 'wxt/modules';

const ENTRY = 'content/article-script.ts';
/** Output path inside the extension; page-gate.ts's ARTICLE_SCRIPT_PATH names it too (a unit test checks). */
export const ARTICLE_SCRIPT_FILE = 'content-scripts/article.js';

export default defineWxtModule((wxt) => {
  let contentConfig: InlineConfig | null = null;
  let matches: string[] = [];
  wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => {
    const content = entrypoints.find((entrypoint) => entrypoint.type === 'content-script' && entrypoint.name === 'content');
    if (content?.type === 'content-script') {
      contentConfig = config;
      matches = content.options.matches ?? [];
    }
  });

  wxt.hooks.hook('build:manifestGenerated', (_, manifest) => {
    manifest.web_accessible_resources ??= [];
    // WXT rewrites this MV3 shape to MV2's list of paths for Firefox (which has no dynamic URLs).
    (manifest.web_accessible_resources as unknown[]).push({ resources: [ARTICLE_SCRIPT_FILE], matches, use_dynamic_url: true });
  });

  wxt.hooks.hook('build:done', async () => {
    if (!contentConfig) throw new Error('article-script: the content script was not built, so its Vite config is unknown');
    const outDir = resolve(wxt.config.outDir, 'content-scripts');
    await build(
      mergeConfig(contentConfig, {
        // The folder already holds the content script.
        build: {
          emptyOutDir: false,
          outDir,
          lib: { entry: resolve(wxt.config.entrypointsDir, ENTRY), formats: ['es'], fileName: () => 'article.js' },
          // One file, as the content script: the settings module stays inside, evaluated on first
          // use. Minified as WXT minifies the content script (a library build's ES output is not).
          // The post-banner (after minifying, which drops comments) is V8's explicit compile hint
          // (Chrome 136+; other engines read a comment):
          // compile every function at once. The module is streamed, so that compile runs on a
          // background thread, and the article's first read no longer stops to compile each
          // function it calls on the page's main thread (fresh tabs: −5 ms median, A/B page by page).
          rollupOptions: { output: { entryFileNames: 'article.js', codeSplitting: false, minify: true, postBanner: '//# allFunctionsCalledOnLoad' } },
        },
      } satisfies InlineConfig),
    );
  });

  wxt.hooks.hook('prepare:publicPaths', (_, paths) => {
    paths.push(ARTICLE_SCRIPT_FILE);
  });
});

/**
 * The moment the content script starts to run: imported first by ./index.ts, so this mark is the
 * first statement of the bundle after the bundler's own helpers. Everything after it (evaluating
 * the modules, WXT's context, our set-up) is counted in `sourcelight:startup`, which the bench
 * adds to the analysis' main-thread time ("from injection to highlights painted", issue #6).
 */
performance.mark('sourcelight:injected');

/**
 * The moment the article script (./article-script.ts) starts to evaluate: imported first by it,
 * so this is the first statement of the module. Its evaluation is main-thread time of the first
 * read, which the page gate adds to the bench's measure.
 */
export const evaluationStart = performance.now();

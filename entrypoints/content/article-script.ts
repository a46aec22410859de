/**
 * The article script: an ES module the page gate (./page-gate.ts) loads with `import()` when a
 * page needs more than the pre-check, built on its own by modules/article-script.ts. It holds the
 * page's analysis (./page-analysis.ts), the answers to the extension's messages (./answers.ts)
 * and, once a read finds an article, the page's UI (./page-ui.ts: highlights → card → keyboard).
 * It runs in the content script's own world, with the content script's context.
 */
// First: the start of the module's evaluation (see the file).
import { evaluationStart } from './article-script-start';
import type { ScriptContext } from './script-context';
import { createAnswer, type Answer } from './answers';
import { findInTextInBackground } from './extension-calls';
import { PageSession, type SessionOpening } from './page-analysis';
import { init as initPageUi, type PageUi } from './page-ui';

export interface StartedArticleScript {
  page: PageSession;
  answer: Answer;
}

/** The module's exports, as the gate sees them. */
export interface ArticleScript {
  start: typeof start;
  evaluationMs: number;
}

export function start(ctx: ScriptContext, opening?: SessionOpening): StartedArticleScript {
  // People and quotes are found by the background, off the page's main thread; after an
  // extension update (context invalidated) nothing more is done.
  const page = new PageSession(
    { elsewhere: (text, blocks) => (ctx.isInvalid ? new Promise(() => undefined) : findInTextInBackground(text, blocks)) },
    opening,
  );
  // Highlights, card and keys: set up by the first read that finds an article (inside that
  // read, so the paint can follow the findings at once), never on other pages.
  let ui: PageUi | null = null;
  page.onArticleRead = () => {
    ui ??= initPageUi(ctx, page);
  };
  return { page, answer: createAnswer(ctx, page, () => ui) };
}

/** Main-thread ms this module took to evaluate (its imports included). */
export const evaluationMs = performance.now() - evaluationStart;

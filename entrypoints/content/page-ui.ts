/**
 * What the content script shows on an article: the highlights, the hover card and the keyboard
 * navigation between quotes. It is set up when a read first finds an article, so a page that is
 * not one (most of the web) gets no listeners, no settings read and nothing painted.
 */
import type { ScriptContext } from './script-context';
import { init as initHighlights, type HighlightLayer } from './highlights';
import { init as initHoverCard } from './hover-card';
import { init as initKeyboard, type QuoteNavigator } from './keyboard';
import type { PageSession } from './page-analysis';

export interface PageUi {
  layer: HighlightLayer;
  navigator: QuoteNavigator;
}

export function init(ctx: ScriptContext, page: PageSession): PageUi {
  const layer = initHighlights(ctx, page);
  const card = initHoverCard(ctx, page, layer);
  return { layer, navigator: initKeyboard(ctx, layer, card) };
}

/**
 * The card shown over a highlighted quote: speaker, title, kind, cue, how the speaker was
 * resolved, and "Copy quote with citation". Plain data in, one callback out; ShadowCard
 * (./shadow-card.ts) puts it inside a shadow root.
 *
 * Built with DOM calls rather than Preact: it is the content script's only view, and Preact's
 * runtime cost that script about 5 KiB gzipped (bench area 5), on every article page now that it
 * is part of the article script (entrypoints/content/page-gate.ts). Text goes in through
 * `textContent` only, never markup.
 */
import type { HoverCardData } from './card-data';

/** One element with a class, attributes and text. */
function el(doc: Document, tag: string, attrs: Record<string, string>, text?: string): HTMLElement {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The card for `data`. `onCopy` puts the quote with its citation on the clipboard; the status
 * line then says "Copied", or "Couldn’t copy" when it rejects.
 */
export function renderHoverCard(doc: Document, data: HoverCardData, onCopy: () => Promise<void>): HTMLElement {
  const who = data.speakerName ?? (data.anonymous ? 'Unnamed source' : 'Speaker not found');
  const card = el(doc, 'div', { class: 'card', role: 'dialog', 'aria-label': `Quote by ${who}`, 'data-testid': 'hover-card', 'data-quote': data.quoteId });

  const whoLine = el(doc, 'div', { class: 'who' });
  whoLine.append(el(doc, 'span', { class: 'name', 'data-testid': 'hover-speaker' }, who));
  if (data.speakerTitle) whoLine.append(el(doc, 'span', { class: 'title', 'data-testid': 'hover-title' }, data.speakerTitle));

  const facts = el(doc, 'dl', { class: 'facts' });
  const kind = el(doc, 'dd', {});
  kind.append(el(doc, 'span', { class: `kind kind-${data.kind}`, 'data-testid': 'hover-kind' }, data.kindLabel));
  facts.append(
    el(doc, 'dt', {}, 'Quote'),
    kind,
    el(doc, 'dt', {}, 'Cue'),
    el(doc, 'dd', { 'data-testid': 'hover-cue' }, data.cue ? `“${data.cue}”` : 'none (inferred)'),
    el(doc, 'dt', {}, 'Speaker'),
    el(doc, 'dd', { 'data-testid': 'hover-resolution', 'data-resolution': data.resolution ?? 'none' }, data.resolutionNote),
  );

  const actions = el(doc, 'div', { class: 'actions' });
  const button = el(doc, 'button', { type: 'button', class: 'copy', 'data-testid': 'hover-copy' }, 'Copy quote with citation');
  const status = el(doc, 'span', { class: 'status', role: 'status', 'data-testid': 'hover-copy-status' });
  button.addEventListener('click', () => {
    onCopy().then(
      () => (status.textContent = 'Copied'),
      () => (status.textContent = 'Couldn’t copy'),
    );
  });
  actions.append(button, status);

  card.append(whoLine, facts, actions);
  return card;
}

/**
 * The names our highlights are registered under in `CSS.highlights`, styled in highlights.css:
 * direct quotes, reported (indirect and mixed) quotes, people (speakers and officials), and the
 * quote the reader is on (focus ring). A module of its own, as the painter and the colour sheet
 * both need them.
 */
export const HIGHLIGHT_NAMES = {
  quote: 'sourcelight-quote',
  reported: 'sourcelight-reported',
  person: 'sourcelight-person',
  focus: 'sourcelight-focus',
} as const;

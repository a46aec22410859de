/**
 * The card's styles, applied inside its shadow root only (a constructed stylesheet, or a <style>
 * inside the root where constructed sheets are unavailable): they cannot leak into the page, and
 * the host's `all: initial` keeps the page's inherited styles out.
 */
export const HOVER_CARD_CSS = `
:host { all: initial; }
.card {
  position: absolute;
  box-sizing: border-box;
  width: max-content;
  max-width: 340px;
  min-width: 220px;
  padding: 10px 12px;
  border-radius: 8px;
  border: 1px solid #c9ccd1;
  background: #ffffff;
  color: #1d2025;
  box-shadow: 0 4px 18px rgba(0, 0, 0, 0.18);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  text-align: left;
  pointer-events: auto;
}
.who { display: flex; flex-direction: column; gap: 2px; margin-bottom: 8px; }
.name { font-weight: 650; font-size: 14px; }
.title { color: #4a4f57; }
.facts { display: grid; grid-template-columns: auto 1fr; gap: 3px 10px; margin: 0 0 10px; }
dt { color: #6a7079; }
dd { margin: 0; }
.kind { display: inline-block; padding: 0 6px; border-radius: 4px; font-weight: 600; border-bottom: 2px solid #b07800; }
.kind-direct { background: rgba(255, 200, 0, 0.45); }
.kind-indirect { background: rgba(255, 200, 0, 0.2); border-bottom-style: dashed; }
.kind-mixed { background: rgba(255, 200, 0, 0.3); border-bottom-style: dotted; }
.actions { display: flex; align-items: center; gap: 8px; }
.copy {
  font: inherit;
  padding: 4px 10px;
  border-radius: 6px;
  border: 1px solid #1a5fb4;
  background: #1a5fb4;
  color: #ffffff;
  cursor: pointer;
}
.copy:focus-visible { outline: 2px solid #1a5fb4; outline-offset: 2px; }
.status { color: #2a7a2a; }
@media (prefers-color-scheme: dark) {
  .card { background: #23262b; color: #eceef1; border-color: #454a52; }
  .title { color: #b9bec6; }
  dt { color: #9aa0a8; }
  .kind { color: #1d2025; }
  .status { color: #7fd07f; }
}
`;

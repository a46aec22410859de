/**
 * The options page as a function of the settings: default citation style, highlight colours,
 * sites with highlights turned off, and what Sourcelight does with your data (nothing leaves the
 * browser). Plain data in, callbacks out; the entrypoint stores the changes.
 */
import { CITATION_STYLES, isCitationStyle } from '../lib/cite';
import type { CitationStyle } from '../lib/cite';
import type { HighlightColors, Settings } from '../utils/settings-schema';

export interface OptionsViewProps {
  /** null while the settings are being read. */
  settings: Settings | null;
  onCitationStyleChange: (style: CitationStyle) => void;
  onHighlightColorChange: (kind: keyof HighlightColors, hex: string) => void;
  onHighlightColorsReset: () => void;
  onSiteRemove: (host: string) => void;
  onGlobalToggle: (enabled: boolean) => void;
}

const COLOR_LABELS: { kind: keyof HighlightColors; label: string; cue: string }[] = [
  { kind: 'quote', label: 'Direct quotes', cue: 'solid underline' },
  { kind: 'reported', label: 'Reported speech', cue: 'dashed underline' },
  { kind: 'person', label: 'Speakers and officials', cue: 'dotted underline' },
];

export function OptionsView(props: OptionsViewProps) {
  const { settings } = props;
  return (
    <main class="options" aria-busy={settings === null}>
      <h1 class="options__title">Sourcelight options</h1>
      {settings === null ? (
        <p role="status">Loading your settings…</p>
      ) : (
        <>
          <section class="options__section" aria-labelledby="citation-heading">
            <h2 id="citation-heading">Citations</h2>
            <label class="option">
              <span class="option__label">Default citation style</span>
              <select
                data-testid="options-style"
                value={settings.citationStyle}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  if (isCitationStyle(value)) props.onCitationStyleChange(value);
                }}
              >
                {CITATION_STYLES.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                  </option>
                ))}
              </select>
            </label>
            <p class="option__hint">The popup starts with this style; choosing another style there changes it here too.</p>
          </section>

          <section class="options__section" aria-labelledby="highlights-heading">
            <h2 id="highlights-heading">Highlights</h2>
            <label class="option option--inline">
              <input
                type="checkbox"
                data-testid="options-global"
                checked={settings.highlightsEnabled}
                onChange={(event) => props.onGlobalToggle(event.currentTarget.checked)}
              />
              <span>Highlight quotes and speakers on news articles</span>
            </label>
            <fieldset class="colors">
              <legend>Colours</legend>
              {COLOR_LABELS.map(({ kind, label, cue }) => (
                <label key={kind} class="option option--inline">
                  <input
                    type="color"
                    data-testid={`options-color-${kind}`}
                    value={settings.highlightColors[kind]}
                    onChange={(event) => props.onHighlightColorChange(kind, event.currentTarget.value)}
                  />
                  <span>
                    {label} <span class="option__hint">({cue}, {settings.highlightColors[kind]})</span>
                  </span>
                </label>
              ))}
              <button type="button" class="button" data-testid="options-reset-colors" onClick={props.onHighlightColorsReset}>
                Reset colours
              </button>
            </fieldset>
          </section>

          <section class="options__section" aria-labelledby="sites-heading">
            <h2 id="sites-heading">Sites with highlights turned off</h2>
            {settings.disabledSites.length === 0 ? (
              <p class="option__hint" data-testid="options-no-sites">
                None. Turn highlights off for a site from the toolbar popup while you are on it.
              </p>
            ) : (
              <ul class="sites" data-testid="options-sites">
                {settings.disabledSites.map((host) => (
                  <li key={host} class="site">
                    <span class="site__host">{host}</span>
                    <button
                      type="button"
                      class="button"
                      data-testid="options-remove-site"
                      aria-label={`Turn highlights back on for ${host}`}
                      onClick={() => props.onSiteRemove(host)}
                    >
                      Remove
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}

      <section class="options__section" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Your data</h2>
        <p data-testid="options-privacy">
          Nothing leaves your browser. Sourcelight reads the article you are viewing on your own computer; it has no
          server, no account, no analytics and makes no network requests. Your settings and citation corrections are
          kept in this browser's extension storage only.
        </p>
      </section>
    </main>
  );
}

/**
 * The two highlight switches. "This site" is only offered when the page has a host name; when
 * highlights are off everywhere the site switch still records the choice for later.
 */
export interface HighlightTogglesProps {
  /** Host name of the page ("en.trend.az"), null when unknown. */
  host: string | null;
  /** The site is not in the disabled list. */
  siteEnabled: boolean;
  globalEnabled: boolean;
  onSiteToggle: (enabled: boolean) => void;
  onGlobalToggle: (enabled: boolean) => void;
}

export function HighlightToggles(props: HighlightTogglesProps) {
  return (
    <fieldset class="toggles">
      <legend class="visually-hidden">Highlights</legend>
      {props.host && (
        <label class="toggle">
          <input
            type="checkbox"
            role="switch"
            data-testid="toggle-site"
            checked={props.siteEnabled}
            onChange={(event) => props.onSiteToggle(event.currentTarget.checked)}
          />
          <span class="toggle__text">
            Highlights on this site <span class="toggle__host">{props.host}</span>
          </span>
        </label>
      )}
      <label class="toggle">
        <input
          type="checkbox"
          role="switch"
          data-testid="toggle-global"
          checked={props.globalEnabled}
          onChange={(event) => props.onGlobalToggle(event.currentTarget.checked)}
        />
        <span class="toggle__text">Highlights everywhere</span>
      </label>
    </fieldset>
  );
}

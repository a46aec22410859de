/**
 * "Copy citation" with its style picker and the editable fields (title, authors, site, date, URL).
 * The view only reports choices, edits and clicks; the popup entrypoint formats the citation,
 * writes the clipboard and remembers the style and the edits.
 */
import { useId } from 'preact/hooks';
import { CITATION_STYLES, isCitationStyle } from '../lib/cite';
import type { CitationStyle } from '../lib/cite';
import type { CitationFields } from '../utils/settings-schema';
import { dateFieldError } from './citation-fields';
import { CopyStatus, useCopyStatus } from './CopyStatus';

export interface CitationControlsProps {
  style: CitationStyle;
  onStyleChange: (style: CitationStyle) => void;
  /** Resolves once the citation is on the clipboard; a rejection shows "Couldn't copy". */
  onCopy: (style: CitationStyle) => Promise<void> | void;
  /** The fields the citation is built from (the reader's corrections, else the page's data). */
  fields?: CitationFields;
  /** The fields differ from the page's data (and are remembered for this URL). */
  edited?: boolean;
  onFieldsChange?: (fields: CitationFields) => void;
  /** "Reset to page's data". */
  onFieldsReset?: () => void;
}

export function CitationControls(props: CitationControlsProps) {
  const [status, run] = useCopyStatus();
  const copy = () => run(() => props.onCopy(props.style));

  return (
    <section class="citation card__section" aria-labelledby="citation-heading">
      <h3 class="card__heading" id="citation-heading">
        Cite this article
      </h3>
      <div class="citation__row">
        <label class="citation__style">
          <span class="citation__style-label">Citation style</span>
          <select
            data-testid="style-picker"
            value={props.style}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isCitationStyle(value)) props.onStyleChange(value);
            }}
          >
            {CITATION_STYLES.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="button button--primary" data-testid="copy-citation" onClick={copy}>
          Copy citation
        </button>
      </div>
      <CopyStatus status={status} testId="copy-status" />
      {props.fields && props.onFieldsChange && (
        <CitationFieldsEditor
          fields={props.fields}
          edited={props.edited ?? false}
          onChange={props.onFieldsChange}
          onReset={props.onFieldsReset}
        />
      )}
    </section>
  );
}

function CitationFieldsEditor(props: {
  fields: CitationFields;
  edited: boolean;
  onChange: (fields: CitationFields) => void;
  onReset?: () => void;
}) {
  const id = useId();
  const { fields } = props;
  const dateError = dateFieldError(fields.date);
  const change = (patch: Partial<CitationFields>) => props.onChange({ ...fields, ...patch });
  return (
    <details class="fields" data-testid="citation-fields" open={props.edited || undefined}>
      <summary class="fields__summary">
        Edit details{props.edited && <span class="fields__badge"> (edited for this page)</span>}
      </summary>
      <p class="fields__hint">Fix what the page got wrong; your changes are remembered for this article.</p>
      <div class="field">
        <label class="field__label" for={`${id}-title`}>
          Title
        </label>
        <input id={`${id}-title`} type="text" data-testid="field-title" value={fields.title} onInput={(e) => change({ title: e.currentTarget.value })} />
      </div>
      <div class="field">
        <label class="field__label" for={`${id}-authors`}>
          Authors
        </label>
        <textarea
          id={`${id}-authors`}
          rows={Math.min(4, Math.max(2, fields.authors.length))}
          data-testid="field-authors"
          aria-describedby={`${id}-authors-hint`}
          value={fields.authors.join('\n')}
          onInput={(e) => change({ authors: e.currentTarget.value.split('\n') })}
        />
        <span class="field__hint" id={`${id}-authors-hint`}>
          One per line: “Family, Given” for a person, the name alone for an organisation.
        </span>
      </div>
      <div class="field">
        <label class="field__label" for={`${id}-site`}>
          Site or publication
        </label>
        <input id={`${id}-site`} type="text" data-testid="field-site" value={fields.site} onInput={(e) => change({ site: e.currentTarget.value })} />
      </div>
      <div class="field">
        <label class="field__label" for={`${id}-date`}>
          Date published
        </label>
        <input
          id={`${id}-date`}
          type="text"
          inputMode="numeric"
          placeholder="YYYY-MM-DD"
          data-testid="field-date"
          aria-invalid={dateError ? 'true' : undefined}
          aria-describedby={`${id}-date-hint`}
          value={fields.date}
          onInput={(e) => change({ date: e.currentTarget.value })}
        />
        <span class={dateError ? 'field__hint field__hint--error' : 'field__hint'} id={`${id}-date-hint`}>
          {dateError ? `${dateError}; the page's date is used until then.` : 'YYYY-MM-DD, YYYY-MM or YYYY; empty for no date.'}
        </span>
      </div>
      <div class="field">
        <label class="field__label" for={`${id}-url`}>
          URL
        </label>
        <input id={`${id}-url`} type="url" data-testid="field-url" value={fields.url} onInput={(e) => change({ url: e.currentTarget.value })} />
      </div>
      {props.onReset && (
        <button type="button" class="button" data-testid="reset-fields" disabled={!props.edited} onClick={props.onReset}>
          Reset to page's data
        </button>
      )}
    </details>
  );
}

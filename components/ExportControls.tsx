/** "Export quotes": every quote with speaker, title, kind and link, as Markdown, CSV or JSON. */
import { useState } from 'preact/hooks';
import { EXPORT_FORMATS, isExportFormat } from '../lib/export';
import type { ExportFormat } from '../lib/export';
import { CopyStatus, useCopyStatus } from './CopyStatus';

export interface ExportControlsProps {
  /** Resolves once the file is handed to the browser (download) or copied. */
  onExport: (format: ExportFormat) => Promise<void> | void;
}

export function ExportControls(props: ExportControlsProps) {
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const [status, run] = useCopyStatus();
  return (
    <section class="card__section export" aria-labelledby="export-heading">
      <h3 class="card__heading" id="export-heading">
        Export quotes
      </h3>
      <div class="citation__row">
        <label class="citation__style">
          <span class="citation__style-label">Format</span>
          <select
            data-testid="export-format"
            value={format}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isExportFormat(value)) setFormat(value);
            }}
          >
            {EXPORT_FORMATS.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="button" data-testid="export-quotes" onClick={() => void run(() => props.onExport(format))}>
          Export quotes
        </button>
      </div>
      <CopyStatus status={status} testId="export-status" copied="Exported" failed="Couldn't export" />
    </section>
  );
}

/** The options page adapter: reads and watches the settings, writes what the reader changes. */
import { useEffect, useState } from 'preact/hooks';
import { OptionsView } from '../../components/OptionsView';
import type { CitationStyle } from '../../lib/cite';
import {
  getSettings,
  resetHighlightColors,
  setCitationStyle,
  setHighlightColors,
  setHighlightsEnabled,
  setSiteEnabled,
  watchSettings,
} from '../../utils/settings';
import { defaultHighlightColors, withSiteEnabled } from '../../utils/settings-schema';
import type { HighlightColors, Settings } from '../../utils/settings-schema';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  // Each change shows at once, then is stored; the watcher brings back the validated value.
  const update = (change: (current: Settings) => Settings) => setSettings((current) => current && change(current));

  return (
    <OptionsView
      settings={settings}
      onCitationStyleChange={(style: CitationStyle) => {
        update((s) => ({ ...s, citationStyle: style }));
        void setCitationStyle(style);
      }}
      onHighlightColorChange={(kind: keyof HighlightColors, hex: string) => {
        update((s) => ({ ...s, highlightColors: { ...s.highlightColors, [kind]: hex } }));
        void setHighlightColors({ [kind]: hex }).catch(() => undefined);
      }}
      onHighlightColorsReset={() => {
        update((s) => ({ ...s, highlightColors: defaultHighlightColors() }));
        void resetHighlightColors();
      }}
      onSiteRemove={(host: string) => {
        update((s) => withSiteEnabled(s, host, true));
        void setSiteEnabled(host, true);
      }}
      onGlobalToggle={(enabled: boolean) => {
        update((s) => ({ ...s, highlightsEnabled: enabled }));
        void setHighlightsEnabled(enabled);
      }}
    />
  );
}

/**
 * The popup adapter: finds the tab, asks its content script, keeps settings in step with storage,
 * and hands plain data and callbacks to `PopupView`.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { PopupView } from '../../components/PopupView';
import { popupStateFromResponse } from '../../components/popup-state';
import type { PopupState } from '../../components/popup-state';
import { formatCitation } from '../../lib/cite';
import type { CitationStyle } from '../../lib/cite';
import {
  defaultSettings,
  getSettings,
  isSiteAllowed,
  setCitationStyle,
  setHighlightsEnabled,
  setSiteEnabled,
  watchSettings,
  withSiteEnabled,
} from '../../utils/settings';
import type { Settings } from '../../utils/settings';
import { hostOfResponse } from '../../utils/messages';
import { copyToClipboard, findTargetTab, hostOf, requestAnalysis, scrollToQuote } from './tab';
import type { TargetTab } from './tab';

export function App() {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);

  const load = useCallback(async () => {
    setState({ kind: 'loading' });
    try {
      const target = await findTargetTab();
      const answer = target ? await requestAnalysis(target.id) : undefined;
      // The content script names its page's host: the tab URL may be hidden from the popup.
      setTab(target && { ...target, host: hostOfResponse(answer) ?? target.host });
      setState(target ? popupStateFromResponse(answer) : { kind: 'cannot-read' });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    void load();
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, [load]);

  const analysis = state.kind === 'article' || state.kind === 'not-article' ? state.analysis : null;
  // The tab's URL is hidden from us on some browsers without the "tabs" permission; the page's
  // canonical URL names the same site.
  const host = tab?.host ?? hostOf(analysis?.article.url);
  const citationStyle = settings?.citationStyle ?? defaultSettings().citationStyle;

  const changeStyle = (style: CitationStyle) => {
    setSettings((current) => current && { ...current, citationStyle: style });
    void setCitationStyle(style);
  };

  const copyCitation = async (style: CitationStyle) => {
    if (state.kind !== 'article') return;
    const { text, html } = formatCitation(state.analysis.citation.csl, style);
    await copyToClipboard(text, html);
  };

  const toggleSite = (enabled: boolean) => {
    if (!host) return;
    setSettings((current) => current && withSiteEnabled(current, host, enabled));
    void setSiteEnabled(host, enabled);
  };

  const toggleGlobal = (enabled: boolean) => {
    setSettings((current) => current && { ...current, highlightsEnabled: enabled });
    void setHighlightsEnabled(enabled);
  };

  const selectQuote = (quoteId: string) => {
    if (tab) scrollToQuote(tab.id, quoteId).catch(() => {});
  };

  return (
    <PopupView
      state={state}
      citationStyle={citationStyle}
      toggles={
        settings && {
          host,
          siteEnabled: host ? isSiteAllowed(settings, host) : true,
          globalEnabled: settings.highlightsEnabled,
          onSiteToggle: toggleSite,
          onGlobalToggle: toggleGlobal,
        }
      }
      onCitationStyleChange={changeStyle}
      onCopyCitation={copyCitation}
      onQuoteSelect={selectQuote}
      onRetry={() => void load()}
    />
  );
}

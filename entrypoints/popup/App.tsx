/**
 * The popup adapter: finds the tab, asks its content script, keeps settings in step with storage,
 * and hands plain data and callbacks to `PopupView`.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { PopupView } from '../../components/PopupView';
import { popupStateFromResponse } from '../../components/popup-state';
import type { PopupState } from '../../components/popup-state';
import { cslWithFields, fieldsFromCsl, sameFields } from '../../components/citation-fields';
import { formatCitation, formatQuoteCitation } from '../../lib/cite';
import type { CitationStyle } from '../../lib/cite';
import { EXPORT_FORMATS, exportFileName, exportQuotes } from '../../lib/export';
import type { ExportFormat } from '../../lib/export';
import {
  clearCitationEdit,
  getCitationEdit,
  getSettings,
  setCitationEdit,
  setCitationStyle,
  setHighlightsEnabled,
  setSiteEnabled,
  watchSettings,
} from '../../utils/settings';
import { defaultSettings, isSiteAllowed, withSiteEnabled } from '../../utils/settings-schema';
import type { CitationFields, Settings } from '../../utils/settings-schema';
import { hostOfResponse } from '../../utils/messages';
import { copyToClipboard, downloadText, findTargetTab, hostOf, openOptionsPage, requestAnalysis, scrollToQuote } from './tab';
import type { TargetTab } from './tab';

export function App() {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  /** The reader's corrections to this article's citation (remembered per URL), null when none. */
  const [edit, setEdit] = useState<CitationFields | null>(null);

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
  const article = state.kind === 'article' ? state.analysis : null;
  const pageCsl = article?.citation.csl ?? null;
  // Edits are keyed by the URL the page gave (canonical), not by what the reader typed over it.
  const editKey = pageCsl ? (pageCsl.URL ?? article?.article.url ?? null) : null;
  const pageFields = useMemo(() => (pageCsl ? fieldsFromCsl(pageCsl) : null), [pageCsl]);

  useEffect(() => {
    setEdit(null);
    if (!editKey) return;
    let current = true;
    void getCitationEdit(editKey).then((stored) => current && setEdit(stored), () => undefined);
    return () => {
      current = false;
    };
  }, [editKey]);

  /** The item every copy and export uses: the page's, with the reader's corrections. */
  const csl = pageCsl && (edit ? cslWithFields(pageCsl, edit) : pageCsl);

  const changeFields = (fields: CitationFields) => {
    if (!editKey || !pageFields) return;
    if (sameFields(fields, pageFields)) {
      setEdit(null);
      void clearCitationEdit(editKey);
    } else {
      setEdit(fields);
      void setCitationEdit(editKey, fields).catch(() => undefined);
    }
  };

  const resetFields = () => {
    setEdit(null);
    if (editKey) void clearCitationEdit(editKey);
  };
  // The tab's URL is hidden from us on some browsers without the "tabs" permission; the page's
  // canonical URL names the same site.
  const host = tab?.host ?? hostOf(analysis?.article.url);
  const citationStyle = settings?.citationStyle ?? defaultSettings().citationStyle;

  const changeStyle = (style: CitationStyle) => {
    setSettings((current) => current && { ...current, citationStyle: style });
    void setCitationStyle(style);
  };

  const copyCitation = async (style: CitationStyle) => {
    if (!csl) return;
    const { text, html } = formatCitation(csl, style);
    await copyToClipboard(text, html);
  };

  const copyQuote = async (quoteId: string) => {
    const quote = article?.quotes.find((q) => q.id === quoteId);
    if (!article || !csl || !quote) throw new Error(`No quote ${quoteId}`);
    const { text, html } = formatQuoteCitation(quote, csl, citationStyle, article.article.text);
    await copyToClipboard(text, html);
  };

  const exportAll = (format: ExportFormat) => {
    if (!article || !csl) throw new Error('Nothing to export');
    const mime = EXPORT_FORMATS.find((f) => f.id === format)!.mime;
    downloadText(exportFileName(article, format), exportQuotes(article, format, csl), mime);
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
      onCopyQuote={copyQuote}
      citationFields={edit ?? pageFields ?? undefined}
      citationFieldsEdited={edit !== null}
      onCitationFieldsChange={changeFields}
      onCitationFieldsReset={resetFields}
      onExportQuotes={exportAll}
      onOpenOptions={openOptionsPage}
      onRetry={() => void load()}
    />
  );
}

/** Datelines that open a story's first paragraph, shared by the metadata and quote stages. Created
 * on first use (see LazyPattern): the content script's article script loads this module on every
 * article page, and reads the metadata only when asked. */
import { LazyPattern } from '../text/lazy-pattern';

/** Wire-story openings: "NAIROBI, Kenya —", "WASHINGTON (AP) —", "LONDON —". */
export const INLINE_DATELINE = new LazyPattern(() => /^((?:\p{Lu}[\p{Lu}.'-]+)(?: \p{Lu}[\p{Lu}.'-]+)*(?:, \p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*)*)?)(?: \([^)]{1,30}\))?\s*[-–—]+\s/u);
/** The same in mixed case, only before a real dash: "Indianapolis – Several thousand teachers…". */
export const INLINE_DATELINE_MIXED = new LazyPattern(() => /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)?)(?: \([^)]{1,30}\))? [–—] /u);


/** Datelines that open a story's first paragraph, shared by the metadata and quote stages. */

/** Wire-story openings: "NAIROBI, Kenya —", "WASHINGTON (AP) —", "LONDON —". */
export const INLINE_DATELINE = /^((?:\p{Lu}[\p{Lu}.'-]+)(?: \p{Lu}[\p{Lu}.'-]+)*(?:, \p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*)*)?)(?: \([^)]{1,30}\))?\s*[-–—]+\s/u;
/** The same in mixed case, only before a real dash: "Indianapolis – Several thousand teachers…". */
export const INLINE_DATELINE_MIXED = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)?)(?: \([^)]{1,30}\))? [–—] /u;


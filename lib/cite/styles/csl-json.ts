/** CSL-JSON: the item itself, keys in the guide's order, 2-space indent. */

import type { CslItem } from '../../types';

const KEY_ORDER: (keyof CslItem)[] = [
  'type', 'title', 'author', 'container-title', 'publisher', 'publisher-place', 'event-place', 'section',
  'issued', 'accessed', 'URL', 'language',
];

export function formatCslJson(item: CslItem): string {
  const ordered: Record<string, unknown> = {};
  const keys = [...KEY_ORDER, ...(Object.keys(item) as (keyof CslItem)[]).filter((k) => !KEY_ORDER.includes(k))];
  for (const key of keys) if (item[key] !== undefined) ordered[key] = item[key];
  return JSON.stringify(ordered, null, 2);
}

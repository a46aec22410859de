/**
 * Takes out the shadow hosts an earlier copy of the content script left in the page. Firefox, on
 * an extension update, unloads the old copy without letting it clean up and injects the new one
 * into the tabs already open (Chrome injects nothing into open tabs), so the old copy's card and
 * underline hosts would stay, with underlines no one lays out any more, beside the new ones.
 * Called when a host is created, once per host: the page never holds two of ours.
 */
export function removeLeftoverHosts(doc: Document, tag: string, ours: Element): void {
  for (const host of [...doc.getElementsByTagName(tag)]) if (host !== ours) host.remove();
}

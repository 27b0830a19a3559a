const STORAGE_KEY = 'supplydesk.token';

/**
 * The browser-mode token arrives once in the page URL. Keep it for this tab only
 * (sessionStorage survives reloads, not new tabs) and take it out of the address bar
 * so it is not copied, bookmarked or left in history.
 */
export function takeSessionToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  }
  return sessionStorage.getItem(STORAGE_KEY);
}

/** The token this tab already took; for requests outside the API (uploads, downloads). */
export function sessionToken(): string {
  return sessionStorage.getItem(STORAGE_KEY) ?? '';
}

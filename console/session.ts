// The admin token lives in sessionStorage only: it survives a reload of this tab, dies
// with the tab, and is never written to localStorage, a cookie or the URL.

const KEY = "goalpost-admin-token";

export function readToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null; // Storage disabled: the owner signs in again after a reload.
  }
}

export function saveToken(token: string) {
  try {
    sessionStorage.setItem(KEY, token);
  } catch {
    // Kept in memory by the caller for this page view.
  }
}

export function clearToken() {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
}

// Links inside label text. Nothing opens inside the app; an https: link may go to the system browser,
// but only after the user has read the whole address and said yes.

export type LinkDecision = { action: 'deny' } | { action: 'confirm'; url: string };

const MAX_URL = 2_048;

export function decideLink(url: string): LinkDecision {
  if (url.length > MAX_URL) return { action: 'deny' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { action: 'deny' };
  }
  // Credentials in a link are a classic way to disguise where it goes.
  if (parsed.protocol !== 'https:' || !parsed.hostname || parsed.username || parsed.password) return { action: 'deny' };
  return { action: 'confirm', url: parsed.href };
}

export interface ConfirmDialog {
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
}

/** The question shown before an https: link leaves the app; "Cancel" is the default. */
export function confirmLinkDialog(url: string): ConfirmDialog {
  return {
    title: 'Open a web page?',
    message: 'This link leads to a web page outside Wardbook.',
    detail: `It opens in your web browser, which uses the network:\n\n${url}\n\nOpen it only if you trust this address.`,
    buttons: ['Cancel', 'Open in browser'],
    defaultId: 0,
    cancelId: 0,
  };
}

export const OPEN_LINK_BUTTON = 1;

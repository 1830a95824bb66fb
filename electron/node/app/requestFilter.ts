// The session's request filter: nothing leaves the machine. Our own scheme, data: URLs and blob: URLs
// our own pages made are let through; everything else (http, https, file, ws, ftp…) is cancelled.
import { APP_HOST, APP_SCHEME } from './appProtocol.ts';

export function isRequestAllowed(url: string, options: { devTools: boolean } = { devTools: false }): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const ours = (u: URL) =>
    u.protocol === `${APP_SCHEME}:` && u.host.toLowerCase() === APP_HOST && u.username === '' && u.password === '';
  switch (parsed.protocol) {
    case `${APP_SCHEME}:`:
      return ours(parsed);
    case 'data:':
      return true;
    case 'blob:':
      try {
        return ours(new URL(parsed.pathname));
      } catch {
        return false;
      }
    case 'devtools:':
      return options.devTools;
    default:
      return false;
  }
}

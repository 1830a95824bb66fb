// What app://wardbook/… answers: the built renderer's files read from disk, with their MIME type and
// the CSP header. A pure function of the URL (and the folder), so every request the real window makes
// is unit-tested; Electron's protocol handler only wraps the answer in a Response. Files are read
// directly: a net.fetch(file://…) would pass through the session's request filter and be cancelled.
import { readFileSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'wardbook';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the window loads. */
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string;
}

const text = (status: number, body: string): AppResponse => ({
  status,
  headers: {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
  },
  body,
});

/** The file under `rendererDir` that `url` names, or the status that refuses it. */
export function resolveAppPath(rendererDir: string, url: string): { path: string } | { status: number } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 400 };
  }
  if (
    parsed.protocol !== `${APP_SCHEME}:` ||
    parsed.host.toLowerCase() !== APP_HOST ||
    parsed.username ||
    parsed.password
  )
    return { status: 404 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    // A malformed % escape: the request is wrong, not the app.
    return { status: 400 };
  }
  if (pathname.includes('\0')) return { status: 400 };
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const root = resolve(rendererDir);
  const path = resolve(root, `.${pathname}`);
  const inside = relative(root, path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return { status: 404 };
  return { path };
}

export function respondToAppRequest(rendererDir: string, url: string, method = 'GET'): AppResponse {
  if (method !== 'GET' && method !== 'HEAD') return text(405, 'Method not allowed');
  const target = resolveAppPath(rendererDir, url);
  if ('status' in target) return text(target.status, target.status === 400 ? 'Bad request' : 'Not found');
  const type = MIME[extname(target.path).toLowerCase()];
  if (!type) return text(404, 'Not found');
  let body: Buffer;
  try {
    if (!statSync(target.path).isFile()) return text(404, 'Not found');
    body = readFileSync(target.path);
  } catch {
    return text(404, 'Not found');
  }
  return {
    status: 200,
    headers: {
      'Content-Type': type,
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
    body: method === 'HEAD' ? '' : new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
  };
}

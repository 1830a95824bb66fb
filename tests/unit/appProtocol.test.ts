// The app:// protocol and the session's request filter, over every URL the built renderer requests.
// Before this, the handler answered by net.fetch(file://…), which the filter cancelled: no page loaded.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_ENTRY, APP_ORIGIN, CSP, respondToAppRequest } from '../../electron/node/app/appProtocol.ts';
import { isRequestAllowed } from '../../electron/node/app/requestFilter.ts';
import { ROOT, RENDERER } from '../support/paths.ts';

/** Every URL the built page asks for: the entry, its scripts, styles, and what the CSS references. */
function requestedUrls(): string[] {
  const html = readFileSync(join(RENDERER, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
  const urls = new Set([APP_ENTRY, `${APP_ORIGIN}/`]);
  for (const ref of refs) urls.add(new URL(ref, APP_ENTRY).href);
  for (const url of [...urls].filter((u) => u.endsWith('.css'))) {
    const css = readFileSync(join(RENDERER, new URL(url).pathname), 'utf8');
    for (const m of css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) urls.add(new URL(m[1]!, url).href);
  }
  return [...urls];
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

describe('app:// protocol', () => {
  beforeAll(() => {
    if (existsSync(join(RENDERER, 'index.html'))) return;
    const r = spawnSync('npm', ['run', 'build:renderer'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  }, 120_000);

  it('serves every URL the built renderer requests, with its type and the CSP, and lets each through the filter', () => {
    const urls = requestedUrls();
    expect(urls.filter((u) => u.endsWith('.js')).length).toBeGreaterThan(0);
    expect(urls.filter((u) => u.endsWith('.css')).length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(isRequestAllowed(url), url).toBe(true);
      if (url.startsWith('data:')) continue;
      const r = respondToAppRequest(RENDERER, url);
      expect(r.status, url).toBe(200);
      expect(r.headers['Content-Security-Policy']).toBe(CSP);
      expect(r.headers['X-Content-Type-Options']).toBe('nosniff');
      const type = r.headers['Content-Type']!;
      if (url.endsWith('.js')) expect(type).toMatch(/^text\/javascript/);
      else if (url.endsWith('.css')) expect(type).toMatch(/^text\/css/);
      else expect(type).toMatch(/^text\/html/);
      const onDisk = readFileSync(join(RENDERER, new URL(url).pathname === '/' ? 'index.html' : new URL(url).pathname));
      expect(Buffer.from(r.body as Uint8Array).equals(onDisk), url).toBe(true);
    }
  });

  it('serves every file of the renderer folder by its path', () => {
    for (const file of allFiles(RENDERER)) {
      const url = `${APP_ORIGIN}/${relative(RENDERER, file).split('\\').join('/')}`;
      expect(respondToAppRequest(RENDERER, url).status, url).toBe(200);
    }
  });

  it('answers a malformed % escape with 400 instead of throwing', () => {
    for (const url of [`${APP_ORIGIN}/%`, `${APP_ORIGIN}/assets/%E0%A4%A`, `${APP_ORIGIN}/a%00b.js`]) {
      const r = respondToAppRequest(RENDERER, url);
      expect(r.status, url).toBe(400);
      expect(r.headers['Content-Security-Policy']).toBe(CSP);
    }
  });

  it('reaches nothing outside the renderer folder, no other host, no folder, no unknown type', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wardbook-proto-'));
    const renderer = join(dir, 'renderer');
    writeFileSync(join(dir, 'secret.js'), 'secret');
    mkdirSync(join(renderer, 'assets'), { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<!doctype html>');
    writeFileSync(join(renderer, 'notes.txt'), 'x');
    for (const url of [
      `${APP_ORIGIN}/../secret.js`,
      `${APP_ORIGIN}/%2e%2e/secret.js`,
      `${APP_ORIGIN}/..%2fsecret.js`,
      `${APP_ORIGIN}/assets/..%2f..%2fsecret.js`,
      `${APP_ORIGIN}/..%5csecret.js`,
      `${APP_ORIGIN}/assets/`,
      `${APP_ORIGIN}/missing.js`,
      `${APP_ORIGIN}/notes.txt`,
      'app://other/index.html',
      'app://wardbook@other/index.html',
      'app://wardbook:8080/index.html',
      `file://${join(renderer, 'index.html')}`,
    ]) {
      const r = respondToAppRequest(renderer, url);
      expect(r.status, url).toBe(404);
      expect(String(r.body)).not.toContain('secret');
    }
    expect(respondToAppRequest(renderer, 'not a url').status).toBe(400);
    expect(respondToAppRequest(renderer, APP_ENTRY, 'POST').status).toBe(405);
    expect(respondToAppRequest(renderer, APP_ENTRY, 'HEAD')).toMatchObject({ status: 200, body: '' });
  });

  it('is answered from disk: the main process never fetches a file:// URL the filter would cancel', () => {
    const source = readFileSync(join(ROOT, 'electron/main/protocol.ts'), 'utf8');
    expect(source).not.toMatch(/net\.fetch|file:\/\//);
    expect(isRequestAllowed(`file://${join(RENDERER, 'index.html')}`)).toBe(false);
  });
});

describe('request filter', () => {
  it('lets our own origin, data: and our own blob: URLs through', () => {
    for (const url of [
      APP_ENTRY,
      `${APP_ORIGIN}/assets/x.js`,
      'data:,',
      'data:image/png;base64,AAAA',
      `blob:${APP_ORIGIN}/0c6a-11`,
    ])
      expect(isRequestAllowed(url), url).toBe(true);
  });

  it('cancels everything that would leave the machine or read the disk', () => {
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:8080/',
      'ws://localhost/',
      'file:///etc/passwd',
      'ftp://example.org/',
      'blob:https://example.org/0c6a',
      'blob:null/0c6a',
      'app://other/index.html',
      'app://wardbook@evil.example/',
      'chrome://gpu',
      'devtools://devtools/bundled/inspector.html',
      'not a url',
      '',
    ])
      expect(isRequestAllowed(url), url).toBe(false);
    expect(isRequestAllowed('devtools://devtools/bundled/inspector.html', { devTools: true })).toBe(true);
  });
});

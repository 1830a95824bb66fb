// Serves the built renderer from app://wardbook/ so pages get a real origin, correct MIME types and
// a CSP header. The answer is decided by respondToAppRequest (unit-tested); this only wraps it.
import { protocol } from 'electron';
import { APP_SCHEME, respondToAppRequest } from '../node/app/appProtocol.ts';

export function registerSchemeAsPrivileged(): void {
  // standard + secure: a real origin with relative URLs, localStorage and a secure context. No fetch
  // API, no CSP bypass, no service workers. corsEnabled lets the crossorigin module script load as a
  // same-origin CORS request; no response carries Access-Control-Allow-Origin, so no other origin reads it.
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, corsEnabled: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const { status, headers, body } = respondToAppRequest(rendererDir, request.url, request.method);
    return new Response(request.method === 'HEAD' ? null : body, { status, headers });
  });
}

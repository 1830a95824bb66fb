// Serves the built renderer on loopback through the very function Electron's app:// handler calls
// (respondToAppRequest): same files, same MIME types, same CSP, same refusals.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APP_ORIGIN, respondToAppRequest } from '../../electron/node/app/appProtocol.ts';

export async function serveDir(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const { status, headers, body } = respondToAppRequest(dir, `${APP_ORIGIN}${req.url ?? '/'}`, req.method);
    res.writeHead(status, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/index.html`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

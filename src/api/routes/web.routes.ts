import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';

// The UI only talks to this origin; styles may be inline (component libraries set them).
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

export const CLIENT_ROUTES = ['/', '/t/:id', '/models', '/profiles', '/settings'];

/**
 * Sends the app's page; its router takes it from there (and says when a page does not exist).
 * Read per request: it is tiny, and a rebuilt UI is served without a restart.
 */
export function indexSender(root: string): (reply: FastifyReply) => FastifyReply {
  return (reply) =>
    reply
      .header('cache-control', 'no-cache')
      .header('content-security-policy', CONTENT_SECURITY_POLICY)
      .type('text/html; charset=utf-8')
      .send(fs.readFileSync(path.join(root, 'index.html')));
}

/** Where the built web UI is: `dist/web`, seen from `dist/app` (built) or `src/app` (tsx). */
export function findWebRoot(here: string): string | undefined {
  return [path.resolve(here, '../web'), path.resolve(here, '../../dist/web')].find((dir) => fs.existsSync(path.join(dir, 'index.html')));
}

/**
 * The single-page web UI: its files, and `index.html` at each client-side route so that a
 * reload of `/t/tr_…` works.
 */
export const webRoutes: FastifyPluginAsync<{ root: string }> = async (app, { root }) => {
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    // Caching is decided here: immutable hashed assets, and index.html revalidated every time.
    cacheControl: false,
    setHeaders: (res, file) => {
      // Vite puts a content hash in every asset name, so assets never change under their name.
      if (file.includes(`${path.sep}assets${path.sep}`)) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    },
  });

  const sendIndex = indexSender(root);
  const index = (_request: unknown, reply: FastifyReply) => sendIndex(reply);

  // The client-side routes (web/src/app/app.tsx); anything else stays a plain 404.
  for (const route of CLIENT_ROUTES) app.get(route, { schema: { hide: true }, config: { auth: false } }, index);
};

import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { AppError } from '../../shared/errors.js';

// The UI only talks to this origin; styles may be inline (component libraries set them).
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

/** Where the built web UI is: `dist/web`, seen from `dist/app` (built) or `src/app` (tsx). */
export function findWebRoot(here: string): string | undefined {
  return [path.resolve(here, '../web'), path.resolve(here, '../../dist/web')].find((dir) => fs.existsSync(path.join(dir, 'index.html')));
}

/**
 * The single-page web UI: its files, and `index.html` for every other non-API path so that
 * client-side routes (`/t/tr_…`) survive a reload.
 */
export const webRoutes: FastifyPluginAsync<{ root: string }> = async (app, { root }) => {
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    setHeaders: (res, file) => {
      // Vite puts a content hash in every asset name, so assets never change under their name.
      if (file.includes(`${path.sep}assets${path.sep}`)) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    },
  });

  const index = (_request: unknown, reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').header('content-security-policy', CONTENT_SECURITY_POLICY).sendFile('index.html');

  app.get('/', { schema: { hide: true }, config: { auth: false } }, index);
  app.get('/*', { schema: { hide: true }, config: { auth: false } }, async (request, reply) => {
    const url = request.url.split('?')[0] ?? '';
    if (url.startsWith('/api/') || url === '/api' || url.startsWith('/health') || path.extname(url)) {
      throw new AppError('NOT_FOUND', `No route matches ${request.method} ${url}.`);
    }
    return index(request, reply);
  });
};

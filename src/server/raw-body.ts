import type { App } from './fastify-types.js';

/**
 * Makes every route of `scope` (an encapsulated plugin scope) take its body as raw bytes of any media type, up to
 * `limitBytes`: for provider webhooks (signatures are over the exact bytes) and file uploads. The app's JSON-only
 * parsing outside the scope is untouched.
 *
 * @example
 * await app.register(async (scope) => { acceptRawBodies(scope, 1024 * 1024); scope.post('/webhooks/:id', …); });
 */
export function acceptRawBodies(scope: App, limitBytes: number): void {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: limitBytes }, (_request, body, done) => done(null, body));
}

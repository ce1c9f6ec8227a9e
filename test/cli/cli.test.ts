import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { findApiToken } from '../../src/store/auth-store.js';
import { createTestDatabase, postgresAvailable, testDialects } from '../helpers/dialects.js';

const bin = new URL('../../bin/borderless.mjs', import.meta.url).pathname;

function run(args: string[], url: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, BORDERLESS_DATABASE_URL: url, BORDERLESS_LOG_LEVEL: 'silent' }, encoding: 'utf8', timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`borderless CLI [${dialect}]`, () => {
    it('migrates, creates a user and a token, and refuses bad input', async () => {
      const database = await createTestDatabase(dialect);
      try {
        expect(run(['migrate'], database.url)).toMatchObject({ status: 0 });
        expect(run(['migrate'], database.url).stdout).toContain('up to date');
        const user = run(['create-user', '--id', 'mei', '--email', 'mei@example.com', '--name', '王美', '--role', 'agent', '--password', 'a long enough password'], database.url);
        expect(user.status, user.stderr).toBe(0);
        const bad = run(['create-user', '--id', 'X Y', '--email', 'nope', '--name', 'n', '--role', 'boss', '--password', 'short'], database.url);
        expect(bad.status).toBe(2);
        expect(bad.stderr).toMatch(/create-user/);
        const token = run(['create-token', '--name', 'ci', '--role', 'supervisor'], database.url);
        expect(token.status, token.stderr).toBe(0);
        const secret = token.stdout.trim();
        expect(secret).toMatch(/^bl_/);
        const store = await openStore(database.url);
        try {
          expect(await findApiToken(store.db, secret)).toMatchObject({ role: 'supervisor', name: 'ci' });
          const stored = await store.db.selectFrom('api_tokens').select('token_hash').execute();
          expect(JSON.stringify(stored)).not.toContain(secret);
          const users = await store.db.selectFrom('users').select(['id', 'password_hash']).execute();
          expect(users).toHaveLength(1);
          expect(users[0]!.password_hash).toMatch(/^\$argon2id\$/);
        } finally {
          await store.close();
        }
        expect(run(['frobnicate'], database.url).status).toBe(2);
      } finally {
        await database.dispose();
      }
    });
  });
}

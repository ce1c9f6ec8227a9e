import { parseArgs } from 'node:util';
import pino from 'pino';
import { Type, type TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { ConfigError, loadConfig } from '../config/index.js';
import { loadDemoBrand, isEmptyDatabase, demoPassword } from '../demo/load-demo.js';
import { demoBrand } from '../demo/demo-data.js';
import { createRuntime } from '../runtime.js';
import { hashPassword } from '../server/routes/auth-routes.js';
import { appendAudit, systemActor } from '../store/audit-store.js';
import { createApiToken } from '../store/auth-store.js';
import { migrateToLatest, openStore } from '../store/database.js';
import { emptyProfile, putUser, roles } from '../store/user-store.js';
import { isLanguageTag } from '../server/validation.js';

const usage = `Usage: borderless <command> [options]

Commands:
  migrate                         apply pending database migrations
  seed-demo [--force]             load the demo brand (only into an empty database unless --force)
  create-user --id ID --email E --name N --role admin|supervisor|agent --password P [--locale ja] [--time-zone Asia/Tokyo]
  create-token --name N --role admin|supervisor|agent [--user ID]
                                  prints the token once; only its hash is stored

The database is BORDERLESS_DATABASE_URL (default sqlite:./data/borderless.db).`;

const CreateUserInput = Type.Object({
  id: Type.String({ pattern: '^[a-z0-9-]{2,40}$' }),
  email: Type.String({ pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' }),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  role: Type.Enum(roles),
  password: Type.String({ minLength: 10, maxLength: 1024 }),
});
const CreateTokenInput = Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }), role: Type.Enum(roles) });

function fail(message: string): never {
  console.error(`borderless: ${message}`);
  process.exit(2);
}

function check<T>(schema: TSchema, value: unknown, what: string): T {
  if (!Value.Check(schema, value)) {
    const e = [...Value.Errors(schema, value)][0];
    fail(`${what}: --${(e?.instancePath ?? '').replace(/^\//, '').replace(/([A-Z])/g, '-$1').toLowerCase() || 'input'} ${e?.message ?? 'is not valid'}`);
  }
  return value as T;
}

/** The `borderless` command line: migrate, seed the demo brand, create users and tokens. */
async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') { console.log(usage); return; }
  const { values } = parseArgs({
    args: rest, strict: true, allowPositionals: false,
    options: {
      id: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' },
      password: { type: 'string' }, locale: { type: 'string' }, 'time-zone': { type: 'string' }, user: { type: 'string' },
      force: { type: 'boolean' },
    },
  });
  let config;
  try { config = loadConfig(); } catch (e) { if (e instanceof ConfigError) fail(e.message); throw e; }

  if (command === 'migrate') {
    const store = await openStore(config.databaseUrl);
    const result = await migrateToLatest(store);
    await store.close();
    const applied = result.results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? [];
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
    return;
  }
  if (command === 'seed-demo') {
    const runtime = await createRuntime(config, { logger: pino({ level: 'warn' }) });
    try {
      if (!values.force && !(await isEmptyDatabase(runtime.ctx))) fail('the database is not empty (use --force to add the demo brand anyway)');
      await loadDemoBrand(runtime.ctx, demoBrand);
      console.log(`demo brand loaded: sign in as ${demoBrand.agents.find((a) => a.role === 'admin')!.email} / ${demoPassword}`);
    } finally { await runtime.close(); }
    return;
  }
  if (command === 'create-user') {
    const input = check<{ id: string; email: string; name: string; role: (typeof roles)[number]; password: string }>(
      CreateUserInput, { id: values.id, email: values.email, name: values.name, role: values.role, password: values.password }, 'create-user');
    if (values.locale && !isLanguageTag(values.locale)) fail('create-user: --locale must be a BCP 47 tag');
    const store = await openStore(config.databaseUrl);
    try {
      await migrateToLatest(store);
      const exists = await store.db.selectFrom('users').select('id').where('email', '=', input.email.toLowerCase()).executeTakeFirst();
      if (exists && exists.id !== input.id) fail(`create-user: ${input.email} already belongs to ${exists.id}`);
      const passwordHash = await hashPassword(input.password);
      await store.db.transaction().execute(async (trx) => {
        await putUser(trx, input.id, { email: input.email, name: input.name, role: input.role, locale: values.locale ?? null,
          timeZone: values['time-zone'] ?? null, teams: [], profile: emptyProfile, passwordHash }, Date.now());
        await appendAudit(trx, systemActor, { action: 'user.created_by_cli', entityType: 'user', entityId: input.id, changes: { role: input.role } }, Date.now());
      });
      console.log(`user ${input.id} (${input.email}, ${input.role}) is ready to sign in`);
    } finally { await store.close(); }
    return;
  }
  if (command === 'create-token') {
    const input = check<{ name: string; role: (typeof roles)[number] }>(CreateTokenInput, { name: values.name, role: values.role }, 'create-token');
    const store = await openStore(config.databaseUrl);
    try {
      await migrateToLatest(store);
      if (values.user && !(await store.db.selectFrom('users').select('id').where('id', '=', values.user).executeTakeFirst())) fail(`create-token: no user ${values.user}`);
      const { token, view } = await store.db.transaction().execute(async (trx) => {
        const created = await createApiToken(trx, { name: input.name, role: input.role, userId: values.user ?? null, createdBy: 'cli' }, Date.now());
        await appendAudit(trx, systemActor, { action: 'token.created_by_cli', entityType: 'token', entityId: created.view.id, changes: { name: input.name, role: input.role } }, Date.now());
        return created;
      });
      console.log(token);
      console.error(`token ${view.id} (${view.role}) created; it is shown only this once`);
    } finally { await store.close(); }
    return;
  }
  fail(`unknown command "${command}"\n\n${usage}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`borderless: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

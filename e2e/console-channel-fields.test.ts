// The channel setup forms' logic, checked without a browser: each kind's form matches the kind's schema on the
// server (so the console cannot drift from the API), a stored channel becomes form values and back into a PUT body
// that keeps what the form does not show and the secrets left empty, and server errors land on the right field.
import type { TObject, TSchema } from 'typebox';
import { describe, expect, it } from 'vitest';
import { loadChannelAdapters } from '../src/channels/channel-registry.js';
import {
  allFields, channelBody, errorsByField, groupKey, initialValues, isGroup, kindForm, kindForms, REDACTED,
} from '../web/src/admin/channel-fields.js';

/** The object schema at a JSON pointer of a kind's schema (through `Optional` and `X | null`). */
function objectAt(schema: TSchema, pointer: string): TObject | undefined {
  let node: TSchema | undefined = schema;
  for (const part of pointer.split('/').slice(1)) {
    node = unwrap(node);
    node = (node as TObject | undefined)?.properties?.[part];
  }
  return unwrap(node) as TObject | undefined;
}

function unwrap(schema: TSchema | undefined): TSchema | undefined {
  const anyOf = (schema as { anyOf?: TSchema[] } | undefined)?.anyOf;
  return anyOf ? anyOf.find((s) => (s as { type?: string }).type !== 'null') : schema;
}

function propertyExists(schema: TSchema, pointer: string): boolean {
  const parent = objectAt(schema, pointer.split('/').slice(0, -1).join('/') || '');
  return !!parent?.properties && pointer.split('/').at(-1)! in parent.properties;
}

describe('channel setup forms', () => {
  it('cover every kind the server has, with every field its schema requires and only fields it knows', async () => {
    const adapters = await loadChannelAdapters();
    expect(kindForms.map((f) => f.kind).sort()).toEqual(adapters.map((a) => a.kind).sort());
    for (const adapter of adapters) {
      const form = kindForm(adapter.kind)!;
      const paths = allFields(form).map((f) => f.path);
      for (const path of paths) expect(propertyExists(adapter.configSchema, path), `${adapter.kind} ${path}`).toBe(true);
      const required = ((adapter.configSchema as TObject).required ?? []).filter((k) => k !== 'kind' && k !== 'market').map((k) => `/${k}`);
      for (const path of required) expect(paths, `${adapter.kind} requires ${path}`).toContain(path);
      for (const secret of adapter.secretPaths) expect(paths, `${adapter.kind} secret ${secret}`).toContain(secret);
    }
  });

  it('keeps stored secrets and settings the form does not show, and sends emptied fields as the schema wants', () => {
    const form = kindForm('whatsapp')!;
    const secrets = ['/accessToken', '/appSecret', '/verifyToken'];
    const stored = {
      id: 'wa-br', kind: 'whatsapp', market: 'br', enabled: true, phoneNumberId: '1234567890', accessToken: REDACTED, appSecret: REDACTED,
      verifyToken: REDACTED, apiVersion: 'v21.0', templates: [{ name: 'reabertura', language: 'pt_BR' }],
      capabilities: { threading: false }, health: null, createdAt: '2027-01-01T00:00:00.000Z', updatedAt: '2027-01-01T00:00:00.000Z',
    };
    const values = initialValues(form, stored, secrets);
    // Secrets are never put in an input, not even redacted.
    expect(values).toMatchObject({ '/phoneNumberId': '1234567890', '/accessToken': '', '/apiVersion': 'v21.0' });
    const body = channelBody(form, { market: 'br', enabled: false, values: { ...values, '/appSecret': 'new-app-secret', '/apiVersion': '' } }, stored, secrets);
    expect(body).toEqual({
      kind: 'whatsapp', market: 'br', enabled: false, phoneNumberId: '1234567890',
      accessToken: REDACTED, appSecret: 'new-app-secret', verifyToken: REDACTED, templates: [{ name: 'reabertura', language: 'pt_BR' }],
    });
  });

  it('builds an email body: addresses one per line, optional servers on or off, nullable fields as null', () => {
    const form = kindForm('email')!;
    const values = initialValues(form, null, ['/smtp/pass', '/imap/pass']);
    const smtp = form.fields.filter(isGroup).find((g) => g.group === 'smtp')!;
    const body = channelBody(form, {
      market: 'jp', enabled: true,
      values: { ...values, '/addresses': ' support@brand.example.jp \n\nsales@brand.example.jp\n', [groupKey(smtp)]: true, '/smtp/host': 'smtp.brand.example.jp', '/smtp/port': '587' },
    }, null, ['/smtp/pass', '/imap/pass']);
    expect(body).toEqual({
      kind: 'email', market: 'jp', enabled: true, addresses: ['support@brand.example.jp', 'sales@brand.example.jp'], fromName: null, fromAddress: null,
      smtp: { host: 'smtp.brand.example.jp', port: 587, secure: false, requireTls: false }, imap: null,
    });
  });

  it('puts the server\'s errors beside their field, group or the form', () => {
    const form = kindForm('email')!;
    const paths = ['/id', '/market', ...allFields(form).map((f) => f.path), ...form.fields.filter(isGroup).map((g) => g.path)];
    const errors = errorsByField([
      { path: '/body/addresses/1', message: 'is listed twice' },
      { path: '/body/smtp/host', message: 'must match pattern' },
      { path: '/body/smtp', message: 'give both user and pass, or neither' },
      { path: '/params/id', message: 'must match pattern' },
      { path: '/body', message: '"a@b.jp" is claimed by channel "email-jp"' },
    ], paths);
    expect(Object.fromEntries(errors)).toEqual({
      '/addresses': ['is listed twice'], '/smtp/host': ['must match pattern'], '/smtp': ['give both user and pass, or neither'],
      '/id': ['must match pattern'], '': ['"a@b.jp" is claimed by channel "email-jp"'],
    });
  });
});

// The channel setup forms: one description per kind of the fields its PUT body takes (mirroring the kinds' schemas
// in src/channels/<kind>/<kind>-config.ts, which GET /api/v1/openapi.json publishes), and the pure functions that
// turn a stored channel into form values and form values back into a PUT body. Which fields are secrets is not
// listed here: GET /api/v1/channel-kinds says so (`secretPaths`), and the form follows it.

/** A field's label and hint key in the catalogues (`channels.field`, `channels.fieldHint`). */
export type FieldName =
  | 'addresses' | 'fromName' | 'fromAddress' | 'host' | 'port' | 'secure' | 'user' | 'pass' | 'requireTls' | 'mailbox' | 'pollSeconds'
  | 'widgetTitle' | 'allowedOrigins' | 'preChatName' | 'preChatEmail' | 'attachmentMaxBytes' | 'emailFallback'
  | 'botToken' | 'secretToken' | 'apiBaseUrl' | 'apiVersion' | 'phoneNumberId' | 'accessToken' | 'appSecret' | 'verifyToken'
  | 'pageId' | 'instagramAccountId' | 'pageAccessToken' | 'humanAgentTag' | 'channelSecret' | 'channelAccessToken' | 'botUserId'
  | 'dataApiBaseUrl' | 'accountSid' | 'authToken' | 'phoneNumber' | 'messagingServiceSid' | 'publicUrl' | 'statusCallbacks'
  | 'forwardTo' | 'promptLanguage' | 'transcribe' | 'recordMaxSeconds' | 'callbackMinimumMinutes' | 'smsReplies'
  | 'sharedSecret' | 'replyUrl' | 'platform' | 'signatureHeader' | 'timestampHeader' | 'toleranceSeconds';

/** `lines`: one value per line (a JSON array); `rule`: a pre-chat field's rule (required, optional, off). */
export type FieldType = 'text' | 'email' | 'lines' | 'integer' | 'checkbox' | 'rule';

export const fieldRules = ['required', 'optional', 'off'] as const;

export interface FieldSpec {
  name: FieldName;
  /** JSON pointer into the PUT body. */
  path: string;
  type: FieldType;
  required?: boolean;
  /** An emptied field is sent as null (the kind's schema allows it) instead of being left out. */
  nullable?: boolean;
  /** Shown under "Advanced settings": provider endpoints and header names that rarely change. */
  advanced?: boolean;
  /** The value when the stored channel has none (the server's default). */
  defaultValue?: boolean | string;
  /** Has a hint in `channels.fieldHint`. */
  hint?: boolean;
}

/** An optional object (an outgoing SMTP server, an IMAP mailbox): switched on or off as a whole; off sends null. */
export interface GroupSpec {
  group: 'smtp' | 'imap';
  path: string;
  fields: FieldSpec[];
}

/** How the provider reaches the channel once it is saved: a webhook URL, mail to its addresses, or the widget. */
export type Inbound = 'webhook' | 'email' | 'widget';

export interface KindForm {
  kind: string;
  inbound: Inbound;
  fields: Array<FieldSpec | GroupSpec>;
}

export type FormValues = Record<string, string | boolean>;

/** What GET /api/v1/channels/{id} adds to the configuration; a PUT body must not carry them back. */
const viewOnlyFields = ['id', 'capabilities', 'health', 'createdAt', 'updatedAt'];

/** What the API answers in place of a stored secret; sending it back keeps the secret. */
export const REDACTED = '********';

const apiBase = (): FieldSpec => ({ name: 'apiBaseUrl', path: '/apiBaseUrl', type: 'text', advanced: true });
const apiVersion = (): FieldSpec => ({ name: 'apiVersion', path: '/apiVersion', type: 'text', advanced: true });
const enabledFlag = (name: FieldName, path: string, defaultValue: boolean, hint = false): FieldSpec => ({ name, path, type: 'checkbox', defaultValue, hint });

const twilioAccount: FieldSpec[] = [
  { name: 'accountSid', path: '/accountSid', type: 'text', required: true },
  { name: 'authToken', path: '/authToken', type: 'text', required: true },
];

const metaMessaging = (account: FieldName): FieldSpec[] => [
  { name: account, path: `/${account}`, type: 'text', required: true },
  { name: 'pageAccessToken', path: '/pageAccessToken', type: 'text', required: true },
  { name: 'appSecret', path: '/appSecret', type: 'text', required: true },
  { name: 'verifyToken', path: '/verifyToken', type: 'text', required: true, hint: true },
  enabledFlag('humanAgentTag', '/humanAgentTag', false, true),
  apiBase(), apiVersion(),
];

const server = (prefix: string): FieldSpec[] => [
  { name: 'host', path: `${prefix}/host`, type: 'text', required: true },
  { name: 'port', path: `${prefix}/port`, type: 'integer', required: true },
  enabledFlag('secure', `${prefix}/secure`, false, true),
];

/** Every kind the console has a form for; kinds the server offers beyond these are configured through the API. */
export const kindForms: readonly KindForm[] = [
  {
    kind: 'email', inbound: 'email', fields: [
      { name: 'addresses', path: '/addresses', type: 'lines', required: true, hint: true },
      { name: 'fromName', path: '/fromName', type: 'text', nullable: true },
      { name: 'fromAddress', path: '/fromAddress', type: 'email', nullable: true, hint: true },
      { group: 'smtp', path: '/smtp', fields: [...server('/smtp'), { name: 'user', path: '/smtp/user', type: 'text' }, { name: 'pass', path: '/smtp/pass', type: 'text' }, enabledFlag('requireTls', '/smtp/requireTls', false)] },
      {
        group: 'imap', path: '/imap', fields: [
          ...server('/imap'), { name: 'user', path: '/imap/user', type: 'text', required: true }, { name: 'pass', path: '/imap/pass', type: 'text', required: true },
          { name: 'mailbox', path: '/imap/mailbox', type: 'text' }, { name: 'pollSeconds', path: '/imap/pollSeconds', type: 'integer', hint: true },
        ],
      },
    ],
  },
  {
    kind: 'chat', inbound: 'widget', fields: [
      { name: 'widgetTitle', path: '/title', type: 'text', nullable: true },
      { name: 'allowedOrigins', path: '/allowedOrigins', type: 'lines', hint: true },
      { name: 'preChatName', path: '/preChat/name', type: 'rule', defaultValue: 'required' },
      { name: 'preChatEmail', path: '/preChat/email', type: 'rule', defaultValue: 'optional' },
      { name: 'attachmentMaxBytes', path: '/attachmentMaxBytes', type: 'integer', hint: true },
      enabledFlag('emailFallback', '/emailFallback', true, true),
    ],
  },
  {
    kind: 'whatsapp', inbound: 'webhook', fields: [
      { name: 'phoneNumberId', path: '/phoneNumberId', type: 'text', required: true, hint: true },
      { name: 'accessToken', path: '/accessToken', type: 'text', required: true },
      { name: 'appSecret', path: '/appSecret', type: 'text', required: true },
      { name: 'verifyToken', path: '/verifyToken', type: 'text', required: true, hint: true },
      apiBase(), apiVersion(),
    ],
  },
  {
    kind: 'telegram', inbound: 'webhook', fields: [
      { name: 'botToken', path: '/botToken', type: 'text', required: true, hint: true },
      { name: 'secretToken', path: '/secretToken', type: 'text', required: true, hint: true },
      apiBase(),
    ],
  },
  { kind: 'messenger', inbound: 'webhook', fields: metaMessaging('pageId') },
  { kind: 'instagram', inbound: 'webhook', fields: metaMessaging('instagramAccountId') },
  {
    kind: 'line', inbound: 'webhook', fields: [
      { name: 'channelSecret', path: '/channelSecret', type: 'text', required: true },
      { name: 'channelAccessToken', path: '/channelAccessToken', type: 'text', required: true },
      { name: 'botUserId', path: '/botUserId', type: 'text', hint: true },
      apiBase(), { name: 'dataApiBaseUrl', path: '/dataApiBaseUrl', type: 'text', advanced: true },
    ],
  },
  {
    kind: 'sms', inbound: 'webhook', fields: [
      ...twilioAccount,
      { name: 'phoneNumber', path: '/phoneNumber', type: 'text', hint: true },
      { name: 'messagingServiceSid', path: '/messagingServiceSid', type: 'text', hint: true },
      { name: 'publicUrl', path: '/publicUrl', type: 'text', nullable: true, hint: true },
      enabledFlag('statusCallbacks', '/statusCallbacks', true),
      apiBase(),
    ],
  },
  {
    kind: 'voice', inbound: 'webhook', fields: [
      ...twilioAccount,
      { name: 'phoneNumber', path: '/phoneNumber', type: 'text', required: true, hint: true },
      { name: 'forwardTo', path: '/forwardTo', type: 'text', nullable: true, hint: true },
      { name: 'promptLanguage', path: '/language', type: 'text', nullable: true, hint: true },
      { name: 'publicUrl', path: '/publicUrl', type: 'text', nullable: true, hint: true },
      enabledFlag('transcribe', '/transcribe', true),
      enabledFlag('smsReplies', '/smsReplies', false),
      enabledFlag('statusCallbacks', '/statusCallbacks', true),
      { name: 'recordMaxSeconds', path: '/recordMaxSeconds', type: 'integer', advanced: true },
      { name: 'callbackMinimumMinutes', path: '/callbackMinimumMinutes', type: 'integer', advanced: true, hint: true },
      apiBase(),
    ],
  },
  {
    kind: 'webhook', inbound: 'webhook', fields: [
      { name: 'sharedSecret', path: '/secret', type: 'text', required: true, hint: true },
      { name: 'replyUrl', path: '/url', type: 'text', nullable: true, hint: true },
      { name: 'platform', path: '/platform', type: 'text' },
      { name: 'signatureHeader', path: '/signatureHeader', type: 'text', advanced: true },
      { name: 'timestampHeader', path: '/timestampHeader', type: 'text', advanced: true },
      { name: 'toleranceSeconds', path: '/toleranceSeconds', type: 'integer', advanced: true },
    ],
  },
];

/**
 * The form for a kind, or undefined when the console has none.
 *
 * @example
 * kindForm('telegram')?.inbound; // 'webhook'
 */
export function kindForm(kind: string): KindForm | undefined {
  return kindForms.find((f) => f.kind === kind);
}

export function isGroup(entry: FieldSpec | GroupSpec): entry is GroupSpec {
  return 'group' in entry;
}

/** Every field of a form, the fields of its groups included. */
export function allFields(form: KindForm): FieldSpec[] {
  return form.fields.flatMap((entry) => (isGroup(entry) ? entry.fields : [entry]));
}

function parts(pointer: string): string[] {
  return pointer.split('/').slice(1);
}

/**
 * The value at a JSON pointer, or undefined.
 *
 * @example
 * valueAt({ smtp: { host: 'mail.example' } }, '/smtp/host'); // 'mail.example'
 */
export function valueAt(document: unknown, pointer: string): unknown {
  let node = document;
  for (const part of parts(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function parentOf(document: Record<string, unknown>, pointer: string, create: boolean): Record<string, unknown> | undefined {
  let node = document;
  for (const part of parts(pointer).slice(0, -1)) {
    const next = node[part];
    if (next === null || typeof next !== 'object') {
      if (!create) return undefined;
      node[part] = {};
    }
    node = node[part] as Record<string, unknown>;
  }
  return node;
}

function setAt(document: Record<string, unknown>, pointer: string, value: unknown): void {
  parentOf(document, pointer, true)![parts(pointer).at(-1)!] = value;
}

function removeAt(document: Record<string, unknown>, pointer: string): void {
  const parent = parentOf(document, pointer, false);
  if (parent) delete parent[parts(pointer).at(-1)!];
}

/** The form key of a group's on/off switch. */
export const groupKey = (group: GroupSpec) => `group:${group.path}`;

/**
 * The form's starting values: the stored channel's (secrets left empty: the API never shows them), else defaults.
 *
 * @example
 * initialValues(kindForm('chat')!, null)['/preChat/name']; // 'required'
 */
export function initialValues(form: KindForm, stored: Record<string, unknown> | null, secretPaths: readonly string[] = []): FormValues {
  const values: FormValues = {};
  for (const field of allFields(form)) {
    const value = stored ? valueAt(stored, field.path) : undefined;
    if (field.type === 'checkbox') values[field.path] = typeof value === 'boolean' ? value : field.defaultValue === true;
    else if (secretPaths.includes(field.path)) values[field.path] = '';
    else if (field.type === 'lines') values[field.path] = Array.isArray(value) ? value.join('\n') : '';
    else if (value === undefined || value === null) values[field.path] = typeof field.defaultValue === 'string' ? field.defaultValue : '';
    else values[field.path] = String(value);
  }
  for (const entry of form.fields) {
    if (isGroup(entry)) values[groupKey(entry)] = !!stored && valueAt(stored, entry.path) !== null && typeof valueAt(stored, entry.path) === 'object';
  }
  return values;
}

function applyField(body: Record<string, unknown>, field: FieldSpec, values: FormValues, secretPaths: readonly string[]): void {
  const value = values[field.path];
  if (field.type === 'checkbox') return setAt(body, field.path, value === true);
  const text = typeof value === 'string' ? value.trim() : '';
  if (secretPaths.includes(field.path)) {
    // Empty keeps what is stored: the redacted marker already in the body tells the server so.
    if (text) setAt(body, field.path, text);
    else if (valueAt(body, field.path) !== REDACTED) removeAt(body, field.path);
    return;
  }
  if (field.type === 'lines') {
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    return lines.length ? setAt(body, field.path, lines) : removeAt(body, field.path);
  }
  if (!text) return field.nullable ? setAt(body, field.path, null) : removeAt(body, field.path);
  setAt(body, field.path, field.type === 'integer' && /^-?\d+$/.test(text) ? Number(text) : text);
}

/**
 * The PUT body for form values. It starts from the stored configuration, so settings the form does not show
 * (WhatsApp templates, say) are kept, and redacted secrets left empty are sent back redacted, which keeps them.
 *
 * @example
 * channelBody(kindForm('telegram')!, { market: 'jp', enabled: true, values }, null, ['/botToken', '/secretToken']);
 * // { kind: 'telegram', market: 'jp', enabled: true, botToken: '…', secretToken: '…' }
 */
export function channelBody(
  form: KindForm, input: { market: string; enabled: boolean; values: FormValues },
  stored: Record<string, unknown> | null, secretPaths: readonly string[],
): Record<string, unknown> {
  const body: Record<string, unknown> = stored ? structuredClone(stored) : {};
  for (const key of viewOnlyFields) delete body[key];
  Object.assign(body, { kind: form.kind, market: input.market, enabled: input.enabled });
  for (const entry of form.fields) {
    if (!isGroup(entry)) {
      applyField(body, entry, input.values, secretPaths);
      continue;
    }
    if (input.values[groupKey(entry)] !== true) {
      setAt(body, entry.path, null);
      continue;
    }
    if (typeof valueAt(body, entry.path) !== 'object' || valueAt(body, entry.path) === null) setAt(body, entry.path, {});
    for (const field of entry.fields) applyField(body, field, input.values, secretPaths);
  }
  return body;
}

/**
 * Sorts the server's field errors (`errors[].path`, like `/body/smtp/host` or `/body/addresses/1`) onto the form:
 * by field or group path, with the rest (`/body`, unknown paths) under `''` for the form as a whole.
 *
 * @example
 * errorsByField([{ path: '/body/addresses/1', message: 'is listed twice' }], ['/addresses']);
 * // Map { '/addresses' => ['is listed twice'] }
 */
export function errorsByField(errors: ReadonlyArray<{ path: string; message: string }>, paths: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  // Longest first: `/smtp/host` wins over the group `/smtp`.
  const known = [...paths].sort((a, b) => b.length - a.length);
  for (const error of errors) {
    const pointer = error.path.replace(/^\/(body|params)(?=\/|$)/, '');
    const owner = known.find((p) => pointer === p || pointer.startsWith(`${p}/`)) ?? '';
    out.set(owner, [...(out.get(owner) ?? []), error.message]);
  }
  return out;
}

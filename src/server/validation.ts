import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import type { FieldError } from '../errors/index.js';

function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({
    // Bodies are JSON: a number where a string is expected is a client bug to report, not to coerce.
    coerceTypes: coerce ? 'array' : false,
    useDefaults: true,
    removeAdditional: false,
    allErrors: true,
    strict: false,
  });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  ajv.addFormat('bcp47', { type: 'string', validate: isLanguageTag });
  return ajv;
}

// Answers for the tags seen recently: every ingest validates one or two, and Intl's check is not cheap.
const checkedTags = new Map<string, boolean>();

/** True for a well-formed BCP 47 language tag (`ja`, `pt-BR`, `zh-Hant`, `nb`). */
export function isLanguageTag(value: string): boolean {
  const known = checkedTags.get(value);
  if (known !== undefined) return known;
  let valid = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(value);
  if (valid) {
    try {
      valid = Intl.getCanonicalLocales(value).length === 1;
    } catch {
      valid = false;
    }
  }
  if (checkedTags.size >= 1000) checkedTags.clear();
  checkedTags.set(value, valid);
  return valid;
}

const bodyAjv = makeAjv(false);
const queryAjv = makeAjv(true);

/** Fastify validator compiler: strict for bodies, coercing for params, querystrings and headers. */
export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? bodyAjv : queryAjv;
  const validate: ValidateFunction = ajv.compile(schema as object);
  return (data: unknown) => (validate(data) ? { value: data } : { error: Object.assign(new Error('validation'), { validation: validate.errors }) }) as never;
};

/** Turns ajv errors into JSON-pointer field errors, e.g. `/body/customer/email: must match format "email"`. */
export function fieldErrorsFromAjv(errors: ErrorObject[] | undefined, context: string): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const e of errors ?? []) {
    let path = `/${context}${e.instancePath}`;
    let message = e.message ?? 'is not valid';
    if (e.keyword === 'required') {
      path += `/${String((e.params as { missingProperty: string }).missingProperty)}`;
      message = 'is required';
    } else if (e.keyword === 'additionalProperties') {
      path += `/${String((e.params as { additionalProperty: string }).additionalProperty)}`;
      message = 'is not a known field';
    } else if (e.keyword === 'enum') {
      message = `must be one of: ${((e.params as { allowedValues: unknown[] }).allowedValues).join(', ')}`;
    } else if (e.keyword === 'anyOf' || e.keyword === 'oneOf') {
      // The branch errors already say what is wrong; the umbrella message adds nothing.
      if (out.some((o) => o.path.startsWith(path))) continue;
      message = 'does not match any allowed shape';
    } else if (e.keyword === 'const') {
      message = `must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`;
    }
    const key = `${path} ${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path, message });
  }
  return out.slice(0, 50);
}

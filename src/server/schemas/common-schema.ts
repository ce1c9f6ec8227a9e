import { Type, type TSchema } from 'typebox';
import { errorCatalogue } from '../../errors/index.js';

export const ProblemSchema = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.String(),
  code: Type.String({ enum: Object.keys(errorCatalogue) }),
  errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
  instance: Type.Optional(Type.String()),
}, { $id: 'Problem', description: 'RFC 9457 problem details' });

/** Problem answers a route may give, for the OpenAPI document. */
export function problemResponses(...statuses: number[]): Record<number, TSchema> {
  const out: Record<number, TSchema> = {};
  for (const s of statuses) out[s] = Type.Ref('Problem');
  return out;
}

export const SlugSchema = Type.String({ pattern: '^[a-z0-9-]{2,40}$', description: 'lowercase letters, digits and hyphens, 2–40 characters' });
export const IdSchema = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_.:-]+$' });
export const UuidSchema = Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' });
export const LanguageTagSchema = Type.String({ format: 'bcp47', maxLength: 35, description: 'BCP 47 language tag' });
export const CountrySchema = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2' });
export const InstantSchema = Type.String({ format: 'date-time', description: 'ISO 8601 instant with offset' });
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

import { DateTime } from 'luxon';
import {
  canonicalizeLanguageTag, localeFallbackChain, toDetectionLanguage,
} from '../domain/language/index.js';
import {
  formatCustomerName, formatLocale, languageConvention, pickForLanguage, type RegisterLevel, type ReviewIssue,
} from '../domain/culture/index.js';
import { AppError, type FieldError } from '../errors/index.js';
import type { Clock } from '../lib/clock.js';
import { newId } from '../lib/ids.js';
import type { MarketDirectory } from '../pipeline/market-directory.js';
import type { Store } from '../store/database.js';
import { TranslationEngineError, type TranslationProvider } from '../translation/index.js';
import type { ReplyCulture } from './culture-context.js';
import { formatIcu, icuArguments, icuError, protectArguments, restoreArguments } from './macro-messages.js';
import {
  approveVariant, deleteMacro, deleteVariant, getMacro, listMacros, putMacro, putVariant, type Macro, type MacroInput, type MacroRegister,
  type MacroVariant,
} from './macro-store.js';

/** A variant as the API shows it: with whether it is outdated against the source text, and the values it takes. */
export interface MacroVariantView extends MacroVariant {
  outdated: boolean;
  /** The ICU arguments of its text, in order of first use (`customerName`, `orderNumber`, a plural's `count`…). */
  placeholders: string[];
}

/** A macro as the API shows it, with what is missing or outdated. */
export interface MacroView extends Omit<Macro, 'variants'> {
  variants: MacroVariantView[];
  /** Every placeholder any variant uses, in variant order. */
  placeholders: string[];
  /** Languages of the brand's markets that no variant serves (not even through a parent locale). */
  missingLocales: string[];
  /** Locales with a variant written from an older source text. */
  outdatedLocales: string[];
  /** Locales with a machine draft nobody has reviewed. */
  needsReviewLocales: string[];
}

/** The outcome of rendering a macro for a conversation. */
export interface RenderedMacro {
  text: string;
  locale: string;
  register: MacroRegister;
  requestedLocale: string;
  /** The locales tried, in order. */
  chain: string[];
  /** True when the variant is not in the requested locale or not in the register the market expects. */
  fellBack: boolean;
  needsReview: boolean;
  outdated: boolean;
  issues: ReviewIssue[];
}

const sameLocale = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Checks a macro's text and shape; answers field errors with pointers into the body. */
export function validateMacroInput(input: MacroInput): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  if (!canonicalizeLanguageTag(input.sourceLocale)) errors.push({ path: '/body/sourceLocale', message: 'must be a BCP 47 language tag' });
  input.variants.forEach((variant, i) => {
    if (!canonicalizeLanguageTag(variant.locale)) errors.push({ path: `/body/variants/${i}/locale`, message: 'must be a BCP 47 language tag' });
    const key = `${variant.locale.toLowerCase()}\u0000${variant.register}`;
    if (seen.has(key)) errors.push({ path: `/body/variants/${i}`, message: `a second ${variant.register} variant for ${variant.locale}` });
    seen.add(key);
    if (variant.text.trim() === '') errors.push({ path: `/body/variants/${i}/text`, message: 'must not be blank' });
    const problem = icuError(variant.text, variant.locale);
    if (problem) errors.push({ path: `/body/variants/${i}/text`, message: `is not valid ICU MessageFormat: ${problem}` });
  });
  if (!input.variants.some((v) => sameLocale(v.locale, input.sourceLocale))) {
    errors.push({ path: '/body/sourceLocale', message: 'needs at least one variant in the source locale' });
  }
  return errors;
}

/**
 * Localized macros: stored per locale and register, checked as ICU MessageFormat, rendered for a conversation
 * through the locale fallback chain with the culture's name form, currency and date format, and drafted by the
 * translation engine when one is configured.
 *
 * @example
 * const rendered = await macros.render(culture, 'late-delivery', { orderNumber: 'A-1042' }, reviewText);
 * rendered.locale; // 'ja'
 */
export class MacroService {
  constructor(private readonly deps: { store: Store; clock: Clock; markets: MarketDirectory; provider: TranslationProvider | null }) {}

  private async marketLanguages(): Promise<string[]> {
    const markets = await this.deps.markets.all();
    const tags = new Map<string, string>();
    for (const market of markets) for (const tag of market.languages) tags.set(tag.toLowerCase(), canonicalizeLanguageTag(tag) ?? tag);
    return [...tags.values()].sort();
  }

  private view(macro: Macro, languages: readonly string[]): MacroView {
    const variants = macro.variants.map((v) => ({
      ...v,
      outdated: !sameLocale(v.locale, macro.sourceLocale) && v.basedOnVersion < macro.version,
      // Every stored text passed icuError when it was written, so it parses here.
      placeholders: icuArguments(v.text, v.locale),
    }));
    const served = (tag: string) => {
      const language = toDetectionLanguage(tag);
      // A variant serves a language through the language's own fallback chain (pt-BR → pt), never another language.
      return localeFallbackChain(tag, tag).some((step) => variants.some((v) => sameLocale(v.locale, step) && toDetectionLanguage(v.locale) === language));
    };
    const unique = (list: string[]) => [...new Set(list)];
    return {
      ...macro,
      variants,
      placeholders: unique(variants.flatMap((v) => v.placeholders)),
      missingLocales: languages.filter((tag) => !served(tag)),
      outdatedLocales: unique(variants.filter((v) => v.outdated).map((v) => v.locale)),
      needsReviewLocales: unique(variants.filter((v) => v.needsReview).map((v) => v.locale)),
    };
  }

  async list(): Promise<MacroView[]> {
    const languages = await this.marketLanguages();
    return (await listMacros(this.deps.store.db)).map((m) => this.view(m, languages));
  }

  async get(id: string): Promise<MacroView> {
    return this.view(await this.macro(id), await this.marketLanguages());
  }

  private async macro(id: string): Promise<Macro> {
    const macro = await getMacro(this.deps.store.db, id);
    if (!macro) throw new AppError('BL_NOT_FOUND', `No macro "${id}"`);
    return macro;
  }

  async put(id: string | null, input: MacroInput, userId: string | null): Promise<{ macro: MacroView; created: boolean }> {
    const errors = validateMacroInput(input);
    if (errors.length > 0) throw new AppError('BL_VALIDATION', `${errors[0]!.path} ${errors[0]!.message}`, { errors });
    const nowMs = this.deps.clock.now();
    const result = await this.deps.store.db.transaction().execute((trx) => putMacro(trx, id ?? newId(nowMs), input, userId, nowMs));
    return { macro: this.view(result.macro, await this.marketLanguages()), created: result.created };
  }

  async remove(id: string): Promise<void> {
    if (!(await deleteMacro(this.deps.store.db, id))) throw new AppError('BL_NOT_FOUND', `No macro "${id}"`);
  }

  async putVariant(id: string, locale: string, register: MacroRegister, text: string, userId: string | null): Promise<MacroView> {
    const macro = await this.macro(id);
    const canonical = canonicalizeLanguageTag(locale);
    if (!canonical) throw new AppError('BL_VALIDATION', `"${locale}" is not a BCP 47 language tag`, { errors: [{ path: '/params/locale', message: 'must be a BCP 47 language tag' }] });
    if (text.trim() === '') throw new AppError('BL_VALIDATION', 'The text is empty', { errors: [{ path: '/body/text', message: 'must not be blank' }] });
    const problem = icuError(text, canonical);
    if (problem) throw new AppError('BL_VALIDATION', `The text is not valid ICU MessageFormat: ${problem}`, { errors: [{ path: '/body/text', message: problem }] });
    const updated = await this.deps.store.db.transaction().execute((trx) =>
      putVariant(trx, macro, { locale: canonical, register, text, origin: 'human', engine: null }, userId, this.deps.clock.now()));
    return this.view(updated, await this.marketLanguages());
  }

  async removeVariant(id: string, locale: string, register: MacroRegister): Promise<void> {
    const macro = await this.macro(id);
    if (sameLocale(locale, macro.sourceLocale) && macro.variants.filter((v) => sameLocale(v.locale, locale)).length <= 1) {
      throw new AppError('BL_CONFLICT', 'The last source-locale variant cannot be deleted; change sourceLocale first');
    }
    if (!(await deleteVariant(this.deps.store.db, macro, locale, register))) throw new AppError('BL_NOT_FOUND', `No ${register} variant for ${locale}`);
  }

  async approve(id: string, locale: string, register: MacroRegister, userId: string | null): Promise<MacroView> {
    const macro = await this.macro(id);
    if (!(await approveVariant(this.deps.store.db, macro, locale, register, userId, this.deps.clock.now()))) {
      throw new AppError('BL_NOT_FOUND', `No ${register} variant for ${locale}`);
    }
    return this.view((await getMacro(this.deps.store.db, id))!, await this.marketLanguages());
  }

  /**
   * A machine draft of a variant from the source-locale text of the same register (else any source variant),
   * stored as `needsReview`. 503 without an engine (or when it fails), 422 when it refuses the language or drops
   * placeholders.
   */
  async draft(id: string, locale: string, register: MacroRegister, userId: string | null): Promise<MacroView> {
    // Bad input is a 4xx whether or not an engine is configured; only a valid request learns that there is none.
    const macro = await this.macro(id);
    const target = canonicalizeLanguageTag(locale);
    if (!target) throw new AppError('BL_VALIDATION', `"${locale}" is not a BCP 47 language tag`, { errors: [{ path: '/params/locale', message: 'must be a BCP 47 language tag' }] });
    if (toDetectionLanguage(target) === toDetectionLanguage(macro.sourceLocale)) {
      throw new AppError('BL_UNPROCESSABLE', `${target} is the macro's source language; write the variant instead`);
    }
    const provider = this.deps.provider;
    if (!provider) throw new AppError('BL_UNAVAILABLE', 'No translation engine is configured: set BORDERLESS_TRANSLATION_PROVIDER to libretranslate or deepl');
    const sources = macro.variants.filter((v) => sameLocale(v.locale, macro.sourceLocale));
    const source = sources.find((v) => v.register === register) ?? sources.find((v) => v.register === 'any') ?? sources[0]!;
    const prepared = protectArguments(source.text);
    let translated: string;
    try {
      const [result] = await provider.translate([prepared.text], toDetectionLanguage(macro.sourceLocale), target, { format: 'markup' });
      translated = result?.text ?? '';
    } catch (error) {
      if (!(error instanceof TranslationEngineError)) throw error;
      const refused = error.reason === 'rejected' || error.reason === 'unsupported-language';
      throw new AppError(refused ? 'BL_UNPROCESSABLE' : 'BL_UNAVAILABLE', `Machine translation failed (${error.reason}): ${error.message}`);
    }
    const restored = restoreArguments(translated, prepared.pieces);
    if (restored.lost.length > 0 || icuError(restored.text, target)) {
      throw new AppError('BL_UNPROCESSABLE', `The engine did not keep the placeholders ${restored.lost.join(', ') || '(invalid message)'}; write this variant by hand`);
    }
    const updated = await this.deps.store.db.transaction().execute((trx) =>
      putVariant(trx, macro, { locale: target, register, text: restored.text.replaceAll('\u0000', ''), origin: 'machine', engine: provider.name }, userId, this.deps.clock.now()));
    return this.view(updated, await this.marketLanguages());
  }

  /**
   * Renders a macro for a conversation: the variant through the customer's locale fallback chain (in the register
   * the market expects, else a register-neutral one), with `customerName` formatted by the culture, `amount` in
   * the market currency and `date` in the customer's zone and format; then reviews the result.
   */
  async render(
    culture: ReplyCulture, id: string, values: Record<string, string | number>, review: (text: string) => Promise<ReviewIssue[]>,
  ): Promise<RenderedMacro> {
    const macro = await this.macro(id);
    const requested = culture.language;
    const chain = localeFallbackChain(requested, culture.brand.defaultLanguage);
    const level: RegisterLevel = pickForLanguage(culture.profile.register, requested)?.level ?? 'either';
    const preferred: MacroRegister[] = level === 'either' ? ['any', 'formal', 'informal'] : [level, 'any'];
    let chosen: MacroVariant | undefined;
    for (const step of chain) {
      const here = macro.variants.filter((v) => sameLocale(v.locale, step));
      chosen = preferred.map((r) => here.find((v) => v.register === r)).find((v) => v !== undefined);
      if (chosen) break;
    }
    // Nothing in the chain: the source text, whatever its register, beats no answer.
    chosen ??= macro.variants.find((v) => sameLocale(v.locale, macro.sourceLocale))!;
    const locale = chosen.locale;
    // The variant's language decides how the name is written; a regional profile entry (pt-BR) serves its language (pt).
    const sameLanguage = toDetectionLanguage(locale) === toDetectionLanguage(requested);
    const names = pickForLanguage(culture.profile.names, locale) ?? (sameLanguage ? pickForLanguage(culture.profile.names, requested) : undefined)
      ?? languageConvention(locale).names;
    const formatted = formatCustomerName(culture.customer.name, locale, names, culture.customer.gender)?.text ?? null;
    const market = culture.market;
    const formatTag = formatLocale(culture.profile.formats.locale, locale, market?.countries[0]);
    const zone = culture.customer.timeZone ?? market?.timeZone ?? 'UTC';
    const prepared: Record<string, string | number> = {};
    if (formatted) prepared.customerName = formatted;
    for (const [key, value] of Object.entries(values)) prepared[key] = value;
    if (values.amount !== undefined) prepared.amount = this.formatAmount(values.amount, formatTag, market?.currency ?? null);
    if (values.date !== undefined) prepared.date = this.formatDate(values.date, formatTag, zone);
    const missing = icuArguments(chosen.text, locale).filter((name) => prepared[name] === undefined);
    if (missing.length > 0) {
      throw new AppError('BL_UNPROCESSABLE', `The macro needs values for ${missing.join(', ')}`, {
        errors: missing.map((name) => ({ path: `/body/values/${name}`, message: name === 'customerName' ? 'the customer has no name on record: give one' : 'is required by the macro' })),
      });
    }
    let text: string;
    try {
      text = formatIcu(chosen.text, locale, prepared);
    } catch (error) {
      throw new AppError('BL_UNPROCESSABLE', `The macro could not be rendered: ${error instanceof Error ? error.message : String(error)}`);
    }
    const registerOk = level === 'either' || chosen.register === 'any' || chosen.register === level;
    return {
      text, locale, register: chosen.register, requestedLocale: requested, chain,
      fellBack: !sameLocale(locale, chain[0] ?? requested) || !registerOk,
      needsReview: chosen.needsReview,
      outdated: !sameLocale(locale, macro.sourceLocale) && chosen.basedOnVersion < macro.version,
      issues: await review(text),
    };
  }

  private formatAmount(value: string | number, locale: string, currency: string | null): string {
    const amount = typeof value === 'number' ? value : Number(value);
    if (!Number.isFinite(amount)) {
      throw new AppError('BL_VALIDATION', 'amount must be a number', { errors: [{ path: '/body/values/amount', message: 'must be a number (in the market currency)' }] });
    }
    if (!currency) return new Intl.NumberFormat(locale).format(amount);
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  }

  private formatDate(value: string | number, locale: string, zone: string): string {
    const text = String(value);
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
    const parsed = dateOnly ? DateTime.fromISO(text, { zone: 'UTC' }) : DateTime.fromISO(text, { setZone: true });
    if (!parsed.isValid) {
      throw new AppError('BL_VALIDATION', 'date must be an ISO 8601 date or instant', { errors: [{ path: '/body/values/date', message: 'must be YYYY-MM-DD or an ISO 8601 instant' }] });
    }
    // A calendar date is the same day everywhere; an instant is shown on the customer's clock.
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: dateOnly ? 'UTC' : zone }).format(parsed.toMillis());
  }
}

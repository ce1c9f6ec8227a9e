import { canonicalizeLanguageTag, parseLanguageTag, toDetectionLanguage } from '../domain/language/index.js';
import { badShape, callEngine } from './provider-http.js';
import type { EngineLanguage, TranslatedText, TranslateOptions, TranslationProvider } from './translation-provider.js';

export interface DeepLOptions {
  apiKey: string;
  /** Base URL; null picks the free API host for keys ending in `:fx`, the paid one otherwise. */
  url?: string | null;
  timeoutMs: number;
}

/**
 * The DeepL `target_lang` for a BCP 47 tag: English and Portuguese need a variant (`EN-US` unless `en-GB`,
 * `PT-PT` unless `pt-BR`), Chinese goes by script (`ZH-HANS`, `ZH-HANT`), Norwegian is `NB`.
 *
 * @example
 * deeplTargetCode('en'); // 'EN-US'
 * deeplTargetCode('pt-BR'); // 'PT-BR'
 * deeplTargetCode('zh-HK'); // 'ZH-HANT'
 * deeplTargetCode('ja'); // 'JA'
 */
export function deeplTargetCode(tag: string): string {
  const language = toDetectionLanguage(tag) ?? tag.toLowerCase();
  const region = parseLanguageTag(tag)?.region ?? null;
  if (language === 'en') return region === 'GB' || region === 'IE' || region === 'AU' || region === 'NZ' ? 'EN-GB' : 'EN-US';
  if (language === 'pt') return region === 'BR' ? 'PT-BR' : 'PT-PT';
  if (language === 'zh') return 'ZH-HANS';
  if (language === 'zh-Hant') return 'ZH-HANT';
  return language.toUpperCase();
}

/**
 * The DeepL `source_lang` for a tag: the bare language, upper-case (`ZH` for either script, `NB` for Norwegian).
 *
 * @example
 * deeplSourceCode('zh-Hant'); // 'ZH'
 */
export function deeplSourceCode(tag: string): string {
  const language = toDetectionLanguage(tag) ?? tag.toLowerCase();
  return (language === 'zh-Hant' ? 'zh' : language).toUpperCase();
}

/**
 * A DeepL language code back to BCP 47 as Borderless uses it.
 *
 * @example
 * fromDeepLCode('EN-US'); // 'en-US'
 * fromDeepLCode('ZH-HANS'); // 'zh'
 */
export function fromDeepLCode(code: string): string {
  const tag = canonicalizeLanguageTag(code);
  if (tag === null) return code;
  return tag === 'zh-Hans' ? 'zh' : tag;
}

/**
 * The DeepL adapter: `POST /v2/translate` with a JSON body (`text` array, `target_lang`, optional `source_lang`,
 * `tag_handling: "xml"` in markup mode), authenticated by `Authorization: DeepL-Auth-Key <key>`.
 *
 * @example
 * const engine = new DeepLProvider({ apiKey: process.env.BORDERLESS_DEEPL_API_KEY!, timeoutMs: 10_000 });
 * await engine.translate(['Hej'], 'da', 'ja', { format: 'text' });
 */
export class DeepLProvider implements TranslationProvider {
  readonly name = 'deepl';
  private readonly base: string;

  constructor(private readonly options: DeepLOptions) {
    const fallback = options.apiKey.endsWith(':fx') ? 'https://api-free.deepl.com' : 'https://api.deepl.com';
    this.base = (options.url ?? fallback).replace(/\/+$/, '');
  }

  private headers(): Record<string, string> {
    return { authorization: `DeepL-Auth-Key ${this.options.apiKey}` };
  }

  async translate(texts: string[], from: string | null, to: string, options: TranslateOptions): Promise<TranslatedText[]> {
    if (texts.length === 0) return [];
    const body: Record<string, unknown> = { text: texts, target_lang: deeplTargetCode(to) };
    if (from !== null) body.source_lang = deeplSourceCode(from);
    if (options.format === 'markup') body.tag_handling = 'xml';
    const answer = await callEngine({
      engine: this.name, method: 'POST', url: `${this.base}/v2/translate`, headers: this.headers(), body,
      timeoutMs: this.options.timeoutMs,
      errorMessage: (b) => (typeof (b as { message?: unknown })?.message === 'string' ? (b as { message: string }).message : null),
    }) as { translations?: unknown };
    const translations = answer?.translations;
    if (!Array.isArray(translations) || translations.length !== texts.length
      || !translations.every((t) => typeof (t as { text?: unknown })?.text === 'string')) {
      return badShape(this.name, `"translations" with a "text" for each of the ${texts.length} text(s)`);
    }
    return translations.map((t: { text: string; detected_source_language?: unknown }) => ({
      text: t.text,
      detectedSource: from === null && typeof t.detected_source_language === 'string' ? toDetectionLanguage(t.detected_source_language) : null,
    }));
  }

  /** `GET /v2/languages?type=target`: the languages DeepL translates into. */
  async languages(): Promise<EngineLanguage[]> {
    const answer = await callEngine({
      engine: this.name, method: 'GET', url: `${this.base}/v2/languages?type=target`, headers: this.headers(), timeoutMs: this.options.timeoutMs,
    });
    if (!Array.isArray(answer)) return badShape(this.name, 'a list of languages');
    return answer
      .filter((l): l is { language: string; name?: unknown } => typeof (l as { language?: unknown })?.language === 'string')
      .map((l) => ({ code: fromDeepLCode(l.language), name: typeof l.name === 'string' ? l.name : l.language }));
  }
}

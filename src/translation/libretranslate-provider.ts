import { parseLanguageTag, toDetectionLanguage } from '../domain/language/index.js';
import { badShape, callEngine } from './provider-http.js';
import type { EngineLanguage, TranslatedText, TranslateOptions, TranslationProvider } from './translation-provider.js';

export interface LibreTranslateOptions {
  /** Base URL of the server, e.g. `http://127.0.0.1:5000`. */
  url: string;
  apiKey?: string | null;
  timeoutMs: number;
}

/**
 * The code LibreTranslate (1.6 and later) uses for a BCP 47 tag: the bare language, except Chinese by script
 * (`zh-Hans`, `zh-Hant`), Brazilian Portuguese (`pt-BR`) and Norwegian as Bokmål (`nb`).
 *
 * @example
 * libreTranslateCode('zh-TW'); // 'zh-Hant'
 * libreTranslateCode('pt-BR'); // 'pt-BR'
 * libreTranslateCode('en-GB'); // 'en'
 */
export function libreTranslateCode(tag: string): string {
  const language = toDetectionLanguage(tag) ?? tag.toLowerCase();
  if (language === 'zh') return 'zh-Hans';
  if (language === 'zh-Hant') return 'zh-Hant';
  if (language === 'pt' && parseLanguageTag(tag)?.region === 'BR') return 'pt-BR';
  return language;
}

/**
 * A LibreTranslate code back to BCP 47 as Borderless uses it (`zh-Hans` → `zh`, the older `zt` → `zh-Hant`).
 *
 * @example
 * fromLibreTranslateCode('zt'); // 'zh-Hant'
 */
export function fromLibreTranslateCode(code: string): string | null {
  if (code === 'zt') return 'zh-Hant';
  return toDetectionLanguage(code);
}

interface Detected { language?: unknown }

/**
 * The LibreTranslate adapter: `POST /translate` with `q` (one string, or an array for several texts), `source`
 * (`auto` when unknown), `target`, `format` (`text` or `html`) and `api_key` when configured.
 *
 * @example
 * const engine = new LibreTranslateProvider({ url: 'http://127.0.0.1:5000', timeoutMs: 10_000 });
 * await engine.translate(['Hej'], null, 'en', { format: 'text' });
 */
export class LibreTranslateProvider implements TranslationProvider {
  readonly name = 'libretranslate';
  private readonly base: string;

  constructor(private readonly options: LibreTranslateOptions) {
    this.base = options.url.replace(/\/+$/, '');
  }

  async translate(texts: string[], from: string | null, to: string, options: TranslateOptions): Promise<TranslatedText[]> {
    if (texts.length === 0) return [];
    const single = texts.length === 1;
    const body: Record<string, unknown> = {
      q: single ? texts[0] : texts,
      source: from === null ? 'auto' : libreTranslateCode(from),
      target: libreTranslateCode(to),
      format: options.format === 'markup' ? 'html' : 'text',
    };
    if (this.options.apiKey) body.api_key = this.options.apiKey;
    const answer = await callEngine({
      engine: this.name, method: 'POST', url: `${this.base}/translate`, body, timeoutMs: this.options.timeoutMs,
      errorMessage: (b) => (typeof (b as { error?: unknown })?.error === 'string' ? (b as { error: string }).error : null),
    }) as { translatedText?: unknown; detectedLanguage?: unknown };

    const translated = single ? [answer?.translatedText] : answer?.translatedText;
    if (!Array.isArray(translated) || translated.length !== texts.length || !translated.every((t) => typeof t === 'string')) {
      return badShape(this.name, `"translatedText" for each of the ${texts.length} text(s)`);
    }
    const detected = single ? [answer.detectedLanguage] : (Array.isArray(answer.detectedLanguage) ? answer.detectedLanguage : []);
    return (translated as string[]).map((text, i) => {
      const code = (detected[i] as Detected | undefined)?.language;
      return { text, detectedSource: from === null && typeof code === 'string' ? fromLibreTranslateCode(code) : null };
    });
  }

  /** `GET /languages`: what the server can translate. */
  async languages(): Promise<EngineLanguage[]> {
    const answer = await callEngine({ engine: this.name, method: 'GET', url: `${this.base}/languages`, timeoutMs: this.options.timeoutMs });
    if (!Array.isArray(answer)) return badShape(this.name, 'a list of languages');
    return answer
      .filter((l): l is { code: string; name?: unknown } => typeof (l as { code?: unknown })?.code === 'string')
      .map((l) => ({ code: fromLibreTranslateCode(l.code) ?? l.code, name: typeof l.name === 'string' ? l.name : l.code }));
  }
}

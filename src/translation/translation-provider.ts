/** One machine-translation engine behind one interface; adapters live beside this file. */

export interface TranslateOptions {
  /**
   * `text`: plain text. `markup`: the texts carry placeholder tags (`<x id="0"/>`) and escaped `&`, `<`, `>`;
   * the engine must keep the tags (LibreTranslate `format: html`, DeepL `tag_handling: xml`).
   */
  format: 'text' | 'markup';
}

export interface TranslatedText {
  text: string;
  /** The source language the engine detected (BCP 47), when it was asked to detect it. */
  detectedSource?: string | null;
}

export interface EngineLanguage {
  code: string;
  name: string;
}

/**
 * A translation engine. `translate` answers one result per input text, in order, or throws a
 * `TranslationEngineError` (never anything else) saying why it could not.
 *
 * @example
 * const [result] = await provider.translate(['Merci !'], null, 'en', { format: 'text' });
 * result.text; // 'Thank you!'
 */
export interface TranslationProvider {
  /** The engine's name as recorded on every translation (`libretranslate`, `deepl`). */
  readonly name: string;
  translate(texts: string[], from: string | null, to: string, options: TranslateOptions): Promise<TranslatedText[]>;
  languages?(): Promise<EngineLanguage[]>;
}

/** Why an engine call failed; recorded on a failed translation and shown to agents. */
export type EngineFailureReason =
  | 'timeout' | 'unreachable' | 'auth' | 'quota' | 'rejected' | 'unsupported-language' | 'engine-error' | 'bad-response';

/**
 * An engine call that did not produce a usable translation. `detail` is safe to show (it never contains the
 * API key).
 */
export class TranslationEngineError extends Error {
  override name = 'TranslationEngineError';
  constructor(
    readonly engine: string,
    readonly reason: EngineFailureReason,
    detail: string,
    readonly httpStatus: number | null = null,
  ) {
    super(detail);
  }
}

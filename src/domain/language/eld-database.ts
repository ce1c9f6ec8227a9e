/**
 * eld's n-gram database, read from the installed `eld` package: the n-gram table, the byte alphabet its
 * keys are written in, and its word-separator pattern. Nothing is copied into this repository; the files
 * are the ones `eld/<size>` itself loads, found next to that entry point.
 */

/** The database sizes eld ships. */
export type EldDatabaseSize = 'extrasmall' | 'small' | 'medium' | 'large';

export interface EldDatabase {
  /** eld's own code for each model language, by model index (`no` for Norwegian, `ku` for Sorani). */
  languages: readonly string[];
  /** Byte n-gram (written in {@link byteAlphabet}) → model language index → score above eld's base score. */
  ngrams: Readonly<Record<string, Readonly<Record<number, number>>>>;
  /** The character each byte value stands for in an n-gram key (bytes below 0x80 stand for themselves). */
  byteAlphabet: readonly string[];
  /** eld's separator pattern: runs of non-letters, except a run that ends in an apostrophe. */
  separators: RegExp;
}

function formatError(file: string): Error {
  return new Error(`eld's ${file} is not in the format this version of Borderless reads (eld ^2.1 expected)`);
}

function readTable(module: unknown): Pick<EldDatabase, 'languages' | 'ngrams'> {
  const data = (module as { ngramsData?: { languages?: unknown; ngrams?: unknown } }).ngramsData;
  if (typeof data?.languages !== 'object' || data.languages === null || typeof data.ngrams !== 'object' || data.ngrams === null) {
    throw formatError('n-gram table');
  }
  const byIndex = data.languages as Record<string, unknown>;
  const languages = Object.keys(byIndex).map((_, index) => byIndex[index]);
  if (!languages.every((code): code is string => typeof code === 'string')) throw formatError('language list');
  return { languages, ngrams: data.ngrams as EldDatabase['ngrams'] };
}

function readAlphabet(module: unknown): string[] {
  const dictionary = (module as { dictionary?: unknown }).dictionary;
  if (!Array.isArray(dictionary) || dictionary.length !== 256 || !dictionary.every((c) => typeof c === 'string' && c.length === 1)) {
    throw formatError('byte dictionary');
  }
  return dictionary as string[];
}

function readSeparators(module: unknown): RegExp {
  const separators = (module as { separators?: unknown }).separators;
  if (!(separators instanceof RegExp) || !separators.global) throw formatError('separator pattern');
  return separators;
}

/**
 * Loads one of eld's databases from the installed package. Called once per size, at module initialisation.
 *
 * @example
 * const small = await loadEldDatabase('small');
 * small.languages.length; // 60
 */
export async function loadEldDatabase(size: EldDatabaseSize): Promise<EldDatabase> {
  // The data files are not in eld's `exports`; they sit beside the entry point that loads them.
  const entry = import.meta.resolve(`eld/${size}`);
  const at = (file: string): string => new URL(file, entry).href;
  const [table, dictionary, patterns] = await Promise.all([
    import(at(`../ngrams/${size}.js`)) as Promise<unknown>,
    import(at('../dictionary.js')) as Promise<unknown>,
    import(at('../regexPatterns.js')) as Promise<unknown>,
  ]);
  return { ...readTable(table), byteAlphabet: readAlphabet(dictionary), separators: readSeparators(patterns) };
}

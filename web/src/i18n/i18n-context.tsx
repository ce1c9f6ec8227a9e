import IntlMessageFormat from 'intl-messageformat';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { cachedCatalogue, loadCatalogue } from './load-catalogue.js';
import { browserLanguages, isRightToLeft, negotiateLocale, storedLocaleChoice, storeLocaleChoice, type UiLocale } from './locales.js';
import { en, type Catalogue, type MessageKey } from './messages-en.js';

export type MessageValues = Record<string, string | number | Date>;

export interface I18n {
  locale: UiLocale;
  dir: 'ltr' | 'rtl';
  /** The message `key` in the interface language, with its ICU arguments filled in. */
  t(key: MessageKey, values?: MessageValues): string;
  /** The language switcher: shows the console in `locale` and remembers the choice. */
  choose(locale: UiLocale): void;
}

const I18nContext = createContext<I18n | null>(null);
const compiled = new Map<string, IntlMessageFormat>();

function compile(locale: UiLocale, key: MessageKey, catalogue: Catalogue): IntlMessageFormat {
  const id = `${locale}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    try {
      format = new IntlMessageFormat(catalogue[key] ?? en[key], locale);
    } catch {
      // A broken translation must not break the page: show the English message instead.
      format = new IntlMessageFormat(en[key], 'en');
    }
    compiled.set(id, format);
  }
  return format;
}

/** The interface language for a person: their switcher choice, their profile, this browser's choice, the browser. */
export function preferredLocale(userId: string | null, profileLocale: string | null): UiLocale {
  return negotiateLocale([
    userId ? storedLocaleChoice(userId) : null,
    profileLocale,
    storedLocaleChoice(null),
    ...browserLanguages(),
  ]);
}

/**
 * Provides `t()` and the interface language to the console, and keeps `<html lang dir>` in step with it so the
 * whole layout mirrors for right-to-left languages.
 */
export function I18nProvider({ userId, profileLocale, children }: { userId: string | null; profileLocale: string | null; children: ReactNode }) {
  const [chosen, setChosen] = useState<UiLocale | null>(null);
  const wanted = chosen ?? preferredLocale(userId, profileLocale);
  const [active, setActive] = useState<{ locale: UiLocale; catalogue: Catalogue }>(() => {
    const ready = cachedCatalogue(wanted);
    return ready ? { locale: wanted, catalogue: ready } : { locale: 'en', catalogue: en };
  });

  // Until the first catalogue is in, nothing is shown: a page flashing in English before it turns French reads as
  // a bug. Later switches keep the current language on screen until the next one arrives.
  const [settled, setSettled] = useState(() => active.locale === wanted);

  useEffect(() => setChosen(null), [userId]);

  useEffect(() => {
    let cancelled = false;
    loadCatalogue(wanted).then(
      (catalogue) => { if (!cancelled) setActive({ locale: wanted, catalogue }); },
      () => { if (!cancelled) setActive({ locale: 'en', catalogue: en }); },
    ).finally(() => { if (!cancelled) setSettled(true); });
    return () => { cancelled = true; };
  }, [wanted]);

  const dir = isRightToLeft(active.locale) ? 'rtl' : 'ltr';
  useEffect(() => {
    document.documentElement.lang = active.locale;
    document.documentElement.dir = dir;
  }, [active.locale, dir]);

  const t = useCallback((key: MessageKey, values?: MessageValues): string => {
    const result = compile(active.locale, key, active.catalogue).format(values);
    return Array.isArray(result) ? result.join('') : String(result);
  }, [active]);

  const choose = useCallback((locale: UiLocale) => {
    storeLocaleChoice(userId, locale);
    setChosen(locale);
  }, [userId]);

  const value = useMemo<I18n>(() => ({ locale: active.locale, dir, t, choose }), [active.locale, dir, t, choose]);
  return <I18nContext.Provider value={value}>{settled ? children : null}</I18nContext.Provider>;
}

/** The interface language and `t()`; only inside `I18nProvider`. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n() outside <I18nProvider>');
  return i18n;
}

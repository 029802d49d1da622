import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Catalogue } from './da';
import { catalogues, isLanguage, type Language } from './catalogues';

const storageKey = 'plejeportalen.language';

interface I18nValue {
  language: Language;
  t: Catalogue;
  setLanguage(language: Language): void;
}

const I18nContext = createContext<I18nValue | null>(null);

function initialLanguage(): Language {
  // ?lang=en makes a language link shareable and lets the switch work as a plain link without script.
  const requested = new URLSearchParams(window.location.search).get('lang');
  if (isLanguage(requested)) return requested;
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLanguage(stored) ? stored : 'da';
  } catch {
    // Storage can be blocked by privacy settings; Danish is the default anyway.
    return 'da';
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);

  useEffect(() => {
    // Screen readers pick pronunciation from <html lang>, so it must follow the switch.
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      window.localStorage.setItem(storageKey, next);
    } catch {
      // Not remembering the choice is acceptable.
    }
  }, []);

  const value = useMemo(() => ({ language, t: catalogues[language], setLanguage }), [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

import { useCallback } from 'react';
import { usePrefs } from '../../state/prefs';
import type { LocalText } from '../../data/schema';
import type { MessageKey, Vars } from '../../lib/i18n/index';
import { translate } from '../../lib/i18n/index';

/** The translator for the current language. */
export function useT(): (key: MessageKey, vars?: Vars) => string {
  const lang = usePrefs((s) => s.lang);
  return useCallback((key: MessageKey, vars?: Vars) => translate(lang, key, vars), [lang]);
}

/** Picks the current language out of catalog text. */
export function useLocal(): (text: LocalText) => string {
  const lang = usePrefs((s) => s.lang);
  return useCallback((text: LocalText) => text[lang], [lang]);
}

import { useEffect, useRef } from 'react';
import { useSearchParams } from 'wouter';
import { LANGS, readEnum } from '../lib/url/query';
import { useNotices } from '../state/notices';
import { usePrefs } from '../state/prefs';
import { langTag } from '../lib/i18n';

/**
 * Keeps the language, the URL and <html lang> in step: a lang= in the URL wins
 * (a shared link opens in its language); switching language writes lang= so a
 * reload or a copied link keeps it.
 */
export function useLangSync(): void {
  const lang = usePrefs((s) => s.lang);
  const setLang = usePrefs((s) => s.setLang);
  const [params, setParams] = useSearchParams();
  const rawLang = params.get('lang');
  // Read as the URL parsers read it (trimmed, any case), so "lang=EN" is not both accepted and reported.
  const urlLang = rawLang === null ? null : readEnum(rawLang, LANGS);
  const last = useRef(lang);

  useEffect(() => {
    if (rawLang !== null && urlLang === null) {
      useNotices.getState().push({ key: 'notice.badParam', vars: { param: 'lang', value: rawLang.slice(0, 40) }, tone: 'warn' });
      return;
    }
    if (urlLang !== null && urlLang !== last.current) {
      last.current = urlLang;
      setLang(urlLang);
    }
  }, [rawLang, urlLang, setLang]);

  useEffect(() => {
    document.documentElement.lang = langTag(lang);
    if (lang !== last.current) {
      last.current = lang;
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.set('lang', lang);
          return next;
        },
        { replace: true },
      );
    }
  }, [lang, setParams]);
}

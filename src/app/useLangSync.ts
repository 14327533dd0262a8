import { useEffect, useRef } from 'react';
import { useSearchParams } from 'wouter';
import { useNotices } from '../state/notices';
import { usePrefs } from '../state/prefs';
import { langTag } from '../ui/i18n';

/**
 * Keeps the language, the URL and <html lang> in step: a lang= in the URL wins
 * (a shared link opens in its language); switching language writes lang= so a
 * reload or a copied link keeps it.
 */
export function useLangSync(): void {
  const lang = usePrefs((s) => s.lang);
  const setLang = usePrefs((s) => s.setLang);
  const [params, setParams] = useSearchParams();
  const urlLang = params.get('lang');
  const last = useRef(lang);

  useEffect(() => {
    if (urlLang !== null && urlLang !== 'zh' && urlLang !== 'en') {
      useNotices.getState().push({ key: 'notice.badParam', vars: { param: 'lang', value: urlLang.slice(0, 40) }, tone: 'warn' });
      return;
    }
    if ((urlLang === 'zh' || urlLang === 'en') && urlLang !== last.current) {
      last.current = urlLang;
      setLang(urlLang);
    }
  }, [urlLang, setLang]);

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

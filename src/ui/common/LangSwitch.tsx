import { usePrefs } from '../../state/prefs';
import { useT } from '../i18n/useT';

/** Toggles zh-CN / en. The app layer mirrors the choice into the URL and <html lang>. */
export function LangSwitch() {
  const t = useT();
  const lang = usePrefs((s) => s.lang);
  const setLang = usePrefs((s) => s.setLang);
  return (
    <button
      type="button"
      className="btn btn-ghost"
      data-testid="lang-switch"
      aria-label={t('lang.switchLabel')}
      lang={lang === 'zh' ? 'en' : 'zh-CN'}
      onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
    >
      {t('lang.switch')}
    </button>
  );
}

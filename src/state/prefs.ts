import { create } from 'zustand';
import { LANGS, readEnum } from '../lib/url/query';
import type { Lang } from '../lib/i18n';
import { readStorage, writeStorage } from './storage';

export type Units = 'metric' | 'imperial';

const LANG_KEY = 'setscout.lang';
const UNITS_KEY = 'setscout.units';

/**
 * The language to start in: the URL's lang= wins, then the person's last choice,
 * then the first zh or en in the browser's preferences, else Chinese.
 */
export function pickLang(urlLang: string | null, stored: string | null, browser: readonly string[]): Lang {
  const fromUrl = urlLang === null ? null : readEnum(urlLang, LANGS);
  if (fromUrl) return fromUrl;
  if (stored === 'zh' || stored === 'en') return stored;
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'zh') return 'zh';
    if (primary === 'en') return 'en';
  }
  return 'zh';
}

function initialLang(): Lang {
  if (typeof window === 'undefined') return 'zh';
  const url = new URLSearchParams(window.location.search).get('lang');
  return pickLang(url, readStorage(LANG_KEY), navigator.languages?.length ? navigator.languages : [navigator.language]);
}

function initialUnits(): Units {
  return readStorage(UNITS_KEY) === 'imperial' ? 'imperial' : 'metric';
}

export interface PrefsState {
  lang: Lang;
  units: Units;
  setLang: (lang: Lang) => void;
  setUnits: (units: Units) => void;
}

export const usePrefs = create<PrefsState>()((set) => ({
  lang: initialLang(),
  units: initialUnits(),
  setLang: (lang) => {
    writeStorage(LANG_KEY, lang);
    set({ lang });
  },
  setUnits: (units) => {
    writeStorage(UNITS_KEY, units);
    set({ units });
  },
}));

import common from './strings/common';
import catalog from './strings/catalog';
import type { Lang } from './define';

export type { Lang } from './define';
export { LANGS } from './define';

const TABLES = [common, catalog] as const;

type Keys<T> = T extends { zh: infer Z } ? keyof Z : never;
export type MessageKey = Keys<(typeof TABLES)[number]> & string;
export type Vars = Record<string, string | number>;

const merged: Record<Lang, Record<string, string>> = { zh: {}, en: {} };
for (const table of TABLES) {
  Object.assign(merged.zh, table.zh);
  Object.assign(merged.en, table.en);
}

/** Looks up a message and fills its {placeholders}. A missing variable stays visible as {name}. */
export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  const template = merged[lang][key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function hasMessage(key: string): key is MessageKey {
  return key in merged.zh;
}

/** The BCP 47 tag for <html lang> and Intl. */
export function langTag(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

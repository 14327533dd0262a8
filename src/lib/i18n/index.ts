import common from './strings/common';
import catalog from './strings/catalog';
import type viewer from './strings/viewer';
import type frame from './strings/frame';
import type shots from './strings/shots';
import type tour from './strings/tour';
import type { baseLinks } from './strings/tour';
import type inquiry from './strings/inquiry';
import type present from './strings/present';
import type details from './strings/details';
import type keys from './strings/keys';
import type problems from './strings/problems';
import type moves from './strings/moves';
import type sight from './strings/sight';
import type offline from './strings/offline';
import type model from './strings/model';
import type modelNotes from './strings/modelNotes';
import type { Lang } from './define';

export type { Lang } from './define';
export { LANGS } from './define';

/**
 * Every string table. Tables of lazily loaded routes (the viewer) are listed here
 * by type only and registered by their route's code when it loads, so the
 * catalog's first load does not carry the viewer's strings.
 */
type Tables = typeof common | typeof catalog | typeof viewer | typeof shots | typeof frame | typeof tour | typeof baseLinks | typeof inquiry | typeof present | typeof details | typeof keys | typeof problems | typeof moves | typeof sight | typeof offline | typeof model | typeof modelNotes;

type Keys<T> = T extends { zh: infer Z } ? keyof Z : never;
export type MessageKey = Keys<Tables> & string;
export type Vars = Record<string, string | number>;

const merged: Record<Lang, Record<string, string>> = { zh: {}, en: {} };

/** Adds a table of strings (called once by each lazily loaded feature). */
export function registerStrings(table: { zh: Record<string, string>; en: Record<string, string> }): void {
  Object.assign(merged.zh, table.zh);
  Object.assign(merged.en, table.en);
}

registerStrings(common);
registerStrings(catalog);

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

/** The two languages of every user-facing string. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Text in both languages, as the catalog writes it. */
export interface LocalText {
  zh: string;
  en: string;
}

/**
 * Declares a feature's strings. The English table must have exactly the keys of the
 * Chinese one, so a missing translation is a type error, not a blank in the page.
 * Placeholders are written {name}.
 */
export function defineStrings<const Z extends Record<string, string>>(tables: {
  zh: Z;
  en: { [K in keyof Z]: string };
}): { zh: Z; en: { [K in keyof Z]: string } } {
  return tables;
}

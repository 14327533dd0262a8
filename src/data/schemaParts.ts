/**
 * Building blocks of the catalog schema (schema.ts): bounded text and numbers, ids, dates,
 * file paths, the "representative" flag and vectors.
 */
import { z } from 'zod/mini';

export const about = z.describe;

/** Text of min..max characters. */
export const text = (max = 4000, min = 1) => z.string().check(z.minLength(min), z.maxLength(max));
/** A number in [min, max]; `above` makes the lower bound exclusive. */
export const num = (min: number, max: number, above = false) =>
  z.number().check(above ? z.gt(min) : z.gte(min), z.lte(max));
export const int = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));
export const positive = (max: number) => num(0, max, true);

/** Text shown to people: always both languages. */
export const LocalText = z.strictObject({ zh: text(), en: text() }).check(about('Text in Simplified Chinese and English.'));

export const Id = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case id of letters, digits and hyphens (e.g. "subway-platform")'),
    z.maxLength(64),
  );

export const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD'));

export const JsonFile = (relativeTo: string) =>
  z.string().check(z.regex(/^[A-Za-z0-9._/-]+\.json$/, `a JSON file path relative to ${relativeTo}`));

/** Figures the press brief does not give are plausible values flagged for replacement by surveyed ones. */
export const Representative = z
  .optional(z.boolean())
  .check(about('true when the figure is a plausible representative value, to be replaced by a surveyed one.'));

export const Vec3 = z.tuple([z.number(), z.number(), z.number()]).check(about('[x, y, z] in metres, set coordinates (Y up).'));

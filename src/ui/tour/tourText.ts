import type { CatalogSet } from '../../data/load';
import type { BaseEntry, LocalText } from '../../data/schema';
import { storyForLeg } from '../../lib/tour/sequence';
import type { TourPlan } from '../../lib/tour/sequence';

/** The base tour's narration for this set and the part of the base's story told with it, in both languages. */
export interface ChapterText {
  narration: LocalText | null;
  story: LocalText | null;
  /** Story paragraphs for the closing card (last set only). */
  closing: { zh: string[]; en: string[] };
}

export function chapterText(plan: TourPlan, set: CatalogSet, base: BaseEntry | null): ChapterText {
  const leg = plan.leg;
  if (!leg || !base) return { narration: null, story: null, closing: { zh: [], en: [] } };
  const entry = base.tour.find((l) => l.set === set.id);
  const zh = storyForLeg(base.story.zh, leg.index, leg.sets.length);
  const en = storyForLeg(base.story.en, leg.index, leg.sets.length);
  return {
    narration: entry?.narration ?? null,
    story: zh.chapter && en.chapter ? { zh: zh.chapter, en: en.chapter } : null,
    closing: { zh: zh.closing, en: en.closing },
  };
}

/** All the chapter card's words in one language, for its reading time. */
export function chapterReading(c: ChapterText): string[] {
  return (['zh', 'en'] as const).map((l) => `${c.narration?.[l] ?? ''} ${c.story?.[l] ?? ''}`);
}

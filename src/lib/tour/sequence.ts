/**
 * Guided tours as plain data: the steps of one set's tour, where "next" and "previous" lead
 * (another step, or another set of the base tour), how long autoplay dwells on each step,
 * and how the base's story is shared out between the base tour's cards.
 *
 * A set's tour is its catalog stops. Inside a base tour (base.tour: the headline sets in
 * order) each set opens with a chapter card (the base tour's narration for that set) and
 * ends with a finale card that hands over to the next set; the last set's finale is the
 * closing card. A set toured on its own has no chapter, and its finale is "end of tour".
 */

export type TourStep =
  /** Base tour only: this set's narration from base.tour, shown before its stops. */
  | { kind: 'chapter' }
  /** A catalog stop of the set (index into set.tour). */
  | { kind: 'stop'; stop: number }
  /** After the last stop: the next set of the base tour, the closing card, or the end. */
  | { kind: 'finale' };

/** Where this set sits in a base tour. */
export interface TourLeg {
  baseId: string;
  /** The base tour's sets, in order (only sets that can be toured). */
  sets: readonly string[];
  /** Index of this set in `sets`. */
  index: number;
}

export interface TourPlan {
  setId: string;
  steps: readonly TourStep[];
  /** How many catalog stops the set has. */
  stopCount: number;
  leg: TourLeg | null;
}

/** Where a move leads: another step of this set, another set of the base tour, or nowhere. */
export type TourMove =
  | { kind: 'step'; index: number }
  | { kind: 'set'; setId: string; at: 'start' | 'end' }
  | { kind: 'none' };

/** Seconds autoplay stays on a finale card before it moves to the next set. */
export const FINALE_SEC = 7;
/** Reading-time bounds for cards whose length is free text (chapters). */
export const READ_MIN_SEC = 8;
export const READ_MAX_SEC = 45;

/** The steps of a set's tour, with the base-tour chapter when the set is a leg of one. */
export function planTour(setId: string, stopCount: number, leg: TourLeg | null): TourPlan {
  const steps: TourStep[] = [];
  if (leg) steps.push({ kind: 'chapter' });
  for (let i = 0; i < stopCount; i++) steps.push({ kind: 'stop', stop: i });
  steps.push({ kind: 'finale' });
  return { setId, steps, stopCount, leg };
}

/**
 * The base tour as this set sees it: the base's legs that can be toured (`canTour`: the set
 * exists, has a model and stops), without repeats, and this set's place among them. Null
 * when the set is not one of them.
 */
export function resolveLeg(baseId: string, legs: readonly { set: string }[], setId: string, canTour: (id: string) => boolean): TourLeg | null {
  const sets: string[] = [];
  for (const l of legs) if (!sets.includes(l.set) && canTour(l.set)) sets.push(l.set);
  const index = sets.indexOf(setId);
  return index < 0 ? null : { baseId, sets, index };
}

const clampIndex = (plan: TourPlan, i: number) => Math.max(0, Math.min(plan.steps.length - 1, Math.trunc(i)));

/** "Next": the following step; from a finale, the next set of the base tour. */
export function nextMove(plan: TourPlan, index: number): TourMove {
  const i = clampIndex(plan, index);
  if (i < plan.steps.length - 1) return { kind: 'step', index: i + 1 };
  const leg = plan.leg;
  if (leg && leg.index < leg.sets.length - 1) return { kind: 'set', setId: leg.sets[leg.index + 1] as string, at: 'start' };
  return { kind: 'none' };
}

/** "Previous": the step before; from the first step, the end of the previous set of the base tour. */
export function prevMove(plan: TourPlan, index: number): TourMove {
  const i = clampIndex(plan, index);
  if (i > 0) return { kind: 'step', index: i - 1 };
  const leg = plan.leg;
  if (leg && leg.index > 0) return { kind: 'set', setId: leg.sets[leg.index - 1] as string, at: 'end' };
  return { kind: 'none' };
}

/** Whether autoplay stops on this step instead of moving on: the closing card, or the end of a set toured alone. */
export function isLastStop(plan: TourPlan, index: number): boolean {
  return nextMove(plan, index).kind === 'none';
}

/** The step a set opens at: its first step, its last stop (coming back from the next set), or a given stop. */
export function startIndex(plan: TourPlan, at: 'start' | 'end' | { stop: number }): number {
  if (at === 'start') return 0;
  if (at === 'end') {
    for (let i = plan.steps.length - 1; i >= 0; i--) if (plan.steps[i]?.kind === 'stop') return i;
    return 0;
  }
  const found = plan.steps.findIndex((s) => s.kind === 'stop' && s.stop === at.stop);
  return found < 0 ? 0 : found;
}

/**
 * Seconds to read a text at a comfortable pace while also looking at the set: about 5 CJK
 * characters or 2.5 words a second, within [READ_MIN_SEC, READ_MAX_SEC].
 */
export function readingSeconds(text: string): number {
  const cjk = (text.match(/[\u3400-\u9fff\uf900-\ufaff]/g) ?? []).length;
  const words = text.replace(/[\u3400-\u9fff\uf900-\ufaff]/g, ' ').split(/\s+/).filter((w) => /\w/.test(w)).length;
  const s = cjk / 5 + words / 2.5;
  return Math.round(Math.min(READ_MAX_SEC, Math.max(READ_MIN_SEC, s)));
}

/** What the duration of a step depends on. */
export interface DurationInputs {
  /** durationSec of each catalog stop. */
  stopSeconds: readonly number[];
  /** Texts of the chapter card (every language: the longest decides, so switching language keeps the pace). */
  chapterTexts: readonly string[];
}

/** How long autoplay stays on a step. */
export function stepSeconds(plan: TourPlan, index: number, inputs: DurationInputs): number {
  const step = plan.steps[clampIndex(plan, index)];
  if (!step) return FINALE_SEC;
  if (step.kind === 'stop') return Math.max(2, inputs.stopSeconds[step.stop] ?? 12);
  if (step.kind === 'chapter') return Math.max(READ_MIN_SEC, ...inputs.chapterTexts.map(readingSeconds));
  return FINALE_SEC;
}

/** The paragraphs of a story (blank lines or single line breaks separate them). */
export function paragraphs(story: string): string[] {
  return story
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * Shares the base's story out across a base tour: the chapter card of leg i tells paragraph
 * i, and the closing card tells whatever is left, so the whole story is told once, in order.
 */
export function storyForLeg(story: string, legIndex: number, legCount: number): { chapter: string | null; closing: string[] } {
  const ps = paragraphs(story);
  const chapter = legIndex < legCount ? (ps[legIndex] ?? null) : null;
  return { chapter, closing: legIndex === legCount - 1 ? ps.slice(legCount) : [] };
}

/** "Stop 2 of 5" numbers for a step: null for chapter and finale cards. */
export function stopNumber(plan: TourPlan, index: number): { n: number; of: number } | null {
  const step = plan.steps[clampIndex(plan, index)];
  return step?.kind === 'stop' ? { n: step.stop + 1, of: plan.stopCount } : null;
}

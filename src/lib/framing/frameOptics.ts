/**
 * Everything frame mode derives from the chosen body, focal length, orientation and lens set:
 * the 9:16 frame's field of view, the full-frame equivalent, the best delivery, the usable
 * lens sets. One function, used by the mode hook (canvas field of view) and the readouts.
 */
import type { Body, CameraCatalog, FrameFov, LensSet, Orientation } from '../camera/types';
import type { DeliveryCheck } from '../camera/delivery';
import { bestDelivery } from '../camera/delivery';
import { lensesForBody } from '../camera/feasibility';
import { equivalentFocal, frameFov } from '../camera/fov';
import { pickLensSet } from './frameLens';

/** A stand-in body when the camera catalog cannot be read: a generic full-frame camera recording UHD. */
export const FALLBACK_BODY: Body = {
  id: 'generic-full-frame',
  name: 'Full frame (generic)',
  maker: '—',
  kind: 'mirrorless',
  sensor: { width: 36, height: 24, mode: '36 × 24 mm' },
  recording: [{ id: 'uhd', label: 'UHD 3840 x 2160', width: 3840, height: 2160 }],
  source: 'Built-in fallback',
  representative: true,
};

export interface Optics {
  body: Body;
  /** Lens sets that fit the body. */
  lensSets: LensSet[];
  /** The set in use; null when none fits the body. */
  lensSet: LensSet | null;
  focalMm: number;
  orient: Orientation;
  fov: FrameFov;
  /** Full-frame 9:16 equivalent focal length, mm. */
  equivMm: number;
  delivery: { recordingId: string; label: string } & DeliveryCheck;
}

/** The body a shot or the frame names; an unknown one falls back to the catalog's first body, else FALLBACK_BODY. */
export function resolveBody<B extends Body>(bodies: readonly B[] | null | undefined, bodyId: string | null | undefined): B | Body {
  return bodies?.find((b) => b.id === bodyId) ?? bodies?.[0] ?? FALLBACK_BODY;
}

/**
 * The 9:16 frame's field of view for a body (as `resolveBody` finds it), focal length and
 * orientation: the one way a focal length becomes a field of view (docs/ARCHITECTURE.md §4).
 */
export function lensFov(bodies: readonly Body[] | null | undefined, bodyId: string | null | undefined, focalMm: number, orient: Orientation): FrameFov {
  return frameFov(resolveBody(bodies, bodyId), focalMm, orient);
}

export function computeOptics(cameras: CameraCatalog | null, bodyId: string, focalMm: number, orient: Orientation, lensSetId: string | null): Optics {
  const body = resolveBody(cameras?.bodies, bodyId);
  const lenses = cameras?.lenses ?? [];
  return {
    body,
    lensSets: lensesForBody(lenses, body),
    lensSet: pickLensSet(lenses, body, focalMm, lensSetId),
    focalMm,
    orient,
    fov: frameFov(body, focalMm, orient),
    equivMm: equivalentFocal(body, focalMm, orient),
    delivery: bestDelivery(body, orient),
  };
}

import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Group } from 'three';
import type { FigureKind, FigurePose } from '../../data/schema';
import type { StandInKit } from './standInKit';
import { buildStandIn, makeStandInKit, placeStandIn } from './standInKit';

/** A figure as a preset shot (or a saved shot) records it. */
export interface StandInPlacement {
  kind: FigureKind;
  pose: FigurePose;
  position: readonly number[];
  yawDeg: number;
}

/** One group holding a shot's stand-ins, each placed where the shot puts it (run when the figures change, not per frame). */
export function buildShotFigures(kit: StandInKit, figures: readonly StandInPlacement[]): Group {
  const group = new Group();
  group.name = 'shot-figures';
  for (const f of figures) {
    const built = buildStandIn(kit, f.pose);
    placeStandIn(built, f);
    group.add(built.group);
  }
  return group;
}

/**
 * A shot's stand-ins drawn in the set, not editable: the figures a preset shot describes, for
 * views that show the shot without frame mode's stores (the presentation's live slide).
 */
export function ShotFigures({ figures }: { figures: readonly StandInPlacement[] }) {
  const invalidate = useThree((s) => s.invalidate);
  const kit = useMemo(() => makeStandInKit(), []);
  useEffect(() => () => kit.dispose(), [kit]);
  const group = useMemo(() => buildShotFigures(kit, figures), [kit, figures]);
  useEffect(() => invalidate(), [group, invalidate]);
  return <primitive object={group} />;
}

import { useEffect } from 'react';
import { bindSight } from '../../state/sight';
import { useModel } from '../ModelContext';

/** Lends the set's collision proxies to the shot-size judge (src/state/sight.ts) while frame mode runs. */
export function SightBinding() {
  const world = useModel().world;
  useEffect(() => bindSight(world), [world]);
  return null;
}

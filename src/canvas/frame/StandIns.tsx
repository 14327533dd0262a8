import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import type { StandIn } from '../../state/frame';
import { useFrameStore } from '../../state/frame';
import type { StandInKit } from './standInKit';
import { buildStandIn, makeStandInKit, placeStandIn } from './standInKit';
import { figureObjects } from './figureRegistry';

/** The stand-in figures of the frame store, drawn in the set; the selected one in the accent colour with a floor ring. */
export function StandIns() {
  const figures = useFrameStore((s) => s.figures);
  const selected = useFrameStore((s) => s.selectedFigure);
  const invalidate = useThree((s) => s.invalidate);
  const kit = useMemo(() => makeStandInKit(), []);
  useEffect(() => () => kit.dispose(), [kit]);
  useEffect(() => invalidate(), [figures, selected, invalidate]);
  return (
    <>
      {figures.map((f) => (
        <StandInFigure key={f.id} figure={f} kit={kit} selected={f.id === selected} />
      ))}
    </>
  );
}

function StandInFigure({ figure, kit, selected }: { figure: StandIn; kit: StandInKit; selected: boolean }) {
  const built = useMemo(() => buildStandIn(kit, figure.pose), [kit, figure.pose]);
  const { id, kind, position, yawDeg } = figure;

  useEffect(() => {
    built.group.userData.figureId = id;
    figureObjects.set(id, built.group);
    return () => {
      if (figureObjects.get(id) === built.group) figureObjects.delete(id);
    };
  }, [built, id]);

  useEffect(() => placeStandIn(built, { kind, position, yawDeg }), [built, kind, position, yawDeg]);

  useEffect(() => {
    for (const m of built.meshes) m.material = selected ? kit.selected : kit.body;
    built.ring.visible = selected;
  }, [built, selected, kit]);

  return <primitive object={built.group} />;
}

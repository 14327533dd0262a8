import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Color } from 'three';
import { SKY_COLOR, makeLightRig } from './lightRig';

/** The viewer's light and sky (src/canvas/lightRig.ts). */
export function Lights() {
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  const lights = useMemo(() => makeLightRig(), []);
  useEffect(() => {
    scene.background = new Color(SKY_COLOR);
    invalidate();
    return () => {
      scene.background = null;
    };
  }, [scene, invalidate]);
  return (
    <>
      {lights.map((light) => (
        <primitive key={light.uuid} object={light} />
      ))}
    </>
  );
}

import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Color } from 'three';

/**
 * Studio-like light that needs no network and no pre-filtering: a sky/ground fill and a
 * warm key from above (two lights: every light costs every pixel, on phones too). An image-based environment (PMREM) was tried:
 * it cost seconds of main thread before the first frame on software renderers and
 * doubled the cost of every frame, for reflections a scout does not need.
 */
export function Lights() {
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    // A dusk sky colour behind open sets (the palace forecourt, windows) instead of
    // black. A plain colour is a clear, not a full-screen textured pass every frame.
    scene.background = new Color('#3b4a5e');
    invalidate();
    return () => {
      scene.background = null;
    };
  }, [scene, invalidate]);
  return (
    <>
      <hemisphereLight args={['#fff6e8', '#4a423c', 2.2]} />
      <directionalLight position={[8, 20, 6]} intensity={1.9} color="#fff2df" />
    </>
  );
}

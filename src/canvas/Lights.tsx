import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { PMREMGenerator } from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';

/**
 * Studio-like light that needs no network: a generated room environment for
 * reflections and soft fill (no CDN HDRIs), plus a key light from above.
 */
export function Lights() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const pmrem = new PMREMGenerator(gl);
    const room = new RoomEnvironment();
    const target = pmrem.fromScene(room, 0.04);
    scene.environment = target.texture;
    scene.environmentIntensity = 0.55;
    room.dispose();
    pmrem.dispose();
    invalidate();
    return () => {
      scene.environment = null;
      target.dispose();
    };
  }, [gl, scene, invalidate]);
  return (
    <>
      <hemisphereLight args={['#fff6e8', '#3a3430', 1.1]} />
      <directionalLight position={[8, 20, 6]} intensity={1.6} color="#fff2df" />
      <directionalLight position={[-10, 12, -8]} intensity={0.5} color="#dfe8ff" />
    </>
  );
}

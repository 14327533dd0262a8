import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { CanvasTexture, PMREMGenerator, SRGBColorSpace } from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';

function skyTexture(): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = 2;
  canvas.height = 128;
  const ctx = canvas.getContext('2d');
  if (ctx) {
    const g = ctx.createLinearGradient(0, 0, 0, 128);
    g.addColorStop(0, '#22324a');
    g.addColorStop(0.55, '#4f6580');
    g.addColorStop(1, '#8d9cae');
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, 2, 128);
  }
  const tex = new CanvasTexture(canvas);
  tex.colorSpace = SRGBColorSpace;
  return tex;
}

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
    // A soft sky behind open sets (the palace forecourt, windows) instead of black.
    const sky = skyTexture();
    scene.background = sky;
    invalidate();
    return () => {
      scene.environment = null;
      scene.background = null;
      target.dispose();
      sky.dispose();
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

import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { CanvasTexture, SRGBColorSpace } from 'three';

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
 * Studio-like light that needs no network and no pre-filtering: a sky/ground fill, a
 * warm key from above and a cool rim. An image-based environment (PMREM) was tried:
 * it cost seconds of main thread before the first frame on software renderers and
 * doubled the cost of every frame, for reflections a scout does not need.
 */
export function Lights() {
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    // A soft sky behind open sets (the palace forecourt, windows) instead of black.
    const sky = skyTexture();
    scene.background = sky;
    invalidate();
    return () => {
      scene.background = null;
      sky.dispose();
    };
  }, [scene, invalidate]);
  return (
    <>
      <hemisphereLight args={['#fff6e8', '#4a423c', 1.9]} />
      <ambientLight args={['#ffffff', 0.35]} />
      <directionalLight position={[8, 20, 6]} intensity={1.7} color="#fff2df" />
      <directionalLight position={[-10, 12, -8]} intensity={0.6} color="#dfe8ff" />
    </>
  );
}

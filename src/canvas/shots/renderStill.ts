/**
 * Renders a still of the scene at an exact pixel size with its own camera, without a
 * screenshot of the page: the renderer's drawing buffer is set to the still's size for one
 * synchronous render and read back, then put back and the visible view redrawn, all within one
 * task, so the page never shows the intermediate frame. Drawing to the canvas's own buffer
 * (rather than a render target) keeps the screen's tone mapping, colour space and
 * antialiasing, which three.js applies only when drawing to the screen.
 */
import type { Camera, Object3D, Scene, WebGLRenderer } from 'three';
import { Color, PerspectiveCamera, Vector2 } from 'three';
import type { StillView } from '../../state/shots';

/** The stage's background (styles.css .viewer-stage), so empty sky is not transparent in the still. */
const BACKGROUND = new Color('#0b0c0e');

const prevColor = new Color();
const prevSize = new Vector2();

/** Whether an object is an on-screen aid that does not belong in a still. */
export function isScreenAid(o: Object3D): boolean {
  if (o.userData.noStill === true) return true;
  // Measuring marks and other overlays draw through walls (depthTest off); real set content never does.
  const m = (o as Object3D & { material?: { depthTest?: boolean } | { depthTest?: boolean }[] }).material;
  if (!m) return false;
  return Array.isArray(m) ? m.some((x) => x.depthTest === false) : m.depthTest === false;
}

export interface StillPixels {
  width: number;
  height: number;
  /** RGBA, top row first, opaque. */
  data: Uint8ClampedArray<ArrayBuffer>;
}

/**
 * Renders `scene` as seen from `view` into a width × height still and returns its pixels
 * (rows flipped to top-first). `screenCamera` redraws the visible view afterwards.
 */
export function renderStill(gl: WebGLRenderer, scene: Scene, screenCamera: Camera, view: StillView, width: number, height: number): StillPixels {
  const camera = new PerspectiveCamera(view.vfovDeg, width / height, 0.05, 1000);
  camera.position.set(view.pose.x, view.pose.y, view.pose.z);
  camera.rotation.set(view.pose.pitch, view.pose.yaw, view.pose.roll, 'YXZ');
  camera.updateProjectionMatrix();
  camera.updateMatrixWorld(true);

  const hidden: Object3D[] = [];
  scene.traverseVisible((o) => {
    if (isScreenAid(o)) hidden.push(o);
  });
  const pixelRatio = gl.getPixelRatio();
  gl.getSize(prevSize);
  gl.getClearColor(prevColor);
  const prevAlpha = gl.getClearAlpha();
  const prevTarget = gl.getRenderTarget();
  const raw = new Uint8Array(width * height * 4);
  try {
    for (const o of hidden) o.visible = false;
    gl.setRenderTarget(null);
    gl.setPixelRatio(1);
    gl.setSize(width, height, false);
    gl.setClearColor(BACKGROUND, 1);
    gl.clear();
    gl.render(scene, camera);
    const ctx = gl.getContext();
    ctx.readPixels(0, 0, width, height, ctx.RGBA, ctx.UNSIGNED_BYTE, raw);
  } finally {
    for (const o of hidden) o.visible = true;
    gl.setClearColor(prevColor, prevAlpha);
    gl.setPixelRatio(pixelRatio);
    gl.setSize(prevSize.x, prevSize.y, false);
    gl.setRenderTarget(prevTarget);
    // Resizing cleared the visible buffer: draw the view again before the page is composited.
    gl.render(scene, screenCamera);
  }
  // WebGL rows run bottom to top; images run top to bottom.
  const data = new Uint8ClampedArray(width * height * 4);
  const row = width * 4;
  for (let y = 0; y < height; y++) data.set(raw.subarray((height - 1 - y) * row, (height - y) * row), y * row);
  for (let i = 3; i < data.length; i += 4) data[i] = 255;
  return { width, height, data };
}

/** Encodes pixels as a PNG in the browser. */
export function encodePng(p: StillPixels): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = p.width;
  canvas.height = p.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('2D canvas unavailable'));
  ctx.putImageData(new ImageData(p.data, p.width, p.height), 0, 0);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      // Let the 8 MB canvas go at once.
      canvas.width = 0;
      canvas.height = 0;
      if (blob) resolve(blob);
      else reject(new Error('PNG encoding failed'));
    }, 'image/png');
  });
}

import type { ReconcilerRoot, RenderProps } from '@react-three/fiber';
import { createRoot, events as pointerEvents, extend } from '@react-three/fiber';
import type { ReactNode } from 'react';
import { Suspense, useEffect, useInsertionEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PerspectiveCamera, Scene, WebGLRenderer } from 'three';
import { forgetKeptPrograms } from './dispose';
import {
  AmbientLight,
  BoxGeometry,
  BufferAttribute,
  BufferGeometry,
  CapsuleGeometry,
  CircleGeometry,
  ConeGeometry,
  CylinderGeometry,
  DirectionalLight,
  Group,
  HemisphereLight,
  InstancedMesh,
  Line,
  LineBasicMaterial,
  LineDashedMaterial,
  LineLoop,
  LineSegments,
  Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  MeshStandardMaterial,
  Object3D,
  PlaneGeometry,
  PointLight,
  RingGeometry,
  SphereGeometry,
  SpotLight,
  Sprite,
  SpriteMaterial,
  TorusGeometry,
} from 'three';

/*
 * r3f's own <Canvas> registers the whole three namespace (extend(THREE)), which
 * keeps every class of three in the bundle. Registering only the elements this app
 * writes as JSX lets the bundler drop the rest: tens of kilobytes off the viewer.
 */
extend({
  AmbientLight,
  BoxGeometry,
  BufferAttribute,
  BufferGeometry,
  CapsuleGeometry,
  CircleGeometry,
  ConeGeometry,
  CylinderGeometry,
  DirectionalLight,
  Group,
  HemisphereLight,
  InstancedMesh,
  Line,
  LineBasicMaterial,
  LineDashedMaterial,
  LineLoop,
  LineSegments,
  Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  MeshStandardMaterial,
  Object3D,
  PlaneGeometry,
  PointLight,
  RingGeometry,
  SphereGeometry,
  SpotLight,
  Sprite,
  SpriteMaterial,
  TorusGeometry,
});

type Config = Omit<RenderProps<HTMLCanvasElement>, 'size' | 'events'>;

/** A canvas with its renderer, camera and scene made before React (src/canvas/boot/handoff.ts). */
export interface AdoptedCanvas {
  canvas: HTMLCanvasElement;
  renderer: WebGLRenderer;
  camera: PerspectiveCamera;
  scene: Scene;
}

/** Props of the scene canvas: r3f's root configuration plus the wrapper's class. */
export interface SceneCanvasProps extends Config {
  children?: ReactNode;
  /** Class of the wrapping element (sized by CSS). */
  className?: string;
  /** Called when the renderer cannot be created (no WebGL on this device). */
  onError?: (error: unknown) => void;
  /** Draw into this canvas and renderer instead of making new ones (taken once, at mount). */
  adopt?: AdoptedCanvas | null | undefined;
}

interface Size {
  width: number;
  height: number;
  top: number;
  left: number;
}

/** A WebGL canvas that fills its wrapper and renders an r3f scene graph in it. */
export function SceneCanvas({ children, className, onError, adopt: adoptProp, ...config }: SceneCanvasProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const [adopt] = useState(() => adoptProp ?? null);
  const canvas = useRef<HTMLCanvasElement>(adopt?.canvas ?? null);
  const root = useRef<ReconcilerRoot<HTMLCanvasElement> | null>(null);
  const [size, setSize] = useState<Size | null>(null);

  // An adopted canvas moves from the start-up stage into this wrapper before the first measure.
  useLayoutEffect(() => {
    const el = wrap.current;
    if (!adopt || !el || adopt.canvas.parentElement === el) return;
    const stage = adopt.canvas.parentElement;
    el.appendChild(adopt.canvas);
    if (stage?.classList.contains('boot-stage')) stage.remove();
  }, [adopt]);

  useLayoutEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      setSize((s) => (s && s.width === r.width && s.height === r.height && s.top === r.top && s.left === r.left ? s : { width: r.width, height: r.height, top: r.top, left: r.left }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Like r3f's Canvas: an insertion effect survives StrictMode's effect replay, so the
  // root (and its WebGL context) is released only when the canvas really goes away.
  useInsertionEffect(
    () => () => {
      root.current?.unmount();
      root.current = null;
      // r3f releases a renderer it was given (its lists, its context) but leaves dispose() to the owner.
      adopt?.renderer.dispose();
      forgetKeptPrograms();
    },
    [adopt],
  );

  useLayoutEffect(() => {
    const el = canvas.current;
    if (!el || !size || size.width <= 0 || size.height <= 0) return;
    if (!root.current) root.current = createRoot(el);
    const onCreated = config.onCreated;
    const configured = root.current.configure({
      ...config,
      ...(adopt ? { gl: adopt.renderer, camera: adopt.camera, scene: adopt.scene } : null),
      size,
      events: pointerEvents,
      onCreated: (state) => {
        if (wrap.current) state.events.connect?.(wrap.current);
        onCreated?.(state);
      },
    });
    if (configured.status === 'rejected' || root.current.ready.status === 'rejected') {
      onError?.(root.current.ready.status === 'rejected' ? root.current.ready.reason : new Error('WebGL unavailable'));
      return;
    }
    configured.then(undefined, (err: unknown) => onError?.(err));
    try {
      root.current.render(<Suspense fallback={null}>{children}</Suspense>);
    } catch (err) {
      onError?.(err);
    }
  });

  useEffect(() => {
    // Keep the canvas focusable for keyboard control without a tab stop of its own.
    canvas.current?.setAttribute('tabindex', '-1');
  }, []);

  return (
    <div ref={wrap} className={className} style={{ position: 'relative', width: '100%', height: '100%', overflow: 'hidden' }}>
      {adopt ? null : <canvas ref={canvas} style={{ display: 'block', width: '100%', height: '100%' }} />}
    </div>
  );
}

import { useFrame, useThree } from '@react-three/fiber';
import type { ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import { useModelNotes } from '../state/modelNotes';
import { bumpPose } from '../state/rig';
import { useViewer } from '../state/viewer';
import { disposeObject } from './dispose';
import { ModelError, loadModel } from './loadModel';
import { ModelContext } from './ModelContext';
import type { PreparedModel } from './prepareModel';
import { planOfUpward, prepareModel } from './prepareModel';
import { noteModelExtensions } from '../state/modelExtensions';
import type { GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js';
import type { Boot } from './boot/handoff';

/** Names a failure that is not the file's (preparing, memory), loading the classifier on demand. */
async function fail(err: unknown): Promise<void> {
  const { classifyFailure } = await import('../lib/world/gltfCheck');
  const failure = classifyFailure(err, 'prepare');
  useViewer.getState().setFailed(failure.kind, failure.detail);
}

/** Gives the page a turn between two slices of a collision build. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
// The note moves in steps of 10%: each change is a page update, costly beside a huge model.

/** Props of the set model loader. */
export interface SetModelProps {
  setId: string;
  /** Model URL relative to the site root ("models/courtroom.glb"). */
  file: string;
  expectedBytes?: number | undefined;
  /** Called once the model is prepared, before its first frame: place the camera here. */
  onPrepared: (model: PreparedModel) => void;
  /** Children render inside the model context (controllers, hotspots, measuring). */
  children?: ReactNode;
  /** The start-up first frame's model (docs/ARCHITECTURE.md §2): used for the first load of the same file. */
  boot?: Boot | null | undefined;
}

/**
 * Loads, prepares and shows a set's model. Leaving the set (or a new attempt)
 * cancels a load under way and frees every geometry, material and texture.
 */
export function SetModel({ setId, file, expectedBytes, onPrepared, children, boot }: SetModelProps) {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const attempt = useViewer((s) => s.attempt);
  const eyeHeight = useViewer.getState().eyeHeight;
  // A model the start-up frame already drew is in the scene from the app's first frame on.
  const [model, setModel] = useState<PreparedModel | null>(() => boot?.ready?.model ?? null);
  const bootRef = useRef(boot ?? null);
  const onPreparedRef = useRef(onPrepared);
  onPreparedRef.current = onPrepared;

  useEffect(() => {
    const controller = new AbortController();
    const viewer = useViewer.getState();
    let prepared: PreparedModel | null = null;
    viewer.setProgress(0, expectedBytes ?? 0);
    const url = new URL(file, document.baseURI).href;
    const load = () =>
      loadModel({
        url,
        expectedBytes,
        signal: controller.signal,
        renderer: gl,
        onProgress: (p) => useViewer.getState().setProgress(p.loaded, p.total),
      }).then((gltf): { gltf: GLTF; premade?: PreparedModel } => ({ gltf }));
    // The start-up frame's model serves the first load of its own file; a boot for anything else is freed.
    let fromBoot = bootRef.current;
    if (fromBoot && (fromBoot.setId !== setId || fromBoot.modelUrl !== url)) {
      void fromBoot.model.then((m) => m && disposeObject(m.model.root));
      bootRef.current = fromBoot = null;
    }
    if (fromBoot) fromBoot.onProgress = (loaded, total) => useViewer.getState().setProgress(loaded, total);
    const source = fromBoot ? fromBoot.model.then((m) => (m ? { gltf: m.gltf, premade: m.model } : load())) : load();
    source
      .then(({ gltf, premade }) => {
        if (controller.signal.aborted) {
          // An effect run cut short (StrictMode's replay) leaves the start-up model for the next run.
          if (!premade) disposeObject(gltf.scene);
          return;
        }
        bootRef.current = null;
        noteModelExtensions(url, gltf.parser.json as Parameters<typeof noteModelExtensions>[1]);
        try {
          prepared = premade ?? prepareModel(gltf.scene, eyeHeight);
        } catch (err) {
          disposeObject(gltf.scene);
          throw err;
        }
        const model = prepared;
        const notes = useModelNotes.getState();
        notes.setNotes({ nothingToShow: model.nothingToShow, collision: model.hasProxies ? 'proxies' : model.world.ready ? 'approximate' : 'building' });
        if (!model.world.ready) {
          // §2: a big model without proxies is shown first; its floors and walls follow, a slice at a time.
          void model.world
            .finishInSlices({ pause, signal: controller.signal, onProgress: (f) => useModelNotes.getState().setCollision('building', Math.floor(f * 10) * 10) })
            .then(() => {
              if (controller.signal.aborted) return;
              useViewer.getState().setPlan(planOfUpward(model.world, model.plan.bounds), model.bounds.max.y - model.bounds.min.y);
              useModelNotes.getState().setCollision('approximate');
              invalidate();
            })
            .catch((err: unknown) => {
              if (!controller.signal.aborted) void fail(err);
            });
        }
        // The overview hides the ceiling (OrbitController); do it before the first frame
        // too, so its meshes are never drawn, or uploaded, for nothing.
        if (prepared.ceiling && useViewer.getState().mode === 'orbit') prepared.ceiling.visible = false;
        onPreparedRef.current(prepared);
        useViewer.getState().setPlan(prepared.plan, prepared.bounds.max.y - prepared.bounds.min.y);
        useViewer.getState().setLoaded();
        // The start-up frame already shows this model: the page has its picture, no "preparing" in between.
        if (premade && gl.domElement.dataset.ready === 'true') useViewer.getState().setReady(true);
        setModel(prepared);
        invalidate();
      })
      .catch((err: unknown) => {
        if (controller.signal.aborted) return;
        if (err instanceof ModelError) useViewer.getState().setFailed(err.kind, err.message);
        else void fail(err);
      });
    return () => {
      controller.abort();
      if (prepared) disposeObject(prepared.root);
      setModel(null);
      useViewer.getState().setReady(false);
      useViewer.getState().setPlan(null);
      useModelNotes.getState().clearNotes();
    };
    // eyeHeight is read once per load: changing it later moves the walker, not the model.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file, setId, attempt, gl, invalidate, expectedBytes]);

  if (!model) return null;
  return (
    <ModelContext.Provider value={model}>
      <primitive object={model.root} />
      <ReadySignal />
      {children}
    </ModelContext.Provider>
  );
}

/** Marks the canvas ready once a frame with the model in it has been drawn. */
function ReadySignal() {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const done = useRef(false);
  useEffect(() => {
    invalidate();
    return () => {
      done.current = false;
      gl.domElement.dataset.ready = 'false';
    };
  }, [gl, invalidate]);
  useFrame(() => {
    // A lost context draws nothing: wait for the frame after it comes back (ContextWatch asks for one).
    if (done.current || gl.getContext().isContextLost()) return;
    done.current = true;
    // useFrame runs before this frame is drawn; the next animation frame comes after it.
    requestAnimationFrame(() => {
      if (!done.current || gl.getContext().isContextLost()) {
        done.current = false;
        return;
      }
      gl.domElement.dataset.ready = 'true';
      useViewer.getState().setReady(true);
      bumpPose();
    });
  });
  return null;
}

/**
 * The floor: the least a web page must do to show one of our set models with
 * three.js. GLTFLoader + MeshoptDecoder, one directional light, the same pixel
 * ratio rule as SetScout (device pixel ratio clamped to [1, 2]) and antialiasing,
 * one render when the model arrives, then a render per animation frame only while
 * OrbitControls reports a change (on demand, like SetScout's frameloop="demand").
 *
 * For a like-for-like picture it follows the models' node contract the way the
 * viewer's overview does: the walking proxies (`floor`, `collision`) and the
 * `ceiling` are not drawn, and the camera starts at SetScout's overview framing
 * (src/lib/motion/orbit.ts, pure math). Nothing else: no environment map, no UI.
 *
 * Diagnosis switches (not used for the headline figures), to attribute SetScout's
 * extra cost one feature at a time:
 *   ?env=room       SetScout's environment: RoomEnvironment through PMREMGenerator.fromScene(room, 0.04)
 *   ?envsize=64     …with a smaller cube (three's default is 256)
 *   ?lights=setscout SetScout's lights: hemisphere + two directional lights
 *   ?tone=aces       ACES filmic tone mapping (react-three-fiber's default)
 */
import { ACESFilmicToneMapping, Box3, DirectionalLight, HemisphereLight, Mesh, PMREMGenerator, PerspectiveCamera, Scene, Vector3, WebGLRenderer } from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { orbitToPose, overviewOrbit } from '../../../src/lib/motion/orbit';
import { makePose } from '../../../src/lib/motion/pose';
import { exposeStats, modelUrl, showError, signalReadyAfterDraw } from './harness';

const DEG = Math.PI / 180;

/** SetScout's viewer field of view (src/lib/camera/viewerFov.ts): 70° across, vertical clamped to [45°, 75°]. */
function vfovDeg(aspect: number): number {
  const v = (2 * Math.atan(Math.tan((70 * DEG) / 2) / aspect)) / DEG;
  return Math.min(75, Math.max(45, v));
}

async function main() {
  const { url } = modelUrl();
  const renderer = new WebGLRenderer({ antialias: true, powerPreference: 'high-performance' });
  renderer.setPixelRatio(Math.min(2, Math.max(1, window.devicePixelRatio)));
  renderer.setSize(window.innerWidth, window.innerHeight);
  document.body.append(renderer.domElement);
  exposeStats('plain-three', () => renderer.info);

  const scene = new Scene();
  const aspect = window.innerWidth / Math.max(1, window.innerHeight);
  const camera = new PerspectiveCamera(vfovDeg(aspect), aspect, 0.05, 1000);
  const q = new URLSearchParams(location.search);
  if (q.get('tone') === 'aces') renderer.toneMapping = ACESFilmicToneMapping;
  if (q.get('lights') === 'setscout') {
    scene.add(new HemisphereLight(0xfff6e8, 0x3a3430, 1.1));
    const key = new DirectionalLight(0xfff2df, 1.6);
    key.position.set(8, 20, 6);
    const fill = new DirectionalLight(0xdfe8ff, 0.5);
    fill.position.set(-10, 12, -8);
    scene.add(key, fill);
  } else {
    const sun = new DirectionalLight(0xffffff, 3);
    sun.position.set(8, 20, 6);
    scene.add(sun);
  }
  if (q.get('env') === 'room') {
    const t0 = performance.now();
    const pmrem = new PMREMGenerator(renderer);
    const room = new RoomEnvironment();
    const size = Number(q.get('envsize')) || 256;
    scene.environment = pmrem.fromScene(room, 0.04, 0.1, 100, { size }).texture;
    scene.environmentIntensity = 0.55;
    room.dispose();
    pmrem.dispose();
    performance.measure('bench:pmrem', { start: t0, end: performance.now() });
  }

  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  const gltf = await loader.loadAsync(url);
  const root = gltf.scene;
  for (const name of ['floor', 'collision', 'ceiling']) {
    const node = root.getObjectByName(name);
    if (node) node.visible = false;
  }
  scene.add(root);

  const box = new Box3();
  const visual = root.getObjectByName('visual');
  box.setFromObject(visual ?? root);
  const o = overviewOrbit(box.min, box.max, camera.fov * DEG, aspect);
  const pose = orbitToPose(o, makePose());
  camera.position.set(pose.x, pose.y, pose.z);
  const target = new Vector3(o.tx, o.ty, o.tz);
  camera.lookAt(target);

  const controls = new OrbitControls(camera, renderer.domElement);
  controls.target.copy(target);
  controls.update();

  let pending = false;
  const render = () => {
    pending = false;
    renderer.render(scene, camera);
  };
  const requestRender = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(render);
  };
  controls.addEventListener('change', requestRender);
  window.addEventListener('resize', () => {
    const a = window.innerWidth / Math.max(1, window.innerHeight);
    camera.aspect = a;
    camera.fov = vfovDeg(a);
    camera.updateProjectionMatrix();
    renderer.setSize(window.innerWidth, window.innerHeight);
    requestRender();
  });

  // The first full frame, drawn as soon as the model is in the scene.
  renderer.render(scene, camera);
  signalReadyAfterDraw(renderer.domElement);
  // Every mesh counted once, for the report's "what was drawn" line.
  let meshes = 0;
  root.traverse((obj) => {
    if (obj instanceof Mesh && obj.visible) meshes++;
  });
  renderer.domElement.dataset.meshes = String(meshes);
}

main().catch(showError);

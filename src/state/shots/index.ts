/**
 * The shot list (docs/ARCHITECTURE.md, "Shots"): the store and its persistence (store.ts), still
 * storage (stills.ts), the capture binding (capture.ts), the view a shot records (view.ts) and the
 * actions across stores (actions.ts).
 */
export { STILL_HEIGHT, STILL_WIDTH, bindShotCapture, shotCapture, type ShotCaptureBinding, type StillView } from './capture';
export { indexedDbStillStore, memoryStillStore, setStillStore, stillStore, type StillRecord, type StillStore } from './stills';
export { useShots, type PendingDelete, type ShotsState } from './store';
export { findBody, openShot, presetAsShotFields, shotFov, snapshotView } from './view';
export { addPreset, captureShot, importShots, retakeStill } from './actions';

/** Camera moves: keyframes, interpolation, presets, editing with undo, and the `move=` codec. */
export type { Ease, FigureBlocking, Handheld, Keyframe, Mark, Move, MoveSample } from './types';
export { EASES, FOCAL_MAX_MM, FOCAL_MIN_MM, FOCUS_MAX_M, FOCUS_MIN_M, MAX_DURATION_S, MAX_BLOCKED_FIGURES, MAX_KEYFRAMES, MAX_MARKS, moveDuration, moveHasContent } from './types';
export { compileMove, easeValue, makeSample, sampleMove, seededRandom, SHAKE_AT_FULL } from './interpolate';
export type { CompiledMove } from './interpolate';
export { EMPTY_MOVE, HISTORY_LIMIT, SAME_TIME_S, addKeyframe, commit, historyOf, keyframeAt, normaliseMove, redo, removeKeyframe, retimeKeyframe, setDuration, undo, updateKeyframe } from './edit';
export type { History } from './edit';
export { ARC_STEP_DEG, PRESET_DEFAULT, PRESET_IDS, PRESET_UNIT, appendPreset, buildPreset, dollyZoomDistance, pointAhead, withHandheld } from './presets';
export type { PresetId, PresetInput } from './presets';
export { BLOCKING_VERSION, MOVE_VERSION, formatMove, formatPlayhead, parseMove, parsePlayhead } from './codec';
export type { MoveProblem } from './codec';
export { CHECK_STEP_S, RIG_HEIGHT_MAX, RIG_HEIGHT_MIN, checkPath, pathTimes } from './pathCheck';
export type { PathIssue, PathIssueKind } from './pathCheck';
export { HOLD_M, TURN_FRACTION, compileWalk, makeWalkSample, sampleWalk } from './blocking';
export type { CompiledWalk, WalkSample } from './blocking';
export { addMark, dropFigure, marksOf, removeMark, updateMark } from './marks';
export { ROLL_LIMIT, CAMERA_RADIUS, applyAxis, facingCameraDeg, figureNudge, makeOperator, moveFlat } from './operate';
export type { Operator, OperatorAxis } from './operate';
export { RIG_START_HEIGHT } from './rig';

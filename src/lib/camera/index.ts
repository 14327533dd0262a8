/** Camera math for 9:16 framing: field of view, delivery pixels, shot size, feasibility. */
export type { Body, FrameFov, FigureKind, FigurePose, LensSet, Orientation, Size } from './types';
export { FOCAL_RANGE_MM, clampFocalMm, FRAME_ASPECT, FULL_FRAME, fovDeg, focalForFov, frameSize, frameFov, equivalentFocal, diagonalCropFactor } from './fov';
export { DELIVERY_1080x1920, deliveryCheck, bestDelivery } from './delivery';
export type { DeliveryCheck } from './delivery';
export {
  SHOT_SIZE_IDS,
  SHOT_SIZES,
  LANDMARKS,
  SEATED_HEIGHT_RATIO,
  FIGURE_HEIGHTS_M,
  CUT_THRESHOLDS,
  FEET_TOLERANCE,
  HEAD_IN,
  FULL_MIN_FILL,
  LONG_MIN_FILL,
  INTENDED_FRAMINGS,
  posedHeight,
  figureViewFromNdc,
  classifyShotSize,
  intendedFraming,
  distanceForExtent,
  requiredDistance,
} from './shotSize';
export type { ShotSizeId, ShotSize, FigureView, Framing } from './shotSize';
export { lensesForBody, longestFocalUpTo, checkFeasibility, placeCamera, planShot } from './feasibility';
export type { Alternative, FeasibilityInput, Feasibility, PlacedCamera, ShotPlanInput, ShotPlan } from './feasibility';

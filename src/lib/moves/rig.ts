/**
 * The frame camera's rig: the range of lens heights above the floor it can reach, from low
 * mode on a hi-hat to a tall stand. One constant for the height slider, the camera operator's
 * pedestal, and the path check of a move.
 */
export const RIG_HEIGHT_MIN = 0.2;
export const RIG_HEIGHT_MAX = 3;
/** The lens height a camera gets when it arrives from the overview or from off every floor, metres. */
export const RIG_START_HEIGHT = 1.5;

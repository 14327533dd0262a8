import { defineStrings } from '../define';

/** Frame mode: what the set hides of the judged stand-in (src/lib/framing/figureVisibility.ts). */
export default defineStrings({
  zh: {
    'frame.shotPartlyHidden': '部分被布景遮挡',
    'frame.shotHidden': '被布景挡住',
  },
  en: {
    'frame.shotPartlyHidden': 'Partly hidden by the set',
    'frame.shotHidden': 'Hidden by the set',
  },
});

import { defineStrings } from '../define';

/** The keyboard shortcuts sheet (loaded when "?" is pressed). */
export default defineStrings({
  zh: {
    'common.shortcuts': '键盘快捷键',
    'common.shortcutsHint': '按 ? 查看键盘快捷键',
    'keys.help': '打开或关闭本说明',
    'keys.orbitTurn': '俯瞰：旋转视角',
    'keys.orbitZoom': '俯瞰：拉近 / 推远',
    'keys.walkMove': '漫步：前进、后退、左右平移',
    'keys.walkTurn': '漫步：左转 / 右转',
    'keys.walkRun': '漫步：按住加速',
    'keys.escape': '关闭卡片或对话框',
    'keys.tab': '在控件之间移动',
    'keys.frame': '取景：见取景面板中的按键说明',
    'keys.tour': '导览：空格 播放/暂停，← → 上一站/下一站',
    'keys.present': '演示：→ 或 PageDown 下一页，← 或 PageUp 上一页',
  },
  en: {
    'common.shortcuts': 'Keyboard shortcuts',
    'common.shortcutsHint': 'Press ? for keyboard shortcuts',
    'keys.help': 'Open or close this sheet',
    'keys.orbitTurn': 'Overview: turn the view',
    'keys.orbitZoom': 'Overview: zoom in / out',
    'keys.walkMove': 'Walk: forward, back, step sideways',
    'keys.walkTurn': 'Walk: turn left / right',
    'keys.walkRun': 'Walk: hold to hurry',
    'keys.escape': 'Close a card or dialog',
    'keys.tab': 'Move between controls',
    'keys.frame': 'Frame: see the keys listed in the framing panel',
    'keys.tour': 'Tour: Space play/pause, ← → previous/next stop',
    'keys.present': 'Presentation: → or PageDown next slide, ← or PageUp previous',
  },
});

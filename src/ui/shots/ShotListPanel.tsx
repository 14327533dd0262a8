/** The shot list panel (built by the shot-list work; shows nothing yet). */
export function ShotListPanel() {
  return null;
}

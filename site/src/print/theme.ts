/** Colours and sizes shared by the printed documents: dark enough to survive a cheap office printer. */
export const printTheme = {
  text: '#111111',
  muted: '#444444',
  accent: '#0b6e4f',
  warning: '#a4262c',
  link: '#0b4f8a',
  box: '#eef6f2',
  bodySize: 10,
} as const

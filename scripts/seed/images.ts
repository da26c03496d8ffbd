import sharp from 'sharp'

import type { SeedImage } from './content/types'

const palettes: Record<
  SeedImage['palette'],
  { sky: string; ground: string; accent: string; figure: string }
> = {
  steppe: { sky: '#f3d9a4', ground: '#c9a45c', accent: '#2f6f73', figure: '#6b3f2a' },
  river: { sky: '#cfe8ef', ground: '#4f9bb3', accent: '#f2b134', figure: '#1f3b4d' },
  dawn: { sky: '#f7c6b3', ground: '#8c5a7a', accent: '#ffe08a', figure: '#3d2a40' },
  mountain: { sky: '#dfe7f2', ground: '#6d8a6b', accent: '#e85d3f', figure: '#2c3b2f' },
  city: { sky: '#e9e4dc', ground: '#7c8591', accent: '#2e86ab', figure: '#30343b' },
}

const person = (x: number, y: number, scale: number, colour: string) =>
  `<g transform="translate(${x} ${y}) scale(${scale})" fill="${colour}"><circle cx="0" cy="-110" r="38"/><rect x="-45" y="-68" width="90" height="150" rx="40"/></g>`

const motifs: Record<SeedImage['motif'], (c: (typeof palettes)[SeedImage['palette']]) => string> = {
  family: (c) =>
    person(620, 760, 1.6, c.figure) +
    person(860, 760, 1.5, c.figure) +
    person(740, 800, 0.9, c.accent) +
    person(980, 810, 0.8, c.accent),
  road: (c) =>
    `<path d="M700 1000 L780 560 L820 560 L1100 1000 Z" fill="${c.accent}" opacity="0.85"/>` +
    person(760, 700, 0.8, c.figure),
  document: (c) =>
    `<rect x="620" y="260" width="360" height="480" rx="18" fill="#fff"/>` +
    [330, 390, 450, 510, 570]
      .map((y) => `<rect x="670" y="${y}" width="260" height="18" rx="9" fill="${c.figure}" opacity="0.7"/>`)
      .join('') +
    `<circle cx="900" cy="660" r="44" fill="${c.accent}"/>`,
  phone: (c) =>
    `<rect x="680" y="220" width="240" height="460" rx="36" fill="${c.figure}"/><rect x="700" y="260" width="200" height="360" rx="10" fill="${c.sky}"/><circle cx="800" cy="650" r="16" fill="${c.accent}"/>`,
  meeting: (c) =>
    `<ellipse cx="800" cy="780" rx="360" ry="70" fill="${c.accent}"/>` +
    [520, 680, 920, 1080].map((x) => person(x, 720, 1.1, c.figure)).join(''),
  school: (c) =>
    `<polygon points="560,520 800,340 1040,520" fill="${c.accent}"/><rect x="600" y="520" width="400" height="300" fill="#fff"/><rect x="760" y="660" width="80" height="160" fill="${c.figure}"/>` +
    person(1120, 800, 0.8, c.figure),
}

/**
 * Draws a demo picture locally (no downloads): a flat landscape in the image's palette with its
 * motif, as a 1600×1000 JPEG, the size a press photo would at least have. Same input, same bytes.
 */
export async function drawSeedImage(image: SeedImage): Promise<Buffer> {
  const c = palettes[image.palette]
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000" viewBox="0 0 1600 1000">
    <rect width="1600" height="1000" fill="${c.sky}"/>
    <circle cx="1320" cy="200" r="110" fill="${c.accent}" opacity="0.6"/>
    <path d="M0 700 Q400 600 800 690 T1600 660 V1000 H0 Z" fill="${c.ground}"/>
    ${motifs[image.motif](c)}
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer()
}

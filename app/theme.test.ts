import type { MantineColorsTuple } from '@mantine/core';
import { describe, expect, it } from 'vitest';

import { accessibleColors, theme } from './theme.ts';

/** WCAG 2.x relative luminance of an sRGB colour written #rrggbb. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const white = '#ffffff';
const AA = 4.5;
const colors = Object.entries(accessibleColors) as [string, MantineColorsTuple][];

describe('the theme keeps text at 4.5:1 (WCAG AA)', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', white)).toBeCloseTo(21, 5);
    expect(contrast('#868e96', white)).toBeCloseTo(3.32, 2); // Mantine's own dimmed grey
  });

  it('dimmed text on white and on every pale background a page uses', () => {
    const dimmed = accessibleColors.gray[6];
    const pale = colors.flatMap(([, shades]) => [shades[0], shades[1]]);
    for (const background of [white, accessibleColors.gray[2], ...pale])
      expect(contrast(dimmed, background), `dimmed on ${background}`).toBeGreaterThanOrEqual(AA);
  });

  it.each(colors)('%s: text shades 8 and 9 on white, light-variant text on shades 0–2', (_, s) => {
    const [s0, s1, s2, , , , , , s8, s9] = s;
    for (const shade of [s8, s9]) expect(contrast(shade, white)).toBeGreaterThanOrEqual(AA);
    for (const background of [s0, s1, s2])
      expect(contrast(s9, background)).toBeGreaterThanOrEqual(AA);
  });

  it.each(colors)('%s: the filled shade under its text colour', (name, s) => {
    const filled = s[theme.primaryShade as 7];
    // autoContrast puts dark text on a filled colour whose luminance passes the threshold.
    const text = luminance(filled) > (theme.luminanceThreshold ?? 0.3) ? '#000000' : white;
    expect(contrast(text, filled), `${name} filled`).toBeGreaterThanOrEqual(AA);
  });

  it('links and error text on white', () => {
    expect(contrast(accessibleColors.leeway[7], white)).toBeGreaterThanOrEqual(AA);
    expect(contrast(accessibleColors.red[8], white)).toBeGreaterThanOrEqual(AA);
    expect(contrast(accessibleColors.red[8], accessibleColors.red[0])).toBeGreaterThanOrEqual(AA);
  });
});

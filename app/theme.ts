import {
  createTheme,
  DEFAULT_THEME,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

/*
 * The contrast rule (WCAG 2.x AA, checked by app/theme.test.ts and by axe in
 * e2e/accessibility/): text reaches 4.5:1 against the backgrounds it sits on. Mantine's light colour
 * scheme draws text from a few shades of each colour, so the rule is kept here, per shade, rather
 * than page by page:
 *   - shade 6 of gray is the dimmed text (`c="dimmed"`), on white and the pale backgrounds;
 *   - shade 7 is the filled background under white text (primaryShade is 7);
 *   - shades 8 and 9 are text on white (`c="red.8"`, `c="green.9"`), and shade 9 is the text of the
 *     light variant on shades 0–2 (badges, alerts, light buttons and their hover);
 *   - yellow stays bright when filled and takes dark text instead (autoContrast).
 * Shades 0–5 (backgrounds, borders) are Mantine's.
 */

// Mantine's teal at its usual primary shade gives white button text too little contrast (2.6:1);
// this teal keeps the same hue but puts a shade that reaches 5:1 at index 7.
const leewayTeal: MantineColorsTuple = [
  '#e6fcf5',
  '#c3fae8',
  '#96f2d7',
  '#63e6be',
  '#38d9a9',
  '#20c997',
  '#12b886',
  '#087f5b',
  '#076c4e',
  '#055a41',
];

/** Mantine's colour with new shades from 6 on, each darkened in the same hue until it passes. */
function darkerFrom6(
  name: keyof typeof DEFAULT_THEME.colors,
  shades: readonly [string, string, string, string],
): MantineColorsTuple {
  const [s0, s1, s2, s3, s4, s5] = DEFAULT_THEME.colors[name] as MantineColorsTuple;
  return [s0, s1, s2, s3, s4, s5, ...shades];
}

/** The colours whose shades the app shows text in, darkened where Mantine's fall short. */
export const accessibleColors = {
  leeway: leewayTeal,
  // Dimmed text: Mantine's #868e96 is 3.3:1 on white; this is 6.0:1, and at least 4.6:1 on gray.2
  // and on every colour's shades 0 and 1 (an alert's or a selected row's background).
  gray: darkerFrom6('gray', ['#5d646b', '#495057', '#343a40', '#212529']),
  red: darkerFrom6('red', ['#fa5252', '#e91212', '#d11f1f', '#b02525']),
  orange: darkerFrom6('orange', ['#fd7e14', '#c45206', '#b8470a', '#ad390c']),
  yellow: darkerFrom6('yellow', ['#fab005', '#f59f00', '#ab6400', '#a35400']),
  green: darkerFrom6('green', ['#40c057', '#298539', '#247a34', '#237233']),
  teal: darkerFrom6('teal', ['#12b886', '#0a8560', '#087a57', '#077050']),
  blue: darkerFrom6('blue', ['#228be6', '#1a77ca', '#186cba', '#165b9c']),
  cyan: darkerFrom6('cyan', ['#15aabf', '#0d8092', '#0b7587', '#0a697b']),
  grape: darkerFrom6('grape', ['#be4bdb', '#ae3ec9', '#9c36b5', '#862e9c']),
} satisfies Record<string, MantineColorsTuple>;

export const theme = createTheme({
  primaryColor: 'leeway',
  primaryShade: 7,
  colors: accessibleColors,
  // Dark text on a filled colour too light for white (yellow); white everywhere else.
  autoContrast: true,
  defaultRadius: 'md',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '600' },
  cursorType: 'pointer',
  components: {
    // A link inside a sentence is told apart by more than its colour (WCAG 1.4.1).
    Anchor: { defaultProps: { underline: 'always' } },
    // A dialog's title bar is not the page's banner: a <header> there makes a second one.
    DrawerHeader: { defaultProps: { component: 'div' } },
    ModalHeader: { defaultProps: { component: 'div' } },
    // A table wider than a phone scrolls sideways: its viewport takes focus so the keyboard can too.
    TableScrollContainer: {
      defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } },
    },
  },
});

/**
 * Mantine's error text is red.6 (3.3:1 on white); red.8 passes on white and on red.0. Its
 * placeholder is gray.5 (2.1:1), and a file input draws its placeholder as text: dimmed grey passes.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-error': 'var(--mantine-color-red-8)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
  },
  dark: {},
});

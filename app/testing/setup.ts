import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Mantine asks for media queries (color scheme, breakpoints); happy-dom answers none of them.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// Testing Library cleans up by itself only when the test API is global; ours is imported.
afterEach(() => cleanup());

// Mantine's autosizing textarea listens for web fonts loading; happy-dom has no FontFaceSet.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: Object.assign(new EventTarget(), { ready: Promise.resolve() }),
  });
}

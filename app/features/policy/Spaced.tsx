import { Children, Fragment, type ReactNode } from 'react';

/**
 * Parts separated by a space: the flex layout ignores it, but the text read out of the cell (its
 * name, and what a voice command must say) no longer runs "per month" into "Changed in draft".
 */
export function Spaced({ children }: { children: ReactNode }) {
  return Children.toArray(children).map((part, i) => (
    <Fragment key={i}>
      {i > 0 ? ' ' : null}
      {part}
    </Fragment>
  ));
}

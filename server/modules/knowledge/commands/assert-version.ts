import { AppError } from '../../../errors.ts';

/** Throws the 409 of a save made over a version the caller had not seen. */
export function assertVersion(current: number, expected: number | undefined): void {
  if (expected !== undefined && expected !== current)
    throw new AppError(
      'conflict',
      `The article was saved as version ${current} since you opened version ${expected}: reload it and apply your change again`,
      'expectedVersion',
      undefined,
      { currentVersion: current },
    );
}

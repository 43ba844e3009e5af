import { describe, expect, it } from 'vitest';

import { tokenPolicy } from './token.ts';

describe('tokenPolicy', () => {
  it('lets a person create a token that acts as themselves', () => {
    expect(tokenPolicy('ada').createActingAs('ada').allowed).toBe(true);
  });

  it('refuses a token acting as someone else, and the operator one acting as anyone', () => {
    const refusal = {
      allowed: false,
      code: 'forbidden',
      message: 'A token that acts as a person can only be created by that person',
      field: 'personId',
    };
    expect(tokenPolicy('ada').createActingAs('bryan')).toEqual(refusal);
    expect(tokenPolicy(null).createActingAs('bryan')).toEqual(refusal);
  });
});

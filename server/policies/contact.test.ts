import { describe, expect, it } from 'vitest';

import { contactPolicy } from './contact.ts';

describe('contactPolicy', () => {
  it('lets the rep who has the contact open change it, close it and ask for resolutions', () => {
    const p = contactPolicy('bryan', { openedBy: 'bryan' });
    expect([p.change, p.close, p.requestResolution].every((v) => v.allowed)).toBe(true);
  });

  it('refuses anyone else, saying what only the handling rep may do', () => {
    const p = contactPolicy('sarah', { openedBy: 'bryan' });
    expect(p.change).toEqual({
      allowed: false,
      code: 'forbidden',
      message: 'Only the rep handling this contact can change it',
    });
    expect(p.close).toMatchObject({ message: 'Only the rep handling this contact can close it' });
    expect(p.requestResolution).toMatchObject({
      code: 'forbidden',
      message: 'Only the rep handling this contact can request resolutions on it',
    });
  });
});

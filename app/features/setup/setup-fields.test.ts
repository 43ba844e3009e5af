import { describe, expect, it } from 'vitest';

import { fieldOf, initialFields, slugFrom, toRequest, withoutPath } from './setup-fields.ts';

describe('the setup form', () => {
  it('suggests a slug the server accepts from the organization name', () => {
    expect(slugFrom('Harbour Lights, Lisbon')).toBe('harbour-lights-lisbon');
    expect(slugFrom('  Café Münster  ')).toBe('cafe-munster');
    expect(slugFrom('¡¡!!')).toBe('');
    const long = slugFrom('A very long name for an organization that goes on and on');
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long).toMatch(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/);
  });

  it("puts the server's refusal beside the field it names, without the path", () => {
    expect(fieldOf('organization.currency')).toBe('currency');
    expect(fieldOf('timeZone')).toBe('timeZone');
    expect(fieldOf('admin.password')).toBe('password');
    expect(fieldOf('setupToken')).toBe('setupToken');
    expect(fieldOf(undefined)).toBeUndefined();
    expect(withoutPath('admin.password: is too common', 'admin.password')).toBe('is too common');
  });

  it('sends the body the setup endpoint takes, without an empty vision', () => {
    const fields = {
      ...initialFields(),
      name: ' Harbour ',
      slug: 'harbour',
      currency: 'eur',
      timeZone: 'Europe/Lisbon',
      adminName: 'Ana',
      adminEmail: ' ana@harbour.example ',
      password: ' spaces kept ',
      setupToken: ' pasted-with-a-space ',
    };
    expect(toRequest(fields)).toEqual({
      organization: {
        slug: 'harbour',
        name: 'Harbour',
        currency: 'EUR',
        timeZone: 'Europe/Lisbon',
      },
      admin: { email: 'ana@harbour.example', name: 'Ana', password: ' spaces kept ' },
      template: 'hundred-dollar-rule',
      setupToken: 'pasted-with-a-space',
    });
  });
});

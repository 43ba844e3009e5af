import { describe, expect, it } from 'vitest';

import { keepsAnAdmin, personChangeVerdict, personPolicy, type PersonFacts } from './person.ts';

const ada: PersonFacts = { id: 'ada', role: 'admin', levelKey: 'manager', active: true };

describe('personPolicy', () => {
  it('lets another admin, the operator or an integration change anyone', () => {
    for (const actor of ['grace', null])
      expect(Object.values(personPolicy(actor, ada)).every((v) => v.allowed)).toBe(true);
  });

  it('refuses changing your own role or level (403) and deactivating yourself (400)', () => {
    const own = personPolicy('ada', ada);
    expect(own.changeRole).toEqual({
      allowed: false,
      code: 'forbidden',
      message: 'Nobody changes their own role: ask another admin',
      field: 'role',
    });
    expect(own.changeLevel).toEqual({
      allowed: false,
      code: 'forbidden',
      message: 'Nobody changes their own authority level: ask another admin',
      field: 'levelKey',
    });
    expect(own.deactivate).toEqual({
      allowed: false,
      code: 'validation_failed',
      message: 'active: you cannot deactivate yourself',
      field: 'active',
    });
  });
});

describe('personChangeVerdict', () => {
  it('treats a change to the same value as no change', () => {
    const same = { role: 'admin', levelKey: 'manager', active: true } as const;
    expect(personChangeVerdict('ada', ada, same).allowed).toBe(true);
    expect(personChangeVerdict('ada', ada, {}).allowed).toBe(true);
  });

  it('names the first rule a change breaks: role, then level, then deactivation', () => {
    const all = { role: 'agent', levelKey: null, active: false } as const;
    expect(personChangeVerdict('ada', ada, all)).toMatchObject({ field: 'role' });
    expect(personChangeVerdict('ada', ada, { levelKey: null, active: false })).toMatchObject({
      field: 'levelKey',
    });
    expect(personChangeVerdict('ada', ada, { active: false })).toMatchObject({ field: 'active' });
    expect(personChangeVerdict('ada', { ...ada, active: false }, { active: false }).allowed).toBe(
      true,
    );
  });
});

describe('keepsAnAdmin', () => {
  it("refuses demoting or deactivating the organization's last active admin (409)", () => {
    expect(keepsAnAdmin(ada, { role: 'agent' }, 0)).toEqual({
      allowed: false,
      code: 'conflict',
      message: "This is the organization's last admin: make someone else an admin first",
      field: 'role',
    });
    expect(keepsAnAdmin(ada, { active: false }, 0)).toMatchObject({ field: 'active' });
  });

  it('allows it while another active admin remains, and any change that keeps the admin', () => {
    expect(keepsAnAdmin(ada, { role: 'agent' }, 1).allowed).toBe(true);
    expect(keepsAnAdmin(ada, { role: 'admin', levelKey: null }, 0).allowed).toBe(true);
    expect(keepsAnAdmin({ ...ada, role: 'trainer' }, { active: false }, 0).allowed).toBe(true);
    expect(keepsAnAdmin({ ...ada, active: false }, { role: 'agent' }, 0).allowed).toBe(true);
  });
});

import type { Db } from '../../../db/database.ts';
import { abilitiesOf, rolesWith } from '../../../policies/ability-holders.ts';
import { serverModules } from '../../index.ts';
import { presentOrganization } from '../../organization/presenter.ts';
import { findOrganization } from '../../organization/queries/find-organization.ts';
import { presentPerson } from '../../people/presenter.ts';
import { findPerson } from '../../people/queries/find-person.ts';

/** Who is signed in, as `/api/me` and every way of signing in answer. */
export async function loadMe(options: { db: Db; organizationId: string; personId: string }) {
  const { db, organizationId, personId } = options;
  const person = await findPerson({ db, organizationId, personId });
  const withheld = new Set(
    (
      await Promise.all(
        serverModules.map((module) =>
          'withheldAbilities' in module
            ? module.withheldAbilities(db, { organizationId, personId, role: person.role })
            : [],
        ),
      )
    ).flat(),
  );
  return {
    person: presentPerson(person),
    organization: presentOrganization(await findOrganization({ db, organizationId })),
    // The app shows what these allow and hides the rest; the server still checks every request.
    abilities: abilitiesOf(person.role).filter((ability) => !withheld.has(ability)),
    delegateRoles: rolesWith('approvals.decide'),
  };
}

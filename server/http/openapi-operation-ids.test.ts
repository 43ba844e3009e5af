import { describe, expect, it } from 'vitest';

import { operationIdOf } from './openapi-operation-ids.ts';

describe('operationIdOf', () => {
  it.each([
    ['get', '/api/approvals', 'listApprovals'],
    ['post', '/api/approvals/{id}/approve', 'approveApproval'],
    ['get', '/api/people', 'listPeople'],
    ['post', '/api/people', 'createPerson'],
    ['get', '/api/people/{id}', 'getPerson'],
    ['patch', '/api/people/{id}', 'updatePerson'],
    ['delete', '/api/tokens/{id}', 'deleteToken'],
    ['get', '/api/authority-levels', 'listAuthorityLevels'],
    ['get', '/api/organization', 'getOrganization'],
    ['put', '/api/authority/policy/draft', 'replaceAuthorityPolicyDraft'],
    ['post', '/api/authority/policy/publish', 'publishAuthorityPolicy'],
    ['post', '/api/contacts/{id}/resolutions', 'createContactResolution'],
    ['get', '/api/ledger/entries/{seq}/proof', 'getLedgerEntryProof'],
    ['get', '/healthz', 'getHealthz'],
  ])('%s %s → %s', (method, path, id) => {
    expect(operationIdOf(method, path)).toBe(id);
  });
});

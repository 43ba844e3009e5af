import { useWindowEvent } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import { policyDocumentSchema, type PolicyDocument } from '../../../domain/authority/policy.ts';
import { validatePolicy, type PolicyIssue } from '../../../domain/authority/validate.ts';
import { ApiError } from '../../api/client.ts';
import { diffPolicies, type Change } from './policy-diff.ts';
import { indexIssues, withoutEchoes, type IssueIndex } from './policy-issues.ts';
import type { StoredPolicy } from './types.ts';
import {
  policyKeys,
  useDiscardDraft,
  useDraftPolicy,
  usePublishedPolicy,
  usePublishPolicy,
  useSaveDraft,
} from './use-policy.ts';

export type SaveState = 'no_draft' | 'unsaved' | 'saving' | 'saved' | 'failed';

const autosaveDelayMs = 800;

export type PolicyEditor = ReturnType<typeof usePolicyEditor>;

/**
 * The document being edited and everything derived from it. Edits apply at once (so validation and
 * the diff follow every keystroke) and are saved as the draft shortly after the admin pauses.
 */
export function usePolicyEditor(timeZone: string) {
  const queryClient = useQueryClient();
  const published = usePublishedPolicy();
  const draftQuery = useDraftPolicy();
  const save = useSaveDraft();
  const discardDraft = useDiscardDraft();
  const publishMutation = usePublishPolicy();

  const [local, setLocal] = useState<PolicyDocument | null>(null);
  const [savedDoc, setSavedDoc] = useState<PolicyDocument | null>(null);
  const [failedDoc, setFailedDoc] = useState<PolicyDocument | null>(null);

  const serverDraft = draftQuery.data?.draft ?? null;
  const base = published.data?.document;
  const doc = local ?? serverDraft?.document ?? base;
  const dirty = local !== null && local !== savedDoc;

  const derived = useMemo(() => {
    if (!doc || !base) return null;
    const structural = policyDocumentSchema.safeParse(doc).success;
    const validation = validatePolicy(doc);
    return {
      structural,
      clientIssues: validation.ok ? [] : validation.issues,
      changes: diffPolicies(base, doc, timeZone),
    };
  }, [doc, base, timeZone]);

  // What the server said about the draft is shown once it describes what is on screen; until then, our own check.
  const saveError =
    save.error instanceof ApiError && save.error.field?.startsWith('document') ? save.error : null;
  const issues: PolicyIssue[] = useMemo(() => {
    const raw =
      !dirty && draftQuery.data?.draft ? draftQuery.data.issues : (derived?.clientIssues ?? []);
    const list = doc ? withoutEchoes(doc, raw) : raw;
    return saveError && failedDoc === doc
      ? [...list, { path: saveError.field ?? 'document', message: saveError.message }]
      : list;
  }, [dirty, draftQuery.data, derived, saveError, failedDoc, doc]);
  const issueIndex: IssueIndex | null = useMemo(
    () => (doc ? indexIssues(doc, issues) : null),
    [doc, issues],
  );

  const latest = useRef({ local, dirty });
  latest.current = { local, dirty };

  const saveNow = useCallback(async () => {
    const sending = latest.current.local;
    if (!sending) return;
    try {
      await save.mutateAsync(sending);
      setSavedDoc(sending);
      setFailedDoc(null);
    } catch (error) {
      setFailedDoc(sending);
      throw error;
    }
  }, [save]);

  const structural = derived?.structural ?? false;
  const pending = save.isPending;
  useEffect(() => {
    if (!dirty || !structural || pending || local === failedDoc) return;
    const timer = setTimeout(() => void saveNow().catch(() => undefined), autosaveDelayMs);
    return () => clearTimeout(timer);
  }, [local, dirty, structural, pending, failedDoc, saveNow]);

  // Leaving the page within the autosave delay still keeps the edit.
  useEffect(
    () => () => {
      if (latest.current.dirty && latest.current.local) save.mutate(latest.current.local);
    },
    // Only on unmount: `latest` carries the current values.
    [],
  );
  useWindowEvent('beforeunload', (event) => {
    if (latest.current.dirty) event.preventDefault();
  });

  const edit = useCallback(
    (change: (doc: PolicyDocument) => PolicyDocument) => {
      setLocal((current) => {
        const from =
          current ??
          queryClient.getQueryData<{ draft: StoredPolicy | null }>(policyKeys.draft)?.draft
            ?.document ??
          base;
        return from ? change(from) : current;
      });
    },
    [queryClient, base],
  );

  const discard = useCallback(async () => {
    if (serverDraft || savedDoc) await discardDraft.mutateAsync();
    setLocal(null);
    setSavedDoc(null);
    setFailedDoc(null);
    save.reset();
  }, [serverDraft, savedDoc, discardDraft, save]);

  const publish = useCallback(
    async (note: string) => {
      if (latest.current.dirty) await saveNow();
      const publishing = latest.current.local ?? serverDraft?.document;
      const outcome = await publishMutation.mutateAsync(note);
      if (outcome.status === 'awaiting_second_admin') return outcome;
      const { version } = outcome;
      // Show the new version at once rather than the old one until the refetch lands.
      if (publishing) {
        const now = new Date().toISOString();
        queryClient.setQueryData(policyKeys.published, {
          policy: {
            version,
            status: 'published',
            note,
            publishedAt: now,
            updatedAt: now,
            document: publishing,
            publishRequest: null,
            selfAffecting: false,
          },
        });
      }
      setLocal(null);
      setSavedDoc(null);
      return outcome;
    },
    [saveNow, serverDraft, publishMutation, queryClient],
  );

  const hasDraft = serverDraft !== null || local !== null;
  const saveState: SaveState = !hasDraft
    ? 'no_draft'
    : save.isPending
      ? 'saving'
      : local !== null && local === failedDoc
        ? 'failed'
        : dirty
          ? 'unsaved'
          : 'saved';

  return {
    loading: published.isPending || draftQuery.isPending,
    loadError: published.error ?? draftQuery.error,
    published: published.data ?? null,
    serverDraft,
    doc: doc ?? null,
    base: base ?? null,
    hasDraft,
    dirty,
    saveState,
    savedAt: serverDraft?.updatedAt ?? null,
    saveError: save.error,
    /** False while the document does not even have the right shape: it cannot be saved until fixed. */
    structural,
    issues,
    issueIndex,
    changes: derived?.changes ?? ([] as Change[]),
    edit,
    saveNow,
    discard,
    discarding: discardDraft.isPending,
    publish,
    publishing: publishMutation.isPending,
    publishError: publishMutation.error,
    resetPublish: publishMutation.reset,
  };
}

import { useWindowEvent } from '@mantine/hooks';
import { useCallback, useEffect, useRef, useState } from 'react';

import type { PolicyDocument } from '../../../domain/authority/policy.ts';
import { useSaveDraft } from './use-policy.ts';

export type SaveState = 'no_draft' | 'unsaved' | 'saving' | 'saved' | 'failed';

const autosaveDelayMs = 800;

/**
 * The document as edited here (`local`, null until the first edit), the last one saved and the last
 * one the server refused, and saving it now.
 */
export function useDraftSaving() {
  const save = useSaveDraft();
  const [local, setLocal] = useState<PolicyDocument | null>(null);
  const [savedDoc, setSavedDoc] = useState<PolicyDocument | null>(null);
  const [failedDoc, setFailedDoc] = useState<PolicyDocument | null>(null);
  const dirty = local !== null && local !== savedDoc;

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

  return {
    save,
    local,
    setLocal,
    savedDoc,
    setSavedDoc,
    failedDoc,
    setFailedDoc,
    dirty,
    latest,
    saveNow,
  };
}

export type DraftSaving = ReturnType<typeof useDraftSaving>;

/**
 * Saves the draft shortly after the admin pauses (once it has the right shape, and not the document
 * the server just refused again), and on leaving the page within that delay.
 */
export function useAutosave(draft: DraftSaving, structural: boolean) {
  const { local, dirty, failedDoc, saveNow, latest, save } = draft;
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
}

/** What the draft bar says about saving. */
export function saveStateOf(draft: DraftSaving, hasDraft: boolean): SaveState {
  if (!hasDraft) return 'no_draft';
  if (draft.save.isPending) return 'saving';
  if (draft.local !== null && draft.local === draft.failedDoc) return 'failed';
  return draft.dirty ? 'unsaved' : 'saved';
}

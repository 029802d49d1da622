import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormStep } from '../../gql/graphql';
import type { FieldProblem } from './form-model';
import { toApiError, type ApiError } from '../../graphql/api-error';
import { SaveApplicationDraftDocument } from '../../graphql/application.operations';
import { toFormInput, type FormDraft } from './form-model';

const autosaveDelayMs = 1_500;
const retryDelayMs = 5_000;

/** The unsaved copy on this device; removed as soon as the server has confirmed the same content. */
export interface LocalDraft {
  draft: FormDraft;
  step: FormStep;
  changedAt: string;
}

const storageKey = (applicationId: string) => `plejeportalen.ansoegning.${applicationId}`;

export function readLocalDraft(applicationId: string): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(storageKey(applicationId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as LocalDraft;
    return parsed && typeof parsed === 'object' && parsed.draft ? parsed : null;
  } catch {
    return null;
  }
}

function writeLocalDraft(applicationId: string, value: LocalDraft): void {
  try {
    window.localStorage.setItem(storageKey(applicationId), JSON.stringify(value));
  } catch {
    // Storage full or blocked: the server save is still attempted.
  }
}

export function clearLocalDraft(applicationId: string): void {
  try {
    window.localStorage.removeItem(storageKey(applicationId));
  } catch {
    // Nothing to do.
  }
}

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'offline' }
  | { kind: 'failed'; error: ApiError };

export interface DraftSaver {
  state: SaveState;
  problems: readonly FieldProblem[];
  /** Field messages from a save the api refused (too long, wrong type), keyed by form path. */
  inputErrors: Record<string, string>;
  /** Records a change: kept on this device at once, saved on the server after a pause in typing. */
  change(draft: FormDraft, step: FormStep): void;
  /** Saves now (Næste/Forrige/Send); resolves with the problems, or null when the save did not go through. */
  saveNow(draft: FormDraft, step: FormStep): Promise<readonly FieldProblem[] | null>;
}

/**
 * Saves the draft to the server: debounced while typing, at once on navigation, retried while offline. The
 * latest content always wins; an older response never overwrites the state of a newer edit.
 */
export function useDraftSaver(applicationId: string, initialProblems: readonly FieldProblem[]): DraftSaver {
  const client = useApolloClient();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [problems, setProblems] = useState<readonly FieldProblem[]>(initialProblems);
  const [inputErrors, setInputErrors] = useState<Record<string, string>>({});
  const latest = useRef<{ draft: FormDraft; step: FormStep } | null>(null);
  const revision = useRef(0);
  const savedRevision = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<readonly FieldProblem[] | null> | null>(null);

  const clearTimer = () => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
  };

  const send = useCallback(async (): Promise<readonly FieldProblem[] | null> => {
    // One save at a time: wait for the running one, then send whatever is newest.
    while (inFlight.current) await inFlight.current.catch(() => null);
    const snapshot = latest.current;
    if (!snapshot) return problems;
    const sentRevision = revision.current;
    setState({ kind: 'saving' });
    const run = (async () => {
      try {
        const result = await client.mutate({
          mutation: SaveApplicationDraftDocument,
          variables: { input: { form: toFormInput(snapshot.draft), step: snapshot.step } },
        });
        const saved = result.data?.saveApplicationDraft;
        if (!saved) throw new Error('save returned no data');
        savedRevision.current = sentRevision;
        setProblems(saved.problems);
        setInputErrors({});
        if (revision.current === sentRevision) {
          clearLocalDraft(applicationId);
          setState({ kind: 'saved', at: new Date() });
        }
        return saved.problems;
      } catch (caught) {
        const error = toApiError(caught);
        if (error.code === 'NETWORK' || error.code === 'INTERNAL' || error.code === 'RATE_LIMITED') {
          setState({ kind: 'offline' });
          clearTimer();
          timer.current = setTimeout(() => void send(), retryDelayMs);
        } else {
          const fields: Record<string, string> = {};
          for (const [path, message] of Object.entries(error.fields))
            fields[path.replace(/^form\./, '')] = message;
          setInputErrors(fields);
          setState({ kind: 'failed', error });
        }
        return null;
      }
    })();
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  }, [applicationId, client, problems]);

  const sendRef = useRef(send);
  useEffect(() => {
    sendRef.current = send;
  }, [send]);

  const remember = useCallback(
    (draft: FormDraft, step: FormStep) => {
      latest.current = { draft, step };
      revision.current += 1;
      writeLocalDraft(applicationId, { draft, step, changedAt: new Date().toISOString() });
    },
    [applicationId],
  );

  const change = useCallback(
    (draft: FormDraft, step: FormStep) => {
      remember(draft, step);
      // "Gemt kl." must not stand beside changes the server does not have yet (offline stays offline).
      setState((previous) => (previous.kind === 'offline' ? previous : { kind: 'idle' }));
      clearTimer();
      timer.current = setTimeout(() => void sendRef.current(), autosaveDelayMs);
    },
    [remember],
  );

  const saveNow = useCallback(
    (draft: FormDraft, step: FormStep) => {
      remember(draft, step);
      clearTimer();
      return sendRef.current();
    },
    [remember],
  );

  useEffect(() => {
    // Back online: send what waited on this device at once.
    const onOnline = () => {
      if (revision.current !== savedRevision.current) {
        clearTimer();
        void sendRef.current();
      }
    };
    const onOffline = () => {
      if (revision.current !== savedRevision.current) setState({ kind: 'offline' });
    };
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    return () => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      clearTimer();
      // Leaving the page (e.g. to read the privacy policy) must not drop a change that waited for the debounce.
      if (revision.current !== savedRevision.current) void sendRef.current();
    };
  }, []);

  return { state, problems, inputErrors, change, saveNow };
}

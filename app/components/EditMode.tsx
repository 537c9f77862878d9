'use client';

/**
 * The local edit mode's side of the page (`npm run edit` only; a built site never renders it):
 * the session's token, and sending an edit to the edit server's one write route. After a write
 * the page is re-rendered from the working tree, aligned around the new pins.
 */
import { createContext, useContext, useMemo, useState, useTransition, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import type { AlignmentEdit } from '@/lib/corpus/pin-edits';
import { EDIT_ROUTE, EDIT_TOKEN_HEADER, type EditResponseBody } from '@/lib/edit/protocol';
import type { Dismissal } from '@/lib/types';

interface EditSession {
  slug: string;
  token: string;
  /** The revision of the alignment the page shows (`alignmentRevision`); it changes when the page is re-rendered after an edit. */
  revision: string;
}

const EditSessionContext = createContext<EditSession | undefined>(undefined);

/** Makes the page an edit-mode page for everything inside it. */
export function EditModeProvider({ slug, token, revision, children }: EditSession & { children: ReactNode }) {
  const session = useMemo(() => ({ slug, token, revision }), [slug, token, revision]);
  return <EditSessionContext.Provider value={session}>{children}</EditSessionContext.Provider>;
}

/** What the last request said, for a status line. */
export interface EditStatus {
  ok: boolean;
  message: string;
  /** The edit was refused because the page's alignment is out of date. */
  stale?: boolean;
}

/** One change asked of the edit server. */
export type EditChange = { edit: AlignmentEdit } | { review: Dismissal };

/** What `useEditSender` gives a control. */
export interface EditSender {
  send: (change: EditChange) => Promise<void>;
  /** Re-render the page from the working tree (after a refusal for a stale page), clearing the status. */
  showCurrent: () => void;
  /** True from a request until the page re-rendered after it (or after `showCurrent`). */
  busy: boolean;
  /** True while a request is on its way (the rest of `busy` is the page being re-rendered). */
  writing: boolean;
  status?: EditStatus;
}

/**
 * Sending changes, or undefined outside edit mode. `busy` is true from the request until the
 * re-rendered page has arrived; `status` is the server's answer.
 */
export function useEditSender(): EditSender | undefined {
  const session = useContext(EditSessionContext);
  const router = useRouter();
  const [status, setStatus] = useState<EditStatus>();
  const [sending, setSending] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  if (!session) return undefined;
  const send = async (change: EditChange) => {
    setSending(true);
    try {
      const response = await fetch(EDIT_ROUTE, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [EDIT_TOKEN_HEADER]: session.token },
        // An alignment edit names passages by their numbers on this page: the revision says which alignment they are of.
        body: JSON.stringify({ slug: session.slug, ...change, ...('edit' in change ? { revision: session.revision } : {}) }),
      });
      const body = await response.json().catch(() => undefined) as EditResponseBody | undefined;
      if (body?.ok) {
        setStatus({ ok: true, message: body.message });
        startRefresh(() => router.refresh());
      } else {
        const refusal = body && !body.ok ? body : undefined;
        setStatus({ ok: false, message: refusal?.error ?? `the edit server answered ${response.status}`, stale: refusal?.stale });
      }
    } catch (error) {
      setStatus({ ok: false, message: `the edit server did not answer (${(error as Error).message}); is \`npm run edit\` still running?` });
    } finally {
      setSending(false);
    }
  };
  const showCurrent = () => {
    setStatus(undefined);
    startRefresh(() => router.refresh());
  };
  return { send, showCurrent, busy: sending || refreshing, writing: sending, status };
}

/** The status line of an edit control: what was written, or why not; for a stale page, a way to show the current alignment. */
export function EditStatusLine({ sender }: { sender: EditSender }) {
  const { status, busy, writing } = sender;
  return (
    <p className={`edit-status${status && !status.ok ? ' edit-status-refused' : ''}`} role="status" data-edit-status={busy ? 'busy' : status ? (status.ok ? 'written' : 'refused') : 'idle'}>
      {busy ? (writing ? 'Writing…' : 'Showing the document as it is now…') : status?.message}
      {!busy && status?.stale && <> <button type="button" data-edit-show-current="" onClick={sender.showCurrent}>Show the current alignment</button></>}
    </p>
  );
}

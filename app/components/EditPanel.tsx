'use client';

/**
 * The alignment editor of the local edit mode: for the selected passage, keep it as it is,
 * merge it with the next, split it, or mark one of its paragraphs as not translated or added by
 * the translator; a pinned passage can be left to the aligner again. Each change becomes pins in
 * alignment.yml, written by the edit server; the page then shows the document re-aligned around them.
 */
import { useState } from 'react';
import type { Bead } from '@/lib/types';
import { passageNumber } from '@/lib/cite/note';
import { EditStatusLine, useEditSender, type EditSender } from './EditMode';
import { useReaderState } from './reader/store';
import type { ParagraphPreviews } from './reader/paragraph-preview';

/** The panel; nothing outside edit mode. */
export function EditPanel({ beads, pinned, previews }: { beads: Bead[]; pinned: number[]; previews: ParagraphPreviews }) {
  const sender = useEditSender();
  const selected = useReaderState((state) => state.selection?.first);
  if (!sender) return null;
  const bead = selected === undefined ? undefined : beads[selected];
  return (
    <section className="edit-panel" aria-labelledby="edit-panel-heading" data-edit-panel="">
      <h2 id="edit-panel-heading">Edit the alignment</h2>
      {selected === undefined || !bead
        ? <p className="edit-hint">Select a passage (click it, or press j / k) to fix its alignment. Changes are written to the document&apos;s alignment.yml.</p>
        : <BeadEditor key={`${selected}:${bead.ru.join(',')}:${bead.en.join(',')}`} index={selected} bead={bead} previews={previews} isLast={selected === beads.length - 1} isPinned={pinned.includes(selected)} send={sender.send} busy={sender.busy} />}
      <EditStatusLine sender={sender} />
    </section>
  );
}

type Send = EditSender['send'];

function BeadEditor({ index, bead, previews, isLast, isPinned, send, busy }: {
  index: number; bead: Bead; previews: ParagraphPreviews; isLast: boolean; isPinned: boolean; send: Send; busy: boolean;
}) {
  const ruCuts = cutPoints(bead.ru);
  const enCuts = cutPoints(bead.en);
  const [splitRu, setSplitRu] = useState(ruCuts[Math.min(1, ruCuts.length - 1)]);
  const [splitEn, setSplitEn] = useState(enCuts[Math.min(1, enCuts.length - 1)]);
  const number = passageNumber(index);
  return (
    <div className="edit-controls" data-edit-bead={index}>
      <p className="edit-selected">Passage {number}: {sideLabel('Russian', bead.ru)}; {sideLabel('English', bead.en)}{isPinned ? ' (pinned in alignment.yml)' : ''}.</p>
      <div className="edit-row">
        <button type="button" data-edit="pin" disabled={busy} onClick={() => void send({ edit: { kind: 'pin', bead: index } })}>Keep passage {number} as it is</button>
        <button type="button" data-edit="merge" disabled={busy || isLast} onClick={() => void send({ edit: { kind: 'merge', bead: index } })}>Merge with passage {number + 1}</button>
        {isPinned && <button type="button" data-edit="unpin" disabled={busy} onClick={() => void send({ edit: { kind: 'unpin', bead: index } })}>Let the aligner place passage {number} again</button>}
      </div>
      {bead.ru.length + bead.en.length > 1 && (
        <div className="edit-row">
          <label>Second passage starts at Russian <select data-edit-split="ru" value={splitRu} onChange={(event) => setSplitRu(Number(event.target.value))}>
            {ruCuts.map((cut) => <option key={cut} value={cut}>{cutLabel(cut, bead.ru, previews.ru)}</option>)}
          </select></label>
          <label> and English <select data-edit-split="en" value={splitEn} onChange={(event) => setSplitEn(Number(event.target.value))}>
            {enCuts.map((cut) => <option key={cut} value={cut}>{cutLabel(cut, bead.en, previews.en)}</option>)}
          </select></label>
          <button type="button" data-edit="split" disabled={busy} onClick={() => void send({ edit: { kind: 'split', bead: index, ru: splitRu, en: splitEn } })}>Split</button>
        </div>
      )}
      <UnpairedParagraph language="Russian" kind="untranslated" paragraphs={bead.ru} previews={previews.ru} busy={busy} action="is not translated"
        send={(paragraph) => send({ edit: { kind: 'untranslated', ru: paragraph } })} />
      <UnpairedParagraph language="English" kind="added" paragraphs={bead.en} previews={previews.en} busy={busy} action="was added by the translator"
        send={(paragraph) => send({ edit: { kind: 'added', en: paragraph } })} />
    </div>
  );
}

/** One side's paragraph of the passage to mark as having no counterpart: untranslated (Russian) or added (English). */
function UnpairedParagraph({ language, kind, paragraphs, previews, busy, action, send }: {
  language: string; kind: 'untranslated' | 'added'; paragraphs: number[]; previews: string[]; busy: boolean; action: string; send: (paragraph: number) => Promise<void>;
}) {
  const [chosen, setChosen] = useState(paragraphs[0]);
  if (paragraphs.length === 0) return null;
  return (
    <div className="edit-row">
      <label>{language} <select data-edit-paragraph={kind} value={chosen} onChange={(event) => setChosen(Number(event.target.value))}>
        {paragraphs.map((paragraph) => <option key={paragraph} value={paragraph}>{paragraphLabel(paragraph, previews)}</option>)}
      </select></label>
      <button type="button" data-edit={kind} disabled={busy} onClick={() => void send(chosen)}>{action}</button>
    </div>
  );
}

/** Where a side's paragraphs can be cut: before each of them, or after the last (the whole side stays in the first passage). */
function cutPoints(paragraphs: number[]): number[] {
  return paragraphs.length === 0 ? [0] : [...paragraphs, paragraphs[paragraphs.length - 1] + 1];
}

function cutLabel(cut: number, paragraphs: number[], previews: string[]): string {
  if (paragraphs.length === 0) return 'nothing on this side';
  if (cut === paragraphs[0]) return `${paragraphLabel(cut, previews)} (all of it in the second)`;
  return paragraphs.includes(cut) ? paragraphLabel(cut, previews) : 'none (all of it in the first)';
}

/** A paragraph as a menu names it: its number and opening words, "¶ 20 «Для подготовки 160 экипажей…»". */
function paragraphLabel(paragraph: number, previews: string[]): string {
  const preview = previews[paragraph];
  return preview ? `¶ ${paragraph + 1} «${preview}»` : `¶ ${paragraph + 1}`;
}

function sideLabel(language: string, paragraphs: number[]): string {
  if (paragraphs.length === 0) return `no ${language}`;
  const first = paragraphs[0] + 1;
  const last = paragraphs[paragraphs.length - 1] + 1;
  return `${language} ¶ ${first === last ? first : `${first}–${last}`}`;
}

import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../messages.js';
import type { Draft } from './draftEdit.js';
import { evidenceSegments } from './evidenceSegments.js';
import { SelectionActions } from './SelectionActions.js';
import type { Selection } from './selectionEdits.js';

const KINDS = ['person', 'place', 'date', 'topic', 'other'] as const;

/**
 * The release's text beside the draft, the words each field was read from marked. The text is
 * a text box that keeps no change, so that words can be selected with the keyboard (Shift and
 * the arrows) as well as the mouse; the marks are drawn on a layer behind it, in the same letters.
 */
export function EvidenceText({
  draft,
  active,
  onChange,
}: {
  draft: Draft;
  active: string | null;
  onChange: (draft: Draft) => void;
}) {
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const back = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  const segments = evidenceSegments(draft);

  // The words of the field being edited are brought into view.
  useEffect(() => {
    const mark = back.current?.querySelector<HTMLElement>('mark.evidence-active');
    if (!mark || !box.current || !back.current) return;
    const top = mark.offsetTop - box.current.clientHeight / 3;
    box.current.scrollTop = Math.max(0, top);
    back.current.scrollTop = box.current.scrollTop;
  }, [active]);

  const readSelection = () => {
    const el = box.current;
    if (!el) return;
    const [start, end] = [el.selectionStart, el.selectionEnd];
    const text = el.value.slice(start, end);
    const trimmed = text.trim();
    if (!trimmed) return setSelection(null);
    const lead = text.length - text.trimStart().length;
    setSelection({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
  };

  return (
    <section className="evidence" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={id}>
        {t('pressRelease.evidence')}
      </label>
      <ul className="muted evidence-legend">
        {KINDS.map((kind) => (
          <li key={kind}>
            <span className={`evidence-key evidence-${kind}`} />
            {t(`pressRelease.kind.${kind}`)}
          </li>
        ))}
      </ul>
      <div className="evidence-frame">
        <div ref={back} className="evidence-layer evidence-marks" aria-hidden="true">
          {segments.map((s) =>
            s.kind ? (
              <mark
                key={s.start}
                className={`evidence-${s.kind}${active && s.paths.includes(active) ? ' evidence-active' : ''}`}
              >
                {s.text}
              </mark>
            ) : (
              <span key={s.start}>{s.text}</span>
            ),
          )}
          {'\n'}
        </div>
        <textarea
          id={id}
          ref={box}
          // Not readOnly: Chromium gives a read-only box no caret, and the keyboard could not
          // select. What is typed is not kept (the value is the release's text).
          aria-readonly="true"
          onChange={() => undefined}
          className="evidence-layer evidence-text"
          value={draft.source}
          onSelect={readSelection}
          onKeyUp={readSelection}
          onMouseUp={readSelection}
          onScroll={(e) => {
            if (back.current) back.current.scrollTop = e.currentTarget.scrollTop;
          }}
        />
      </div>
      <SelectionActions
        draft={draft}
        active={active}
        selection={selection}
        onChange={(next) => {
          setSelection(null);
          onChange(next);
        }}
      />
    </section>
  );
}

import { useRef, type KeyboardEvent } from 'react';
import { t } from '../messages.js';
import { confirmDiscard } from '../unsavedChanges.js';
import { SECTIONS, sectionLabelKey, type Section } from './sections.js';

export function tabId(section: Section): string {
  return `tab-${section}`;
}
export function panelId(section: Section): string {
  return `panel-${section}`;
}

/**
 * The sections as tabs: one tab stop, arrow keys move between tabs and open them, as the WAI-ARIA
 * tabs pattern describes and as screen reader users expect.
 */
export function SectionTabs({
  current,
  onChange,
}: {
  current: Section;
  onChange: (section: Section) => void;
}) {
  const list = useRef<HTMLDivElement>(null);
  // Another section hides the open form: its unsaved edits are lost only if the person agrees.
  const open = (section: Section): boolean => {
    if (section !== current && !confirmDiscard()) return false;
    onChange(section);
    return true;
  };
  const move = (event: KeyboardEvent, index: number) => {
    const last = SECTIONS.length - 1;
    const to: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const target = to[event.key];
    const section = target === undefined ? undefined : SECTIONS[target];
    if (section === undefined) return;
    event.preventDefault();
    if (!open(section)) return;
    list.current?.querySelector<HTMLElement>(`#${tabId(section)}`)?.focus();
  };
  return (
    <div className="section-tabs" role="tablist" aria-label={t('nav.label')} ref={list}>
      {SECTIONS.map((section, index) => {
        const selected = section === current;
        return (
          <button
            key={section}
            type="button"
            role="tab"
            id={tabId(section)}
            aria-selected={selected}
            aria-controls={panelId(section)}
            tabIndex={selected ? 0 : -1}
            onClick={() => open(section)}
            onKeyDown={(event) => move(event, index)}
          >
            {t(sectionLabelKey(section))}
          </button>
        );
      })}
    </div>
  );
}

import { useId, useState } from 'react';
import type { PressReleaseDraft } from '../../db/api.js';
import { archive, errorMessage } from '../api.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { FileChooser } from '../components/FileChooser.js';
import { t } from '../messages.js';
import { DraftForm } from './DraftForm.js';
import { draftProblems } from './draftProblems.js';
import { EvidenceText } from './EvidenceText.js';
import { setImportWork, useImportWork } from './importDraftStore.js';
import { SaveConfirmation } from './SaveConfirmation.js';
import '../styles/pressRelease.css';
import '../styles/pressReleaseEvidence.css';

/** Paste a press release or open a file, review the draft it gives, and save it. */
export function PressReleaseImport() {
  const textId = useId();
  // The text, the draft and every edit live above the screen, so a language switch keeps them.
  const { text, draft, saved, error, busy, confirming } = useImportWork();
  const setText = (text: string) => setImportWork({ text });
  const setDraft = (draft: PressReleaseDraft | null) => setImportWork({ draft });
  const setConfirming = (confirming: boolean) => setImportWork({ confirming });
  // The field being edited, whose words the text beside the draft shows.
  const [active, setActive] = useState<string | null>(null);

  const run = async (work: () => Promise<void>) => {
    setImportWork({ busy: true, error: null });
    try {
      await work();
    } catch (e) {
      setImportWork({ error: e });
    } finally {
      setImportWork({ busy: false });
    }
  };
  const read = () =>
    run(async () => {
      setImportWork({ saved: null, confirming: false });
      setDraft(await archive.readPressRelease({ text }));
    });
  const readDocx = (file: File) =>
    run(async () => {
      setImportWork({ saved: null });
      const bytes = new Uint8Array(await file.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      const read = await archive.readPressRelease({ docx: btoa(binary) });
      setText(read.source);
      setDraft(read);
    });
  const problems = draft ? draftProblems(draft) : new Map();
  const save = () =>
    run(async () => {
      if (!draft || problems.size > 0) return;
      const done = await archive.savePressRelease({ draft });
      setImportWork({ saved: done, confirming: false, draft: null });
    });

  return (
    <div className="press-release">
      <h2>{t('pressRelease.heading')}</h2>
      <p className="muted">{t('pressRelease.intro')}</p>
      <label htmlFor={textId}>{t('pressRelease.text')}</label>
      <textarea id={textId} rows={10} value={text} onChange={(e) => setText(e.target.value)} />
      <div className="press-release-actions">
        <FileChooser
          label={t('pressRelease.file')}
          accept=".txt,.html,.htm,.docx,text/plain,text/html"
          onFile={(file) => {
            if (!file) return;
            // A Word document is read by the archive; text and HTML fill the box to be read.
            if (/\.docx$/i.test(file.name)) void readDocx(file);
            else void file.text().then(setText);
          }}
        />
        <button type="button" disabled={busy || text.trim() === ''} onClick={() => void read()}>
          {t('pressRelease.read')}
        </button>
      </div>
      {error ? (
        <ErrorAlert
          message={errorMessage(error)}
          onDismiss={() => setImportWork({ error: null })}
        />
      ) : null}
      {saved ? (
        <p role="status">
          {t('pressRelease.saved', {
            meetings: saved.meetingIds.length,
            people: saved.createdPeople.length,
          })}
        </p>
      ) : null}
      {draft ? (
        <div className="draft-review">
          <EvidenceText draft={draft} active={active} onChange={setDraft} />
          <div
            className="draft-side"
            onFocus={(e) => {
              const field = (e.target as HTMLElement).closest<HTMLElement>('[data-path]');
              setActive(field?.dataset.path ?? null);
            }}
          >
            <DraftForm draft={draft} problems={problems} onChange={setDraft} />
            {problems.size > 0 ? (
              <p className="draft-problem" role="status">
                {t('pressRelease.problems', { count: problems.size })}
              </p>
            ) : null}
            {confirming && problems.size === 0 ? (
              <SaveConfirmation
                draft={draft}
                busy={busy}
                onSave={() => void save()}
                onBack={() => setConfirming(false)}
              />
            ) : (
              <button
                type="button"
                disabled={busy || problems.size > 0}
                onClick={() => setConfirming(true)}
              >
                {t('pressRelease.save')}
              </button>
            )}
          </div>
        </div>
      ) : null}
    </div>
  );
}

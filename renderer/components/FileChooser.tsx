import { useId, useRef, useState } from 'react';
import { t } from '../messages.js';
import '../styles/fileChooser.css';

/**
 * A file field in the interface's language. The browser's own ("Choose File", "No file chosen")
 * speaks the browser's language whatever the window's, so its input is hidden and this button
 * opens it, from the mouse or the keyboard; the name of the file chosen is said beside it.
 */
export function FileChooser({
  label,
  accept,
  disabled = false,
  describedBy,
  onFile,
}: {
  label: string;
  accept: string;
  disabled?: boolean;
  /** The id of a hint about the file, read with the button. */
  describedBy?: string;
  onFile: (file: File | undefined) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState<string | null>(null);
  const labelId = useId();
  const buttonId = useId();
  const nameId = useId();
  return (
    <div className="file-chooser">
      <span id={labelId} className="file-chooser-label">
        {label}
      </span>
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        accept={accept}
        disabled={disabled}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          setName(file?.name ?? null);
          onFile(file);
        }}
      />
      <button
        type="button"
        id={buttonId}
        disabled={disabled}
        aria-labelledby={`${labelId} ${buttonId}`}
        aria-describedby={describedBy ? `${nameId} ${describedBy}` : nameId}
        onClick={() => {
          const field = input.current;
          if (!field) return;
          // Choosing the same file again, once corrected, reads it again.
          field.value = '';
          field.click();
        }}
      >
        {t('file.choose')}
      </button>
      <span id={nameId} className="file-chooser-name">
        {name ?? t('file.none')}
      </span>
    </div>
  );
}

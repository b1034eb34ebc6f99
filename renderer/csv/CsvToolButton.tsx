import { useState, type ReactNode } from 'react';

export interface CsvToolButtonProps {
  /** The row's class (`export-csv`, `import-csv`); its notice takes the same with `-notice`. */
  className: string;
  label: string;
  /** A new import forgets what the last one said; an export's notice stays until the next ends. */
  clearNoticeOnOpen?: boolean;
  /** The dialog, given what ends it: the sentence it leaves beside the button, or null. */
  dialog: (onDone: (notice: string | null) => void) => ReactNode;
}

/** A CSV button of the table: it opens its dialog, and says beside it what the dialog did. */
export function CsvToolButton({ className, label, clearNoticeOnOpen, dialog }: CsvToolButtonProps) {
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <div className={className}>
      <button
        type="button"
        onClick={() => {
          if (clearNoticeOnOpen) setNotice(null);
          setOpen(true);
        }}
      >
        {label}
      </button>
      {notice ? (
        <p role="status" className={`${className}-notice`}>
          {notice}
        </p>
      ) : null}
      {open
        ? dialog((message) => {
            setOpen(false);
            setNotice(message);
          })
        : null}
    </div>
  );
}

import { cellText } from '../grid/cellText.js';
import { AliasesEditor } from './AliasesEditor.js';
import { CountryEditor } from './CountryEditor.js';
import { DateEditor } from './DateEditor.js';
import { formFieldLabel, type FormField } from './formFields.js';
import type { FormValue, LinkValue, ParticipantDraft } from './formValues.js';
import { LinkEditor } from './LinkEditor.js';
import { ParticipantsEditor } from './ParticipantsEditor.js';
import { fieldDomId, problemDomId } from './problemField.js';
import { TagsEditor } from './TagsEditor.js';

export interface FieldEditorProps {
  spec: FormField;
  formId: string;
  value: FormValue | undefined;
  onChange: (value: FormValue) => void;
  /** The field was left: time to ask the archive about it. */
  onLeave: () => void;
  problems: Map<string, string[]>;
  /** The meeting's date, for the titles its participants held then. */
  date?: string;
}

/** One field of a form: its label, the editor of its kind, and what is wrong with it. */
export function FieldEditor({
  spec,
  formId,
  value,
  onChange,
  onLeave,
  problems,
  date = '',
}: FieldEditorProps) {
  const id = fieldDomId(formId, spec.field);
  const label = formFieldLabel(spec);
  const messages = problems.get(spec.field);
  const problemId = messages ? problemDomId(formId, spec.field) : undefined;
  const invalid = messages !== undefined;
  const text = typeof value === 'string' ? value : '';
  const plain = {
    id,
    'aria-invalid': invalid || undefined,
    'aria-describedby': problemId,
    onBlur: onLeave,
  };
  // Editors made of several controls carry their own label (a legend, or the picker's).
  let labelled = true;
  let editor;
  switch (spec.editor) {
    case 'text':
      editor = <input {...plain} value={text} onChange={(e) => onChange(e.target.value)} />;
      break;
    case 'long':
      editor = (
        <textarea {...plain} rows={3} value={text} onChange={(e) => onChange(e.target.value)} />
      );
      break;
    case 'enum':
      editor = (
        <select {...plain} value={text} onChange={(e) => onChange(e.target.value)}>
          {(spec.values ?? []).map((choice) => (
            <option key={choice} value={choice}>
              {cellText('status', choice)}
            </option>
          ))}
        </select>
      );
      break;
    case 'date':
      editor = (
        <DateEditor
          id={id}
          value={text}
          onChange={onChange}
          onBlur={onLeave}
          invalid={invalid}
          describedBy={problemId}
        />
      );
      break;
    case 'country':
      editor = (
        <CountryEditor
          id={id}
          labelId={`${id}-label`}
          value={text}
          onChange={onChange}
          onLeave={onLeave}
          invalid={invalid}
          describedBy={problemId}
        />
      );
      break;
    case 'link':
      labelled = false;
      editor = (
        <LinkEditor
          id={id}
          table={spec.target ?? 'people'}
          label={label}
          value={(value as LinkValue | null | undefined) ?? null}
          onChange={onChange}
          onLeave={onLeave}
          invalid={invalid}
          describedBy={problemId}
        />
      );
      break;
    case 'topics':
    case 'sources':
      labelled = false;
      editor = (
        <TagsEditor
          id={id}
          table={spec.editor}
          label={label}
          value={(value as LinkValue[] | undefined) ?? []}
          onChange={(tags) => {
            onChange(tags);
            onLeave();
          }}
          invalid={invalid}
          describedBy={problemId}
        />
      );
      break;
    case 'aliases':
      labelled = false;
      editor = (
        <AliasesEditor
          id={id}
          label={label}
          value={(value as string[] | undefined) ?? []}
          onChange={onChange}
          onLeave={onLeave}
          describedBy={problemId}
        />
      );
      break;
    case 'participants':
      labelled = false;
      editor = (
        <ParticipantsEditor
          id={id}
          formId={formId}
          label={label}
          value={(value as ParticipantDraft[] | undefined) ?? []}
          date={date}
          onChange={onChange}
          onLeave={onLeave}
          problems={problems}
          describedBy={problemId}
        />
      );
      break;
  }
  const wide = ['long', 'participants', 'topics', 'sources', 'aliases'].includes(spec.editor);
  return (
    <div className={wide ? 'form-field form-field-wide' : 'form-field'}>
      {labelled ? (
        <label id={`${id}-label`} htmlFor={id}>
          {label}
        </label>
      ) : null}
      {editor}
      {messages ? (
        <p id={problemId} className="field-problem">
          {messages.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

import type { ComponentChildren } from 'preact';

/**
 * The one labelled form field: label, hint, control, error. The hint and error sit outside the label, so the
 * control's accessible name is the label alone; they describe the control through `aria-describedby`.
 */
export function Field({
  id,
  label,
  hint,
  error,
  wide = false,
  children,
}: {
  /** The control's id: the label points at it, and the hint and error ids derive from it. */
  id: string;
  label: string;
  hint?: string;
  error?: string;
  wide?: boolean;
  /** The control, given the ids that describe it (pass them to `aria-describedby`). */
  children: (describedBy: string | undefined) => ComponentChildren;
}) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={wide ? 'field wide' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} class="hint">
          {hint}
        </span>
      )}
      {children(describedBy)}
      {error && (
        <span id={`${id}-error`} class="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

/** A text-like input (text, date, url) in a {@link Field}, handing back the text typed. */
export function TextInput({
  id,
  label,
  hint,
  error,
  value,
  type = 'text',
  inputMode,
  describedBy: extraDescription,
  onValue,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  type?: 'text' | 'date' | 'url';
  inputMode?: 'url' | 'text';
  /** A description outside the field (a hint shared by several fields). */
  describedBy?: string;
  onValue(value: string): void;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          id={id}
          // Preact types `type` per input kind; every kind offered here takes a string value.
          type={type as 'text'}
          inputMode={inputMode}
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={[describedBy, extraDescription].filter(Boolean).join(' ') || undefined}
          onInput={(event) => onValue((event.target as HTMLInputElement).value)}
        />
      )}
    </Field>
  );
}

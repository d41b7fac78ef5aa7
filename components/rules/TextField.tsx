import { useState } from 'preact/hooks';
import { sameData } from '@/lib/workspace/data-diff';
import type { GuidelineRules } from '@/lib/schemas';
import { Field } from '../Field';

/** How a value is written in one text field, and read back from it. */
export interface TextFormat<T> {
  format(value: T): string;
  parse(text: string): T;
}

export const lines: TextFormat<string[]> = {
  format: (list) => list.join('\n'),
  parse: (text) =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
};
export const trimmed: TextFormat<string> = { format: (value) => value, parse: (text) => text.trim() };
export const words: TextFormat<string[]> = {
  format: (list) => list.join(' '),
  parse: (text) => text.split(/\s+/).filter(Boolean),
};
export const count: TextFormat<number> = {
  // Stored work may hold null for a field left empty (JSON has no NaN).
  format: (value) => (Number.isFinite(value) ? String(value) : ''),
  // An empty field stays empty (and invalid, so the export says which) rather than turning into 0.
  parse: (text) => (text.trim() === '' ? Number.NaN : Number(text)),
};
/** A number that may be left out: an empty field is absent. */
export const optionalCount: TextFormat<number | undefined> = {
  format: (value) => (value === undefined || !Number.isFinite(value) ? '' : String(value)),
  parse: (text) => (text.trim() === '' ? undefined : Number(text)),
};
/** "wrong = right" per line. */
export const misspellings: TextFormat<GuidelineRules['misspellings']> = {
  format: (list) => list.map((entry) => `${entry.wrong} = ${entry.right}`).join('\n'),
  parse: (text) =>
    lines.parse(text).map((line) => {
      const [wrong = '', ...right] = line.split('=');
      return { wrong: wrong.trim(), right: right.join('=').trim() };
    }),
};
/** "☝️ = 1" per line; a number that is not one stays NaN, so the export says which line is wrong. */
export const gestures: TextFormat<GuidelineRules['neutrality']['gestures']> = {
  format: (list) =>
    list.map((entry) => `${entry.symbol} = ${Number.isFinite(entry.number) ? entry.number : ''}`).join('\n'),
  parse: (text) =>
    lines.parse(text).map((line) => {
      const [symbol = '', number = ''] = line.split('=');
      return { symbol: symbol.trim(), number: number.trim() === '' ? Number.NaN : Number(number) };
    }),
};

export const toggle = <T,>(list: readonly T[], value: T) =>
  list.includes(value) ? list.filter((entry) => entry !== value) : [...list, value];

/**
 * One field that shows a value as text and hands back what it reads. The text is the field's own while it
 * reads as the value, so a half-written line is not reformatted under the cursor.
 */
export function TextField<T>({
  id,
  label,
  hint,
  value,
  as,
  multiline = false,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  value: T;
  as: TextFormat<T>;
  multiline?: boolean;
  onChange(value: T): void;
}) {
  const [text, setText] = useState(() => as.format(value));
  // A value changed from outside (a rule removed above shifts the others into this field) is shown as it is.
  const shown = sameData(as.parse(text), value) ? text : as.format(value);
  const input = (event: Event) => {
    const next = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    setText(next);
    onChange(as.parse(next));
  };
  return (
    <Field id={id} label={label} hint={hint} wide={multiline}>
      {(describedBy) =>
        multiline ? (
          <textarea id={id} rows={5} aria-describedby={describedBy} value={shown} onInput={input} />
        ) : (
          <input id={id} aria-describedby={describedBy} value={shown} onInput={input} />
        )
      }
    </Field>
  );
}

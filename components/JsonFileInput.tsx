/** A labelled chooser for one JSON file; choosing the same file again reads it again. */
export function JsonFileInput({
  label,
  onFile,
  accept = 'application/json,.json',
}: {
  label: string;
  onFile(file: File): void;
  /** What the chooser offers (a pack may come as a .zip with its images). */
  accept?: string;
}) {
  return (
    <label>
      {label}
      <input
        type="file"
        accept={accept}
        onChange={(event) => {
          const input = event.target as HTMLInputElement;
          const file = input.files?.[0];
          if (file) onFile(file);
          input.value = '';
        }}
      />
    </label>
  );
}

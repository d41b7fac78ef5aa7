/** A labelled chooser for one JSON file; choosing the same file again reads it again. */
export function JsonFileInput({ label, onFile }: { label: string; onFile(file: File): void }) {
  return (
    <label>
      {label}
      <input
        type="file"
        accept="application/json,.json"
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

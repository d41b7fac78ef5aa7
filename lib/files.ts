import { problem, tooLargeProblem, type ParseResult } from './schemas/problems';
import { errorText } from './text';

/** A file the admin chose (a browser `File`, or anything that reads like one). */
export interface ChosenFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

/**
 * A chosen file's text, its size checked first: a file over `maxBytes` is refused before a byte of it is
 * read into memory. A file that cannot be read (removed, unreadable) is a problem too, never an exception.
 */
export async function readChosenFile(file: ChosenFile, maxBytes: number): Promise<ParseResult<string>> {
  if (file.size > maxBytes) return { ok: false, problems: [tooLargeProblem(file.size, maxBytes)] };
  try {
    return { ok: true, value: await file.text() };
  } catch (error) {
    const detail = errorText(error);
    return {
      ok: false,
      problems: [problem([], `berkas tidak bisa dibaca: ${detail}`, `the file cannot be read: ${detail}`)],
    };
  }
}

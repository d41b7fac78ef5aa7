import { errorMessage } from './messages/errors';
import { problem, tooLargeProblem, type ParseResult } from './schemas/problems';

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
    return { ok: false, problems: [problem([], 'problem.unreadable', { detail: errorMessage(error) })] };
  }
}

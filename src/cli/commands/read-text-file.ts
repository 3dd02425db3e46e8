import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { TallyError } from '../../domain/index.ts';

/**
 * Reads a small UTF-8 file a command was given (reviews, facts, a scenario), failing with
 * FILE_UNREADABLE or INVALID_ENCODING naming the file as the user typed it.
 */
export async function readTextFile(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : code;
    throw new TallyError('FILE_UNREADABLE', `${file}: ${reason}`, { cause: error });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new TallyError('INVALID_ENCODING', `${file}: is not valid UTF-8`, { cause: error });
  }
}

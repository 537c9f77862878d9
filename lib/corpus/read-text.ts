/** Reading one text file of a corpus folder, for the commands that rewrite or export it. */
import { readBoundedFileIfPresent, refuseLink } from '../files';
import { decodeSource, MAX_SOURCE_BYTES } from '../text';

/**
 * The decoded text of a corpus file (BOM and CRLF repaired as the loader repairs them), or
 * undefined when the file is absent. A link in its place is refused, never followed; a file over
 * the size limit is refused before it is read.
 */
export async function readCorpusText(file: string): Promise<string | undefined> {
  await refuseLink(file, 'file');
  const bytes = await readBoundedFileIfPresent(/* turbopackIgnore: true */ file, MAX_SOURCE_BYTES);
  return bytes && decodeSource(bytes, file).text;
}

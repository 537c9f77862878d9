import { parseMarkdown } from '../../lib/parse';
test('x', () => { expect(parseMarkdown('a *b*\n\n- c', 'f').paragraphs.map(p=>p.text)).toEqual(['a b','c']); });

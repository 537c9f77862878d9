import { parseMarkdown } from '../../lib/parse';

const parse = (text: string) => parseMarkdown(text, 'en.md');

describe('parseMarkdown', () => {
  test('blank lines separate paragraphs; each keeps its file, lines and offsets', () => {
    const text = 'First paragraph\nstill first.\n\nSecond.\n';
    const { paragraphs } = parse(text);
    expect(paragraphs.map((p) => p.text)).toEqual(['First paragraph\nstill first.', 'Second.']);
    expect(paragraphs[1].source).toEqual({ file: 'en.md', line: 4, endLine: 4, start: 30, end: 37 });
    expect(text.slice(paragraphs[0].source.start, paragraphs[0].source.end)).toBe('First paragraph\nstill first.');
  });

  test('hard line breaks are kept as break inlines, as telegram headers need', () => {
    const [paragraph] = parse('CIPHERED TELEGRAM No. 3305\\\nBEIJING Only by ciphered telegraph').paragraphs;
    expect(paragraph.text).toBe('CIPHERED TELEGRAM No. 3305\nBEIJING Only by ciphered telegraph');
    expect(paragraph.inlines.map((inline) => inline.type)).toEqual(['text', 'break', 'text']);
  });

  test('emphasis, strong and links keep their structure', () => {
    const [paragraph] = parse('See *this* and **that** at [the archive](https://example.org).').paragraphs;
    expect(paragraph.text).toBe('See this and that at the archive.');
    expect(paragraph.inlines).toEqual([
      { type: 'text', value: 'See ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'this' }] },
      { type: 'text', value: ' and ' },
      { type: 'strong', children: [{ type: 'text', value: 'that' }] },
      { type: 'text', value: ' at ' },
      { type: 'link', url: 'https://example.org', children: [{ type: 'text', value: 'the archive' }] },
      { type: 'text', value: '.' },
    ]);
  });

  test('an image is never fetched: it becomes a link to it, labelled with its alt text or address', () => {
    const [paragraph] = parse('Scan: ![page 88](https://example.org/88.png) and ![](https://example.org/89.png).').paragraphs;
    expect(paragraph.inlines).toEqual([
      { type: 'text', value: 'Scan: ' },
      { type: 'link', url: 'https://example.org/88.png', children: [{ type: 'text', value: 'page 88' }] },
      { type: 'text', value: ' and ' },
      { type: 'link', url: 'https://example.org/89.png', children: [{ type: 'text', value: 'https://example.org/89.png' }] },
      { type: 'text', value: '.' },
    ]);
  });

  test('headings and list items are paragraphs; items keep their marker as written', () => {
    const { paragraphs } = parse('## Note\n\n1. Send three divisions.\n\n3. Send advisers.\n\n- a dash item');
    expect(paragraphs.map((p) => [p.kind, p.marker ?? p.depth, p.text])).toEqual([
      ['heading', 2, 'Note'],
      ['listItem', '1.', 'Send three divisions.'],
      ['listItem', '3.', 'Send advisers.'],
      ['listItem', '-', 'a dash item'],
    ]);
  });

  test('brackets of editorial notes stay text, never link syntax', () => {
    const [paragraph] = parse('[Handwritten at the top: [reply]] of 13.XI[SIC].51').paragraphs;
    expect(paragraph.text).toBe('[Handwritten at the top: [reply]] of 13.XI[SIC].51');
  });

  test('raw HTML is kept as literal text and reported, never interpreted', () => {
    const { paragraphs, problems } = parse('Before.\n\n<script>alert("x")</script>\n\nAfter <b>bold</b>.');
    expect(paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['paragraph', 'Before.'],
      ['literal', '<script>alert("x")</script>'],
      ['paragraph', 'After <b>bold</b>.'],
    ]);
    expect(problems.map((p) => [p.code, p.line])).toEqual([['raw-html', 3]]);
  });

  test('block quotes and code blocks contribute their text', () => {
    const { paragraphs } = parse('> quoted\n\n    code line');
    expect(paragraphs.map((p) => [p.kind, p.text])).toEqual([['quote', 'quoted'], ['code', 'code line']]);
  });

  test('indices count paragraphs in file order', () => {
    const { paragraphs } = parse('a\n\nb\n\n- c\n- d\n\ne');
    expect(paragraphs.map((p) => [p.index, p.text])).toEqual([[0, 'a'], [1, 'b'], [2, 'c'], [3, 'd'], [4, 'e']]);
  });
});

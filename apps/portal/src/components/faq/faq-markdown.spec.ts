import { parseAnswer, safeHref } from './faq-markdown';

describe('parseAnswer', () => {
  it('turns markdown links into link parts and keeps the words around them as text', () => {
    expect(parseAnswer('Læs mere hos [Socialstyrelsen](https://socialstyrelsen.dk/x) i dag.')).toEqual([
      [
        [
          { kind: 'text', text: 'Læs mere hos ' },
          { kind: 'link', text: 'Socialstyrelsen', href: 'https://socialstyrelsen.dk/x' },
          { kind: 'text', text: ' i dag.' },
        ],
      ],
    ]);
  });

  it('never makes a link of javascript: or data: targets, and leaves HTML as text', () => {
    expect(parseAnswer('[klik](javascript:alert(1)) <b>fed</b>')).toEqual([
      [[{ kind: 'text', text: '[klik](javascript:alert(1)) <b>fed</b>' }]],
    ]);
    expect(safeHref('data:text/html,<script>')).toBeNull();
    expect(safeHref('mailto:familiepleje@aarhus.dk')).toBe('mailto:familiepleje@aarhus.dk');
    expect(safeHref('tel:+45 89 40 20 00')).toBe('tel:+45 89 40 20 00');
  });

  it('links bare web addresses without the sentence full stop, and splits paragraphs and lines', () => {
    expect(parseAnswer('Se https://borger.dk.\nRing.\n\nNyt afsnit')).toEqual([
      [
        [
          { kind: 'text', text: 'Se ' },
          { kind: 'link', text: 'https://borger.dk', href: 'https://borger.dk' },
          { kind: 'text', text: '.' },
        ],
        [{ kind: 'text', text: 'Ring.' }],
      ],
      [[{ kind: 'text', text: 'Nyt afsnit' }]],
    ]);
  });
});

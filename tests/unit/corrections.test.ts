import { describe, expect, it } from 'vitest';
import { correctionAnchor, correctionDescription, correctionReading, correctionSourceNote } from '../../src/lib/corrections';
import { readingText } from '../../src/lib/remarks';

// The shapes of the real corrections: a misspelling ("te US"), a stray letter ("r Abe"), a supplied word.
const replaced = { original: 'te', corrected: 'the' };
const struck = { original: ' r', corrected: '' };
const supplied = { original: '', corrected: 'of' };

describe('how a correction reads', () => {
  it('shows a replaced or supplied word in brackets', () => {
    expect(correctionReading(replaced)).toBe('[the]');
    expect(correctionReading(supplied)).toBe('[of]');
  });

  it('reads a struck-through word as nothing, so a copied quotation reads as corrected', () => {
    expect(correctionReading(struck)).toBe('');
    const segments = [
      { text: 'Prime Minister' },
      { correction: { id: 'r-abe', ...struck, note: 'Stray letter.', file: 'f', line: 1 } },
      { text: ' Abe said' },
    ];
    expect(readingText(segments)).toBe('Prime Minister Abe said');
  });

  it('describes a struck-through word in words where the strike cannot be seen', () => {
    expect(correctionDescription(struck)).toBe('“r” struck through');
    expect(correctionDescription(replaced)).toBe('[the]');
  });

  it('says what the source reads, or that the word is not in it', () => {
    expect(correctionSourceNote(replaced)).toBe('Editorial correction. The source reads “te”.');
    expect(correctionSourceNote(supplied)).toBe('Editorial insertion: not in the source.');
  });

  it('anchors the note with a prefix no other anchor of the edition notes uses', () => {
    expect(correctionAnchor('te-us')).toBe('correction-te-us');
  });
});

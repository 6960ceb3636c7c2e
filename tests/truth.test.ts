// Truth discovery: reading values by type, the engine on small hand-made cases, and corroborate fuse on
// real Book listings and a synthetic DAFNA table.
import { describe, expect, it } from 'vitest';
import { isSameAnswer, namesValue, parsePersonList, parseTableNumber, parseTimeParts, supportOf, timeValue, numberValue } from '../src/pipeline/truth/values.js';

function authorsKey(raw: string): string {
  const list = parsePersonList(raw);
  return namesValue(list.people, list.isOpen).key;
}

function timeDisplay(raw: string): string | null {
  const parts = parseTimeParts(raw);
  return parts ? timeValue(parts).display : null;
}

describe('values: author lists', () => {
  it('reads one list the same in last-first, first-last, initials, case and separators', () => {
    const forms = [
      'Kumar, C. Bala; Kline, Paul J.; Thompson, Timothy J.',
      'C Bala Kumar, Paul Kline, Tim Thompson',
      'Kumar, C Bala, and Kline, Paula J, and Thompson, Timothy J',
      'By (author) Kumar, C Bala By (author) Kline, Paul By (author) Thompson, Tim',
      'Kumar, C. Bala (Author) Kline, Paul (Author) Thompson, Tim (Author)',
      'Kumar, C. Bala/ Kline, Paul J./ Thompson, Timothy J.',
      'KUMAR, C.BALA; KLINE, PAUL; THOMPSON, TIM',
      'Thompson, Tim; Kline, Paul; Kumar, C Bala',
    ];
    for (const form of forms) expect(authorsKey(form), form).toBe('p:kline|kumar|thompson');
  });

  it('splits surname-first pairs that a store ran together without separators', () => {
    expect(authorsKey('Conklin, Wm Arthur White, Gregory B. Cothren, Chuck')).toBe('p:conklin|cothren|white');
    expect(authorsKey('Edited by Jones, Karen Sparck Edited by Willett, Peter')).toBe('p:jones|willett');
    expect(authorsKey('Johnson, Michael K., Troan, Erik W.')).toBe('p:johnson|troan');
  });

  it('drops credits that are not authorship, decodes entities, and keeps a repeated person once', () => {
    expect(authorsKey('Henderson, Ken (Author) Soukup, Ron (Foreword by)')).toBe('p:henderson');
    expect(authorsKey('Goldberg, David E. Foreword by John Holland.')).toBe('p:goldberg');
    expect(authorsKey('Nick Rozanski, E&oacute;in Woods')).toBe('p:rozanski|woods');
    expect(authorsKey('Kaplan, Joseph E. (Author) Dunn, Ryan (Author) Kaplan, Joe (Author)')).toBe('p:dunn|kaplan');
    // Two people with one surname are two authors when their given names differ.
    expect(authorsKey("o'leary, timothy j.;  o'leary, linda i.;  ")).toBe('p:oleary|oleary');
    expect(parsePersonList('Not Available').people).toEqual([]);
  });

  it('marks a list that ends in "et al." as open, and lets a shortened list support the full one more than the reverse', () => {
    const open = parsePersonList('Tarek Khalil, et al');
    expect(open.isOpen).toBe(true);
    const full = namesValue(parsePersonList('Khalil, Tarek; Lefebvre, Louis A.').people);
    const openValue = namesValue(open.people, true);
    const short = namesValue(parsePersonList('Khalil, Tarek').people);
    expect(supportOf(openValue, full)).toBe(1);
    expect(supportOf(short, full)).toBeGreaterThan(supportOf(full, short));
    expect(supportOf(namesValue(parsePersonList('Smith, Ann').people), full)).toBe(0);
  });
});

describe('values: times and numbers', () => {
  it('reads the time formats of flight feeds as one local wall-clock time', () => {
    expect(timeDisplay('2011-12-04 09:10 AM')).toBe('2011-12-04 09:10');
    expect(timeDisplay('2011-12-04 09:10AM CST')).toBe('2011-12-04 09:10');
    expect(timeDisplay('12/4/11 9:35 PM (-05:00)')).toBe('2011-12-04 21:35');
    expect(timeDisplay('09:35 PM  Sun 04-Dec-2011')).toBe('2011-12-04 21:35');
    expect(timeDisplay('9:10aDec 4')).toBe('--12-04 09:10');
    expect(timeDisplay('9:53 AMDec 04')).toBe('--12-04 09:53');
    expect(timeDisplay('Dec 04 - 9:10am')).toBe('--12-04 09:10');
    expect(timeDisplay('2011-12-04T21:35:00Z')).toBe('2011-12-04 21:35');
    expect(timeDisplay('12:00 PM')).toBe('12:00');
    expect(timeDisplay('12:30 AM')).toBe('00:30');
    expect(timeDisplay('Not provided by airline')).toBeNull();
    expect(timeDisplay('C27')).toBeNull();
    expect(timeDisplay('13:45 PM')).toBeNull();
  });

  it('reads numbers with separators, signs, scales and units, keeping the precision written', () => {
    expect(parseTableNumber('1,234.5')).toEqual({ value: 1234.5, decimals: 1 });
    expect(parseTableNumber('$12.30')).toEqual({ value: 12.3, decimals: 2 });
    expect(parseTableNumber('(0.05)')).toEqual({ value: -0.05, decimals: 2 });
    expect(parseTableNumber('1.2M')).toEqual({ value: 1_200_000, decimals: 0 });
    expect(parseTableNumber('3.5 billion')?.value).toBe(3_500_000_000);
    expect(parseTableNumber('72°F')?.value).toBe(72);
    expect(parseTableNumber('+0.05 (+0.8%)')?.value).toBe(0.05);
    expect(parseTableNumber('C27')).toBeNull();
  });

  it('lets a rounding and a nearby figure support a number, but not a different count', () => {
    const exact = numberValue(5.987, 3);
    expect(supportOf(numberValue(5.99, 2), exact)).toBe(1);
    expect(supportOf(numberValue(5.99, 2), numberValue(5.991, 3))).toBeGreaterThan(0);
    expect(supportOf(numberValue(3), numberValue(7))).toBe(0);
    expect(supportOf(numberValue(7, 0, 7, null), numberValue(9))).toBeGreaterThan(0.5);
    expect(supportOf(numberValue(7, 0, 7, null), numberValue(5))).toBe(0);
    expect(isSameAnswer(numberValue(5.99, 2), numberValue(5.99, 3))).toBe(true);
    expect(isSameAnswer(numberValue(6.1, 1), numberValue(5.99, 2))).toBe(false);
  });
});

// Case folding and diacritic stripping, shared by the index builder and the browser so that a
// word is spelled the same way on both sides of the search.

/** Letters that Unicode decomposition leaves whole, folded to what English-language copy prints. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  ə: 'a',
  þ: 'th',
  ħ: 'h',
};
const LETTER_FOLD_PATTERN = /[ßæœøđðłıəþħ]/g;

/** Lowercases text and strips diacritics: `Əliyev in Bakı` -> `aliyev in baki`. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(LETTER_FOLD_PATTERN, (letter) => LETTER_FOLDS[letter] ?? letter);
}

/**
 * A silo is stored as a slug (`gemeente-sociaal-domein`): the key that groups a budget
 * holder's streams. People read its label: the words of the slug, the first with a
 * capital, known abbreviations in capitals ("Gemeente sociaal domein", "EU"). One
 * function, so the app, the reports and the spreadsheets call a silo the same.
 */
const ABBREVIATIONS = new Set(['eu', 'esf', 'efro', 'mkb', 'wmo', 'daeb', 'rvo', 'bng', 'nwo', 'ez', 'sroi']);

export function siloLabel(silo: string): string {
  const words = silo.split('-').filter((word) => word !== '');
  if (words.length === 0) return silo;
  return words
    .map((word, i) => {
      if (ABBREVIATIONS.has(word)) return word.toUpperCase();
      return i === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word;
    })
    .join(' ');
}

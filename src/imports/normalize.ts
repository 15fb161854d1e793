/**
 * How headers and coded values are compared: case, accents, spaces and punctuation do
 * not count ("Coöperatie U.A." = "cooperatie-ua" = "COOPERATIE UA").
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a text cell that begins with
 * `=`, `+`, `-`, `@`, a tab, a carriage return or NUL can be run as a formula by Excel
 * or LibreOffice when the file is opened. Such text gets a leading apostrophe, which
 * the spreadsheet shows as plain text. Only text is touched: amounts are written as
 * numbers, so a negative amount stays a number (it is never turned into text).
 */
const FORMULA_START = /^[=+\-@\t\r\0]/;

export function neutralizeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

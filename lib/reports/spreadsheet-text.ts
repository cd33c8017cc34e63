// Text a spreadsheet must never read as a formula (OWASP "CSV injection"). A cell whose text starts
// with = + - @, a tab or a carriage return is a formula to Excel and LibreOffice once the sheet is
// re-saved as CSV or typed over, so a person named `=HYPERLINK(...)` would become a live link. Such
// text gets a leading apostrophe, which spreadsheets show and never evaluate. Numbers are written
// as numbers and never pass through here, so a genuine negative number stays a number. Pure.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralisedText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell's value with any text neutralised; numbers, dates and empty cells as they are. */
export function neutralisedCell<T>(value: T): T | string {
  return typeof value === "string" ? neutralisedText(value) : value;
}

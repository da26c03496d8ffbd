import type { Cell, DashboardTable } from './aggregate'

/**
 * A dashboard table as CSV for donors' reports: RFC 4180 (comma, CRLF, fields quoted when they hold
 * a comma, quote or line break, quotes doubled), UTF-8 with a byte-order mark so that Excel reads
 * Cyrillic and Tajik right. Text a reader wrote (a comment) could start with `=`, `+`, `-` or `@`
 * and run as a formula in a spreadsheet: such a cell is prefixed with `'` (OWASP's advice).
 */

export const byteOrderMark = '\uFEFF'
const formulaStart = /^[=+\-@\t\r]/

export function csvCell(cell: Cell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : ''
  const text = formulaStart.test(cell) ? `'${cell}` : cell
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function tableCsv(table: DashboardTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvCell).join(','))
  return `${byteOrderMark}${lines.join('\r\n')}\r\n`
}

"""Spreadsheets the site hands out (the directory's exports; the mailing logs
to come): every export writes its CSV and XLSX files through here.

Whatever a cell holds came from someone's typing, so no cell may become a
formula in the program that opens the file (CSV/formula injection). OWASP's
rule: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return
is neutralised, whatever follows (a digit too: `=1+HYPERLINK(…)`).
- CSV: the cell gets a leading apostrophe, which spreadsheet programs read
  as "text follows" (`'=1+2`).
- XLSX: the cell is written as text with Excel's own quote prefix (what a
  person typing an apostrophe gets): it shows and reads back exactly as
  stored, and stays text if someone edits it.
`unneutralise` takes the apostrophe off again when such a CSV file is
imported back.
"""

import csv
import io
from collections.abc import Mapping

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
APOSTROPHE = "'"


def cell_text(value):
    """A value as the text of one cell (a list becomes `a; b`)."""
    if isinstance(value, list | tuple):
        return "; ".join(cell_text(item) for item in value)
    return "" if value is None else str(value)


def starts_formula(text):
    return text.startswith(FORMULA_TRIGGERS)


def neutralise(value):
    """The cell text, with the apostrophe before it if it could start a formula."""
    text = cell_text(value)
    return APOSTROPHE + text if starts_formula(text) else text


def unneutralise(text):
    """A cell read back from a file this module wrote: without its apostrophe."""
    if text.startswith(APOSTROPHE) and starts_formula(text[1:]):
        return text[1:]
    return text


def _values(header, row):
    if isinstance(row, Mapping):
        return [row.get(column, "") for column in header]
    return list(row)


def write_csv(header, rows):
    """UTF-8 CSV bytes (with a byte order mark, so Excel reads Dari and Pashto)."""
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow([neutralise(column) for column in header])
    for row in rows:
        writer.writerow([neutralise(value) for value in _values(header, row)])
    return ("\ufeff" + output.getvalue()).encode("utf-8")


def write_xlsx(header, rows, title, right_to_left=False):
    """XLSX bytes: one sheet called `title`, every cell text, none a formula;
    `right_to_left` for a Dari or Pashto reader (first column on the right)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=cell_text(title)[:31] or "Sheet")
    sheet.sheet_view.rightToLeft = bool(right_to_left)

    def cells(values):
        line = []
        for value in values:
            text = cell_text(value)
            cell = WriteOnlyCell(sheet, value=text or None)
            if text:
                # openpyxl makes any text starting with "=" a formula: force text.
                cell.data_type = "s"
                cell.quotePrefix = starts_formula(text)
            line.append(cell)
        return line

    sheet.append(cells(header))
    for row in rows:
        sheet.append(cells(_values(header, row)))
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()

"""Reading and writing the directory's spreadsheets (CSV and XLSX; written by
core.exports, which keeps formulas out of them).

Uploads are untrusted: size and row limits are checked before parsing, and
anything that is not a readable CSV or XLSX file is a clear error, never a
500."""

import csv
import io
import zipfile

from django.utils.translation import gettext as _

from core import exports

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 20_000
MAX_COLUMNS = 60


class SpreadsheetError(ValueError):
    """The file cannot be read as a directory spreadsheet; the message says why."""


def _header(cells):
    names = [str(cell or "").strip().lower().replace(" ", "_") for cell in cells]
    while names and not names[-1]:
        names.pop()
    return names


class Rows(list):
    """The rows of a sheet (dicts keyed by column name), with its header as
    read (`columns`, in file order, blanks and repeats included) so the
    import can name columns it does not know or misses."""

    columns = ()


def _rows(header, records):
    if not any(header):
        raise SpreadsheetError(_("The first row must name the columns."))
    if len(header) > MAX_COLUMNS:
        raise SpreadsheetError(_("The file has too many columns."))
    rows = Rows()
    rows.columns = list(header)
    for number, record in enumerate(records, start=2):
        if number - 1 > MAX_ROWS:
            raise SpreadsheetError(_("The file has more than %(max)s rows; split it.") % {"max": MAX_ROWS})
        # An apostrophe our own CSV export put before a formula-like cell goes.
        values = ["" if value is None else exports.unneutralise(str(value).strip()) for value in record]
        if not any(values):
            continue
        row = {name: values[index] if index < len(values) else "" for index, name in enumerate(header) if name}
        row["_row"] = number
        rows.append(row)
    return rows


def _decode(data):
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    for encoding in ("utf-8-sig", "cp1256"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SpreadsheetError(_("The CSV file is not in a text encoding the site can read; save it as UTF-8."))


def read_csv(data):
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SpreadsheetError(_("This is not a CSV file."))
    text = _decode(data)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        records = list(csv.reader(io.StringIO(text), dialect))
    except csv.Error as error:
        raise SpreadsheetError(_("The CSV file cannot be read: %(error)s") % {"error": error})
    if not records:
        raise SpreadsheetError(_("The file is empty."))
    return _rows(_header(records[0]), records[1:])


def read_xlsx(data):
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(item.file_size for item in archive.infolist())
        if unpacked > 20 * MAX_BYTES:
            raise SpreadsheetError(_("The spreadsheet is too large once unpacked."))
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except SpreadsheetError:
        raise
    except Exception:  # openpyxl raises many kinds of error for a broken file
        raise SpreadsheetError(_("This is not an Excel (XLSX) spreadsheet, or it is damaged."))
    try:
        sheet = workbook.worksheets[0]
        records = sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS + 1)
        header = next(records, None)
        if header is None:
            raise SpreadsheetError(_("The file is empty."))
        return _rows(_header(header), records)
    finally:
        workbook.close()


def read_upload(uploaded_file):
    """Rows of an uploaded CSV or XLSX file as dicts keyed by column name."""
    name = (uploaded_file.name or "").lower()
    if uploaded_file.size > MAX_BYTES:
        raise SpreadsheetError(
            _("The file is %(size)s MB; the limit is %(limit)s MB.")
            % {"size": round(uploaded_file.size / 1024 / 1024, 1), "limit": MAX_BYTES // 1024 // 1024}
        )
    data = uploaded_file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise SpreadsheetError(_("The file is larger than %(limit)s MB.") % {"limit": MAX_BYTES // 1024 // 1024})
    if name.endswith(".xlsx") or data.startswith(b"PK\x03\x04"):
        return read_xlsx(data)
    if name.endswith((".csv", ".txt")):
        return read_csv(data)
    raise SpreadsheetError(_("Upload a CSV or an XLSX (Excel) file."))


def write_csv(header, rows):
    return exports.write_csv(header, rows)


def write_xlsx(header, rows, title):
    return exports.write_xlsx(header, rows, title)

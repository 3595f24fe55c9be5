"""Fills an expert kit like an expert with Excel would: python3 fill_kit.py IN OUT EDITS_JSON.

EDITS_JSON maps a dossier number to {header: value}; the header is a Notation column header (V1, "Commentaire V",
"Conflit d'intérêts", or a locked one such as "Projet"). Numbers are written as numbers, strings as text.
"""
import json
import sys

import openpyxl

source, target, edits = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
workbook = openpyxl.load_workbook(source)
sheet = workbook["Notation"]
headers = {cell.value: cell.column for cell in sheet[1]}
for row in sheet.iter_rows(min_row=2):
    number = row[0].value
    for header, value in edits.get(number, {}).items():
        sheet.cell(row=row[0].row, column=headers[header]).value = value
workbook.save(target)

"""The CSV interchange format: import (validated, one transaction) and export."""

from knowledge.interchange.exporter import export_folder
from knowledge.interchange.importer import ImportRejected, ImportReport, Problem, import_folder
from knowledge.interchange.spec import FILES

__all__ = ["FILES", "ImportRejected", "ImportReport", "Problem", "export_folder",
           "import_folder"]

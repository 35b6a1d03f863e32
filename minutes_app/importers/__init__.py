"""Import: an existing minutes text, meeting report or .docx -> a structured draft plus warnings.

``import_text`` and ``import_file`` never raise anything but ``ImportFailed``; whatever the
recognisers cannot place is kept as a free paragraph with a warning naming its line.
What is recognised is described in ``docs/import.md``.
"""

from .api import import_bytes, import_file, import_text
from .result import ImportCancelled, ImportFailed, ImportResult, ImportWarning

__all__ = [
    "ImportCancelled",
    "ImportFailed",
    "ImportResult",
    "ImportWarning",
    "import_bytes",
    "import_file",
    "import_text",
]

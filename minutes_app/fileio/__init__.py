"""Files in and out, safely, with the standard library only, so every layer may use them:
``atomic`` (the one writer: drafts, recovery, settings, exports) and ``bounded_read`` (whole
files from outside: regular files only, never more than a limit)."""

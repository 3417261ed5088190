"""Statement import (imports.proto): resumable upload, parsing, de-duplication, undo."""

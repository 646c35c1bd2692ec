"""The errors wirewatch raises.

    WirewatchError
    ├── InputError        the input cannot be read as an English news report (empty, binary, not English, ...)
    │   └── MissingInputError   the path does not exist or cannot be opened
    ├── ConfigError       a bad option or setting (a usage error: CLI exit code 2)
    ├── ExtractionError   the NLP pipeline failed on an input it accepted
    └── StoreError        the store cannot be opened or written

The CLI maps ``ConfigError`` to exit code 2 and every other ``WirewatchError`` to exit code 1.
"""


class WirewatchError(Exception):
    """Base of every error wirewatch raises on purpose."""


class InputError(WirewatchError):
    """The input is not a readable English news report."""


class MissingInputError(InputError):
    """The input path does not exist or cannot be opened."""


class ConfigError(WirewatchError, ValueError):
    """A bad option or setting."""


class ExtractionError(WirewatchError):
    """The NLP pipeline failed on an accepted input."""


class StoreError(WirewatchError):
    """The store cannot be opened or written."""

"""wirewatch: a sourced, structured situation picture from crisis and conflict news."""

import logging

from .api import extract, extract_many
from .errors import ConfigError, ExtractionError, InputError, MissingInputError, StoreError, WirewatchError
from .models import Article, Claim, Claimant, Entity, Event, Place, Quote, Speaker

__all__ = [
    "Article",
    "Claim",
    "Claimant",
    "ConfigError",
    "Entity",
    "Event",
    "ExtractionError",
    "InputError",
    "MissingInputError",
    "Place",
    "Quote",
    "Speaker",
    "StoreError",
    "WirewatchError",
    "extract",
    "extract_many",
]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

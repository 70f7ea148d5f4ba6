"""The one reader of data/: loads the YAML, validates it, and hands out typed records.

Everything else (macros, mockapi, tests) imports from here and never opens data/ itself.
"""

from catalog.loader import DATA_DIR, Catalog, load
from catalog.errors import Body, ErrorEntry, Header
from catalog.links import ExternalLink
from catalog.models import Model, WrongName

__all__ = ["DATA_DIR", "Body", "Catalog", "ErrorEntry", "ExternalLink", "Header", "Model", "WrongName", "load"]

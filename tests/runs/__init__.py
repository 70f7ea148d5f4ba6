"""The snippet runs, one module per page; ALL is every run of every module."""

from __future__ import annotations

import importlib
import pkgutil

from snippet_runner import Run

ALL: list[Run] = [
    run
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name)
    for run in importlib.import_module(f"{__name__}.{module.name}").RUNS
]

"""Prints hit@1 and hit@3 of the site's search over the search cases (builds the site first).

Run: .venv/bin/python scripts/search_hits.py   (after scripts/test.sh or serve.sh has set up .venv)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from search_eval import evaluate, report  # noqa: E402
from site_build import built_site  # noqa: E402

print(report(evaluate(built_site())))

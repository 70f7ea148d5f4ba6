"""The retry helpers of snippets/python/retry_helper.py and snippets/typescript/retry_helper.ts.

Fed every error body of data/errors.yml as a real SDK error, with a fake clock: nothing sleeps.
What each helper must do is derived here from the catalog (`retryable`, the `wait` texts, the
headers) and the rules on docs/errors/429-rate-limited.md, never from the helper itself.
"""

from __future__ import annotations

import importlib.util
import json
import math
import random
import re
import subprocess
from dataclasses import dataclass, field

import httpx2
import pytest
from mistralai.client import errors

import catalog
from snippet_runner import HARNESS, ROOT, SNIPPETS

CATALOG = catalog.load()
NEVER_RETRIED = {400, 401, 403, 404, 422}
MAX_RETRY_AFTER = 60.0
DEFAULT_ATTEMPTS = 5
KIND_OF_ENTRY = {"rate-limited": "rate limit", "capacity-exceeded": "capacity", "server-5xx": "server error"}


def _load_python_helper():
    spec = importlib.util.spec_from_file_location("retry_helper", SNIPPETS / "python" / "retry_helper.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


helper = _load_python_helper()


def _bounds(wait: str) -> tuple[float, float]:
    """(first, longest) backoff ceiling in seconds, read from a catalog `wait` text."""
    found = re.search(r"from (\d+) s\b.*?up to (\d+) (s|min)\b", wait)
    assert found, f"no 'from N s ... up to M s|min' in {wait!r}"
    longest = float(found[2]) * (60 if found[3] == "min" else 1)
    return float(found[1]), longest


BOUNDS = {KIND_OF_ENTRY[entry_id]: _bounds(CATALOG.errors.get(entry_id).wait) for entry_id in KIND_OF_ENTRY}


@dataclass(frozen=True)
class Case:
    """One error answer: what the API sends, and what the helpers must do with it."""

    id: str
    status: int
    headers: tuple[tuple[str, str], ...]
    body: str
    retried: bool
    kind: str | None = None

    def header(self, name: str) -> str | None:
        return next((v for n, v in self.headers if n.lower() == name), None)

    def without(self, name: str) -> Case:
        return Case(self.id + f"-no-{name}", self.status, tuple(h for h in self.headers if h[0].lower() != name),
                    self.body, self.retried, self.kind)

    def with_header(self, name: str, value: str) -> Case:
        return Case(self.id + f"-{name}={value}", self.status,
                    tuple(h for h in self.headers if h[0].lower() != name) + ((name, value),),
                    self.body, self.retried, self.kind)


def _catalog_cases() -> list[Case]:
    cases = []
    for entry in CATALOG.errors.documented():
        for body in entry.bodies:
            headers = tuple((h.name, h.value) for h in entry.headers_of(body))
            if body.content_type:
                headers += (("content-type", body.content_type),)
            status = entry.status_of(body)
            # The rules: the catalog says what is retryable, except a 429 whose request limit is 0
            # (the model is not on the plan), and a 400/401/403/404/422 is never retried.
            not_on_plan = status == 429 and dict((n.lower(), v) for n, v in headers).get(
                "x-ratelimit-limit-req-minute") == "0"
            retried = entry.retryable and not not_on_plan and status not in NEVER_RETRIED
            # Another retryable 5xx (the Conversations API's handoff 500) is a server error too.
            kind = KIND_OF_ENTRY.get(entry.id) or ("server error" if 500 <= status <= 599 else None)
            cases.append(Case(f"{entry.id}:{body.name}", status, headers, entry.example(body).decode(), retried,
                              kind if retried else None))
    return cases


CATALOG_CASES = _catalog_cases()
BY_ID = {case.id: case for case in CATALOG_CASES}

# Beyond the catalog: retryable-looking bodies on statuses that are never retried, and a 429 whose
# body is not one the catalog knows (treated as your rate limit).
EXTRA_CASES = [
    Case("400-with-rate-limit-body", 400, (("content-type", "application/json"),),
         BY_ID["rate-limited:current"].body, retried=False),
    Case("404-with-capacity-body", 404, (("content-type", "application/json"),),
         BY_ID["capacity-exceeded:current"].body, retried=False),
    Case("422-with-retry-after", 422, (("retry-after", "1"), ("content-type", "application/json")),
         '{"detail":[]}', retried=False),
    Case("401-html", 401, (("content-type", "text/html"),), "<html></html>", retried=False),
    Case("501", 501, (), "", retried=False),
    Case("429-unknown-body", 429, (("content-type", "application/json"),),
         '{"object":"error","message":"Something new","type":"something_new","param":null,"code":"9999"}',
         retried=True, kind="rate limit"),
    Case("429-empty-body", 429, (), "", retried=True, kind="rate limit"),
]
ALL_CASES = CATALOG_CASES + EXTRA_CASES


def test_the_catalog_cases_cover_what_the_rules_name() -> None:
    """The catalog has every kind of case the rules talk about, so the tests below test them."""
    not_retried_retryable = {c.id for c in CATALOG_CASES if not c.retried and c.id.split(":")[0] in KIND_OF_ENTRY}
    assert not_retried_retryable == {"rate-limited:not-on-plan"}
    assert {c.status for c in CATALOG_CASES if c.retried} >= {429, 500, 502, 503, 504, 520}
    assert {c.status for c in CATALOG_CASES} >= {400, 401, 404, 422}
    assert {c.kind for c in CATALOG_CASES if c.retried} == set(KIND_OF_ENTRY.values())
    assert BOUNDS == {"rate limit": (1.0, 60.0), "capacity": (5.0, 120.0), "server error": (1.0, 60.0)}


# --- Python -------------------------------------------------------------------------------------


def sdk_error(case: Case) -> errors.SDKError:
    request = httpx2.Request("POST", "https://api.mistral.ai/v1/chat/completions")
    response = httpx2.Response(case.status, headers=list(case.headers), content=case.body.encode(), request=request)
    return errors.SDKError("API error occurred", response, case.body)


@dataclass
class Recorded:
    attempts: int = 0
    waits: list[float] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    outcome: str = "returned"
    same_error: bool = False


def run_python(case: Case, *, failures: int = 1000, random_value: float = 0.5, max_attempts: int | None = None,
               error: Exception | None = None) -> Recorded:
    error = error if error is not None else sdk_error(case)
    seen = Recorded()

    def call() -> str:
        seen.attempts += 1
        if seen.attempts <= failures:
            raise error
        return "ok"

    options = {} if max_attempts is None else {"max_attempts": max_attempts}
    try:
        helper.call_with_retries(call, sleep=seen.waits.append, random=lambda: random_value,
                                 on_retry=lambda _error, kind, _wait: seen.kinds.append(kind), **options)
    except Exception as raised:  # noqa: BLE001 - the test checks it is the call's own error
        seen.outcome = "raised"
        seen.same_error = raised is error
    return seen


def expected_waits(case: Case, retries: int, random_value: float) -> list[float]:
    """The waits the rules give: Retry-After capped at 60 s, else full jitter under the ceiling."""
    retry_after = case.header("retry-after")
    if retry_after is not None:
        return [min(float(retry_after), MAX_RETRY_AFTER)] * retries
    first, longest = BOUNDS[case.kind]
    return [random_value * min(longest, first * 2**n) for n in range(retries)]


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda c: c.id)
def test_python_retries_exactly_what_is_retryable(case: Case) -> None:
    seen = run_python(case)
    assert seen.outcome == "raised" and seen.same_error
    if case.retried:
        assert seen.attempts == DEFAULT_ATTEMPTS
        assert seen.kinds == [case.kind] * (DEFAULT_ATTEMPTS - 1)
        assert seen.waits == pytest.approx(expected_waits(case, DEFAULT_ATTEMPTS - 1, 0.5))
    else:
        assert (seen.attempts, seen.waits) == (1, [])


@pytest.mark.parametrize("case", [c for c in CATALOG_CASES if c.retried], ids=lambda c: c.id)
def test_python_returns_once_the_call_succeeds(case: Case) -> None:
    seen = run_python(case, failures=2)
    assert (seen.outcome, seen.attempts, len(seen.waits)) == ("returned", 3, 2)


@pytest.mark.parametrize("value, wait", [("1", 1.0), ("7.5", 7.5), ("0", 0.0), ("60", 60.0), ("61", 60.0),
                                         ("3600", 60.0)])
def test_python_honours_retry_after_with_a_cap(value: str, wait: float) -> None:
    for case_id in ("rate-limited:current", "capacity-exceeded:current", "server-5xx:unavailable"):
        case = BY_ID[case_id].with_header("retry-after", value)
        for random_value in (0.0, 0.99):
            seen = run_python(case, random_value=random_value)
            assert seen.waits == [wait] * (DEFAULT_ATTEMPTS - 1)


@pytest.mark.parametrize("value", ["soon", "", "-1", "nan", "inf", "Wed, 21 Oct 2015 07:28:00 GMT"])
def test_python_falls_back_to_backoff_for_an_unusable_retry_after(value: str) -> None:
    case = BY_ID["rate-limited:current"].with_header("retry-after", value)
    seen = run_python(case, random_value=0.5)
    assert seen.waits == pytest.approx([0.5 * c for c in (1, 2, 4, 8)])


@pytest.mark.parametrize("kind, case_id", [("rate limit", "rate-limited:current"), ("capacity", "capacity-exceeded:current"),
                                           ("server error", "server-5xx:gateway-timeout")])
def test_python_backoff_grows_to_its_ceiling_with_full_jitter(kind: str, case_id: str) -> None:
    case = BY_ID[case_id].without("retry-after")
    first, longest = BOUNDS[kind]
    ceilings = [min(longest, first * 2**n) for n in range(11)]
    assert ceilings[-1] == longest  # enough attempts to reach the cap
    for random_value in (0.0, 0.25, 0.999999):
        seen = run_python(case, random_value=random_value, max_attempts=12)
        assert seen.waits == pytest.approx([random_value * c for c in ceilings])
    # With real randomness each wait stays within 0 and its ceiling, and they differ.
    rng = random.Random(1234)
    waits: list[float] = []
    error = sdk_error(case)
    calls = iter([error] * 11 + [None])

    def call() -> str:
        failure = next(calls)
        if failure is not None:
            raise failure
        return "ok"

    assert helper.call_with_retries(call, max_attempts=12, sleep=waits.append, random=rng.random) == "ok"
    assert all(0 <= w <= c for w, c in zip(waits, ceilings, strict=True))
    assert len(set(waits)) == len(waits)


@pytest.mark.parametrize("max_attempts", [1, 2, 3, 8])
def test_python_attempts_are_limited(max_attempts: int) -> None:
    seen = run_python(BY_ID["server-5xx:internal"], max_attempts=max_attempts)
    assert (seen.outcome, seen.attempts, len(seen.waits)) == ("raised", max_attempts, max_attempts - 1)


def test_python_rejects_zero_attempts() -> None:
    with pytest.raises(ValueError):
        helper.call_with_retries(lambda: "ok", max_attempts=0)


@pytest.mark.parametrize("error", [httpx2.ConnectError("[Errno 111] Connection refused"), ValueError("bad"),
                                   errors.HTTPValidationError(errors.HTTPValidationErrorData(detail=[]),
                                                              httpx2.Response(422, content=b'{"detail":[]}'))],
                         ids=lambda e: type(e).__name__)
def test_python_passes_other_errors_through_at_once(error: Exception) -> None:
    seen = run_python(BY_ID["server-5xx:internal"], error=error)
    assert (seen.outcome, seen.same_error, seen.attempts, seen.waits) == ("raised", True, 1, [])


# --- TypeScript ---------------------------------------------------------------------------------


def _ts_input(case: Case, **extra) -> dict:
    return {"id": case.id, "status": case.status, "headers": [list(h) for h in case.headers], "body": case.body,
            "failures": 1000, "random": 0.5, **extra}


TS_CASES: list[tuple[dict, dict]] = []  # (input, expected decision)
for _case in ALL_CASES:
    _retries = DEFAULT_ATTEMPTS - 1 if _case.retried else 0
    TS_CASES.append((_ts_input(_case), {
        "attempts": _retries + 1, "waits_ms": [w * 1000 for w in expected_waits(_case, _retries, 0.5)] if _retries else [],
        "kinds": [_case.kind] * _retries, "outcome": "raised", "same_error": True}))
for _case in (c for c in CATALOG_CASES if c.retried):
    TS_CASES.append((_ts_input(_case, id=_case.id + "-then-ok", failures=2), {
        "attempts": 3, "waits_ms": [w * 1000 for w in expected_waits(_case, 2, 0.5)], "kinds": [_case.kind] * 2,
        "outcome": "returned", "same_error": False}))
for _value, _wait in [("7.5", 7.5), ("0", 0.0), ("61", 60.0), ("3600", 60.0)]:
    _case = BY_ID["rate-limited:current"].with_header("retry-after", _value)
    TS_CASES.append((_ts_input(_case, random=0.99), {
        "attempts": 5, "waits_ms": [_wait * 1000] * 4, "kinds": ["rate limit"] * 4, "outcome": "raised",
        "same_error": True}))
for _value in ("soon", "-1", "Wed, 21 Oct 2015 07:28:00 GMT"):
    _case = BY_ID["rate-limited:current"].with_header("retry-after", _value)
    TS_CASES.append((_ts_input(_case), {
        "attempts": 5, "waits_ms": [0.5 * c * 1000 for c in (1, 2, 4, 8)], "kinds": ["rate limit"] * 4,
        "outcome": "raised", "same_error": True}))
for _kind, _case_id in [("rate limit", "rate-limited:current"), ("capacity", "capacity-exceeded:current"),
                        ("server error", "server-5xx:gateway-timeout")]:
    _case = BY_ID[_case_id].without("retry-after")
    _first, _longest = BOUNDS[_kind]
    for _random in (0.0, 0.999999):
        TS_CASES.append((_ts_input(_case, id=f"{_case.id}-r{_random}", random=_random, maxAttempts=12), {
            "attempts": 12, "waits_ms": [_random * min(_longest, _first * 2**n) * 1000 for n in range(11)],
            "kinds": [_kind] * 11, "outcome": "raised", "same_error": True}))
for _attempts in (1, 3):
    TS_CASES.append((_ts_input(BY_ID["server-5xx:internal"], id=f"max-{_attempts}", maxAttempts=_attempts), {
        "attempts": _attempts, "waits_ms": [0.5 * c * 1000 for c in (1, 2, 4, 8)][:_attempts - 1],
        "kinds": ["server error"] * (_attempts - 1), "outcome": "raised", "same_error": True}))
TS_CASES.append((_ts_input(BY_ID["server-5xx:internal"], id="not-an-sdk-error", error="other"), {
    "attempts": 1, "waits_ms": [], "kinds": [], "outcome": "raised", "same_error": True}))


@pytest.fixture(scope="module")
def ts_decisions() -> dict[str, dict]:
    done = subprocess.run(
        ["node", "--import", "tsx", str(HARNESS / "node" / "retry_decisions.ts")],
        input=json.dumps([case for case, _ in TS_CASES]), cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return {d["id"]: d for d in json.loads(done.stdout)}


@pytest.mark.parametrize("case, expected", TS_CASES, ids=[c["id"] for c, _ in TS_CASES])
def test_typescript_decides_like_the_rules(case: dict, expected: dict, ts_decisions: dict[str, dict]) -> None:
    decision = dict(ts_decisions[case["id"]])
    assert decision.pop("id") == case["id"]
    waits = decision.pop("waits_ms")
    expected = dict(expected)
    assert len(waits) == len(expected["waits_ms"]) and all(
        math.isclose(w, e, rel_tol=1e-9, abs_tol=1e-6) for w, e in zip(waits, expected.pop("waits_ms")))
    assert decision == expected

"""Scenarios: scripted behaviour chosen from outside a snippet.

A scenario is a comma-separated list of steps; each request under the same run takes the next
step, and the last step repeats for ever. A step is one of:

    ok                      answer normally
    <error-id>              answer with that error of data/errors.yml (its current body)
    <error-id>:<body-name>  answer with one named body shape of that error
    slow:<seconds>          wait, then answer normally (at most 30 s)
    cut:<n>                 answer normally, but close the connection after n stream events
                            (a non-streamed answer: halfway through its body)
    stall:<n>:<seconds>     answer normally, but pause after n stream events (at most 30 s)
    error-event:<n>         after n stream events, send an error object as an event and end

Any step may end in `*N` to repeat it N times: `rate-limited*2,ok` fails twice, then succeeds.
Clients select one with a base-URL prefix, which both SDKs and curl keep:
`http://127.0.0.1:PORT/_mock/<run>/<scenario>`; `<run>` is any name that keeps the request count
of one test (or one reader) apart from the others.
"""

from __future__ import annotations

from dataclasses import dataclass

from catalog import Catalog

MAX_SLOW_SECONDS = 30.0

# Named scenarios: what `--help` lists and what the pages link to.
PRESETS: dict[str, tuple[str, str]] = {
    "ok": ("ok", "Every request succeeds (the default)."),
    "revoked-key": ("auth-401", "Every request gets 401 Unauthorized, as with a revoked or wrong key."),
    "revoked-key-gateway": ("auth-401:gateway", "401 with the gateway's older body, with a request_id."),
    "rate-limit-then-ok": ("rate-limited*2,ok", "Two 429 rate_limited (code 1300) answers, then success."),
    "rate-limited": ("rate-limited", "Every request gets 429 rate_limited (code 1300)."),
    "capacity-then-ok": ("capacity-exceeded*2,ok", "Two 429 capacity answers (code 3505), then success."),
    "server-error-then-ok": ("server-5xx:unavailable*2,ok", "Two 503 answers, then success."),
    "model-not-on-plan": ("forbidden-403", "403 tier_not_allowed (code 1910): the model is not on your plan."),
    "forbidden-empty": ("forbidden-403:empty", "403 with an empty body."),
    "rate-limit-not-on-plan": ("rate-limited:not-on-plan", "429 with x-ratelimit-limit-req-minute: 0."),
    "capacity-503": ("capacity-exceeded:as-503", "503 with the capacity body (code 3505)."),
    "bad-request-empty": ("bad-request-400:empty", "400 with an empty body."),
    "gateway-timeout": ("server-5xx:gateway-timeout", "504 with an empty body."),
    "cloudflare-520": ("server-5xx:cloudflare-520", "520 with Cloudflare's HTML page."),
    "slow": ("slow:3", "Every answer comes after 3 seconds (to test timeouts)."),
    "stream-cut": ("cut:3", "Streams stop after 3 events: the connection closes without [DONE]."),
    "stream-stall": ("stall:2:3", "Streams pause 3 seconds after 2 events, then go on."),
    "stream-error": ("error-event:3", "Streams send an error object as the 4th event, then end."),
}


class ScenarioError(ValueError):
    """A scenario string that does not parse; its text is shown to the client."""


@dataclass(frozen=True)
class Step:
    kind: str  # "ok", "error", "slow", "cut", "stall" or "error-event"
    error_id: str | None = None
    body_name: str | None = None
    seconds: float = 0.0
    events: int = 0  # for cut, stall, error-event: how many stream events go out first


def parse(text: str, catalog: Catalog) -> tuple[Step, ...]:
    text = PRESETS.get(text, (text, ""))[0]
    steps: list[Step] = []
    for part in text.split(","):
        name, _, count_text = part.strip().partition("*")
        count = 1
        if count_text:
            if not count_text.isdigit() or not 1 <= int(count_text) <= 1000:
                raise ScenarioError(f"'{part}': the count after * must be a whole number from 1 to 1000")
            count = int(count_text)
        steps.extend([_step(name, catalog)] * count)
    return tuple(steps)


def _step(name: str, catalog: Catalog) -> Step:
    if name == "ok":
        return Step("ok")
    head, _, arg = name.partition(":")
    if head in ("slow", "cut", "stall", "error-event"):
        return _shaping_step(name, head, arg)
    try:
        entry = catalog.errors.get(head)
    except KeyError:
        known = ", ".join(sorted(PRESETS))
        raise ScenarioError(f"unknown scenario step '{name}'; presets: {known}; or an error id of errors.yml") from None
    try:
        body = entry.body(arg or None)
    except KeyError:
        shapes = ", ".join(b.name for b in entry.bodies)
        raise ScenarioError(f"'{name}': error '{head}' has the body shapes {shapes}") from None
    if body.generated is not None:
        raise ScenarioError(f"'{name}': this error comes from the request itself; send a request that causes it")
    return Step("error", error_id=entry.id, body_name=body.name)


_SHAPES = {"slow": ("seconds",), "cut": ("events",), "stall": ("events", "seconds"), "error-event": ("events",)}


def _shaping_step(name: str, head: str, arg: str) -> Step:
    wanted = _SHAPES[head]
    parts = arg.split(":") if arg else []
    usage = f"write {head}:" + ":".join(f"<{w}>" for w in wanted)
    if len(parts) != len(wanted):
        raise ScenarioError(f"'{name}': {usage}")
    values: dict[str, float] = {}
    for key, text in zip(wanted, parts):
        try:
            values[key] = float(text) if key == "seconds" else int(text)
        except ValueError:
            raise ScenarioError(f"'{name}': {usage}") from None
    if not 0 <= values.get("seconds", 0) <= MAX_SLOW_SECONDS:
        raise ScenarioError(f"'{name}': at most {MAX_SLOW_SECONDS:g} seconds")
    if not 0 <= values.get("events", 0) <= 10_000:
        raise ScenarioError(f"'{name}': the number of events must be from 0 to 10000")
    return Step(head, seconds=values.get("seconds", 0.0), events=int(values.get("events", 0)))


class Runs:
    """Counts requests per (run, scenario), so each request takes the next step."""

    MAX_RUNS = 10_000  # a long-lived mock forgets the oldest runs rather than grow without bound

    def __init__(self) -> None:
        self._counts: dict[tuple[str, str], int] = {}

    def next_step(self, run: str, scenario: str, steps: tuple[Step, ...]) -> Step:
        key = (run, scenario)
        index = self._counts.pop(key, 0)
        self._counts[key] = index + 1
        if len(self._counts) > self.MAX_RUNS:
            del self._counts[next(iter(self._counts))]
        return steps[min(index, len(steps) - 1)]

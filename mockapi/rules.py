"""The message-order rules the hosted API enforces (code 3230).

They follow mistral-common's validator (the library whose strings the API returns), as the hosted
API was still observed to apply them in 2026: `user` directly after `tool` is rejected there even
though mistral-common allowed it from 2026-04-27 (api-facts §1.4).
"""

from __future__ import annotations

from typing import Any

ALLOWED_AFTER = {
    "system": {"system", "user", "assistant"},
    "user": {"user", "assistant", "system"},
    "assistant": {"assistant", "user", "tool"},
    "tool": {"tool", "assistant"},
}


def order_problem(messages: list[dict[str, Any]]) -> tuple[str, dict[str, str]] | None:
    """The first broken rule as (message name in errors.yml, its parameters), or None."""
    for previous, current in zip(messages, messages[1:]):
        if current["role"] not in ALLOWED_AFTER[previous["role"]]:
            return "role-after-role", {"role": current["role"], "previous": previous["role"]}
    if messages:
        last = messages[-1]
        if last["role"] not in ("user", "tool") and not (last["role"] == "assistant" and last.get("prefix")):
            return "last-role", {"role": last["role"]}
    return None

import os
import uuid

import httpx2
from mistralai.client import Mistral, errors

LOCAL_API = "http://127.0.0.1:8080"  # mistral-mock on your machine, not api.mistral.ai


def stream_reply(client: Mistral) -> str:
    """The code under test: a streamed answer, accepted only if the stream says it is finished."""
    parts = []
    finish_reason = None
    with client.chat.stream(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": "Say hello."}],
    ) as stream:
        for event in stream:
            choice = event.data.choices[0]
            if isinstance(choice.delta.content, str):
                parts.append(choice.delta.content)
            finish_reason = choice.finish_reason or finish_reason
    if finish_reason is None:
        raise RuntimeError(f"the stream ended without a finish_reason, after {''.join(parts)!r}")
    return "".join(parts)


for scenario in ["ok", "stream-cut", "stream-stall", "stream-error"]:
    run = uuid.uuid4().hex
    # timeout_ms bounds each wait for data: a stream that pauses for longer fails.
    client = Mistral(
        api_key=os.environ["MISTRAL_API_KEY"],
        server_url=f"{LOCAL_API}/_mock/{run}/{scenario}",
        timeout_ms=1_000,
    )
    try:
        print(f"{scenario}: {stream_reply(client)}")
    except (httpx2.TransportError, errors.MistralError, RuntimeError) as problem:
        print(f"{scenario}: {type(problem).__name__}: {str(problem).splitlines()[0]}")

"""Successful answers: deterministic, shaped like the real API's, valid against the OpenAPI spec.

Deterministic so that the tests can assert a snippet's output exactly: the same request always
gets the same id, text and numbers.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timezone
from typing import Any, Iterator

from catalog import Catalog, Model

CREATED = 1764028800  # a fixed `created` (2025-11-25T00:00:00Z) keeps answers byte-for-byte repeatable
REPLY = "Hello! This is the mock Mistral API."
FIM_REPLY = "    return a + b"
THINKING = "The user greets me. I answer briefly."
# Where models.yml gives no size (codestral-embed), the mock uses mistral-embed's.
FALLBACK_DIMENSIONS = 1024
_CAPABILITY_FLAGS = {
    "chat": "completion_chat",
    "tools": "function_calling",
    "reasoning": "reasoning",
    "fim": "completion_fim",
    "vision": "vision",
    "ocr": "ocr",
    "moderation": "moderation",
    "audio": "audio",
    "transcription": "audio_transcription",
    "tts": "audio_speech",
}


def digest(*parts: Any) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def _tokens(value: Any) -> int:
    """A stand-in token count: words in every string of the value."""
    if isinstance(value, str):
        return len(value.split())
    if isinstance(value, dict):
        return sum(_tokens(v) for v in value.values())
    if isinstance(value, list):
        return sum(_tokens(v) for v in value)
    return 0


def prompt_tokens(prompt: Any) -> int:
    """The mock's stand-in for the tokenizer: one token per word, at least one."""
    return max(_tokens(prompt), 1)


def _usage(prompt: Any, completion: Any) -> dict[str, int]:
    prompt_tokens_, completion_tokens = prompt_tokens(prompt), _tokens(completion)
    # The order the real API sends them in (api-facts §8.4).
    return {"prompt_tokens": prompt_tokens_, "total_tokens": prompt_tokens_ + completion_tokens,
            "completion_tokens": completion_tokens}


def tool_call_id(seed: str) -> str:
    """Nine characters of [a-zA-Z0-9], the only form the API accepts back."""
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    number = int(digest(seed), 16)
    return "".join(alphabet[(number >> (6 * i)) % len(alphabet)] for i in range(9))


def _last_user_text(messages: list[dict[str, Any]]) -> str:
    for message in reversed(messages):
        if message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, str):
                return content
            if isinstance(content, list):
                return " ".join(c.get("text", "") for c in content if isinstance(c, dict))
    return ""


def _example(schema: Any, hint: str) -> Any:
    """A value that fits a JSON Schema, with `hint` for the first string it needs."""
    if not isinstance(schema, dict):
        return hint
    for key in ("const", "default"):
        if key in schema:
            return schema[key]
    if schema.get("enum"):
        return schema["enum"][0]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        wanted = schema.get("required", list(props))
        out, first = {}, True
        for name in wanted:
            out[name] = _example(props.get(name, {}), hint if first else "example")
            first = first and not isinstance(out[name], str)
        return out
    if kind == "array":
        return [_example(schema.get("items", {}), hint)]
    return {"integer": 1, "number": 1.0, "boolean": True, "null": None}.get(kind, hint)


def _hint(messages: list[dict[str, Any]]) -> str:
    """The last capitalised word of the user's question ("...weather in Paris?" gives Paris)."""
    words = re.findall(r"\b[A-Z][a-zA-Z]+\b", _last_user_text(messages))
    return words[-1] if len(words) > 1 else "example"


def chat_message(request: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """The assistant message for a chat request, and its finish_reason."""
    messages = request["messages"]
    tools = [t for t in request.get("tools") or [] if t.get("type", "function") == "function"]
    choice = request.get("tool_choice") or "auto"
    last_role = messages[-1].get("role") if messages else "user"
    if tools and choice != "none" and last_role == "user":
        tool = tools[0]
        if isinstance(choice, dict):
            wanted = choice.get("function", {}).get("name")
            tool = next((t for t in tools if t["function"]["name"] == wanted), tool)
        function = tool["function"]
        arguments = _example(function.get("parameters") or {}, _hint(messages))
        call = {"id": tool_call_id(json.dumps(messages, sort_keys=True) + function["name"]),
                "type": "function",
                "function": {"name": function["name"], "arguments": json.dumps(arguments)},
                "index": 0}
        return {"role": "assistant", "tool_calls": [call], "content": ""}, "tool_calls"
    if last_role == "tool":
        results = [m.get("content") for m in messages if m.get("role") == "tool"]
        text = "The tool returned: " + "; ".join(r if isinstance(r, str) else json.dumps(r) for r in results[-1:])
    else:
        text = REPLY
    response_format = request.get("response_format") or {}
    if response_format.get("type") == "json_object":
        text = json.dumps({"answer": text})
    elif response_format.get("type") == "json_schema":
        schema = (response_format.get("json_schema") or {}).get("schema") or {}
        text = json.dumps(_example(schema, _hint(messages)))
    if wants_reasoning(request):
        # Reasoning answers: content is a list, the thinking chunk first (api-facts §5, §9.2).
        thinking = {"type": "thinking", "thinking": [{"type": "text", "text": THINKING}]}
        return {"role": "assistant", "tool_calls": None, "content": [thinking, {"type": "text", "text": text}]}, "stop"
    return {"role": "assistant", "tool_calls": None, "content": text}, "stop"


def wants_reasoning(request: dict[str, Any]) -> bool:
    """The mock thinks when asked to: reasoning_effort "high" or prompt_mode "reasoning" (the
    real default of each model is in Mistral's docs, not here)."""
    return request.get("reasoning_effort") == "high" or request.get("prompt_mode") == "reasoning"


def chat_completion(request: dict[str, Any], object_name: str = "chat.completion") -> dict[str, Any]:
    message, finish_reason = chat_message(request)
    return {
        "id": digest("completion", request)[:32],
        "object": object_name,
        "model": request["model"],
        "usage": _usage(request.get("messages") or request.get("prompt"), message),
        "created": CREATED,
        "choices": [{"index": 0, "finish_reason": finish_reason, "message": message}],
    }


def fim_completion(request: dict[str, Any]) -> dict[str, Any]:
    message = {"role": "assistant", "tool_calls": None, "content": FIM_REPLY}
    return {
        "id": digest("fim", request)[:32],
        "object": "chat.completion",
        "model": request["model"],
        "usage": _usage([request.get("prompt"), request.get("suffix")], message),
        "created": CREATED,
        "choices": [{"index": 0, "finish_reason": "stop", "message": message}],
    }


def stream_chunks(completion: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The chunks of a streamed answer: a role chunk, the text word by word, a last chunk with usage."""
    choice = completion["choices"][0]
    message = choice["message"]
    base = {"id": completion["id"], "object": "chat.completion.chunk", "created": completion["created"],
            "model": completion["model"]}

    def chunk(delta: dict[str, Any], finish_reason: str | None, **extra: Any) -> dict[str, Any]:
        return {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}], **extra}

    yield chunk({"role": "assistant", "content": ""}, None)
    if message.get("tool_calls"):
        # Tool calls arrive whole, in one chunk, with finish_reason and usage (api-facts §5).
        yield chunk({"content": None, "tool_calls": message["tool_calls"]}, choice["finish_reason"],
                    usage=completion["usage"])
        return
    content = message["content"]
    if isinstance(content, list):
        # Thinking arrives as chunk lists, then the answer as text deltas (the mock's choice: the
        # sources show list deltas for thinking, not how the text after it is sent).
        for part in re.findall(r"\s*\S+\s*", THINKING):
            yield chunk({"content": [{"type": "thinking", "thinking": [{"type": "text", "text": part}]}]}, None)
        content = "".join(c["text"] for c in content if c["type"] == "text")
    # Leading whitespace stays in the first chunk (FIM code starts indented): the deltas join to the content.
    words = re.findall(r"\s*\S+\s*|\s+", content)
    for word in words:
        yield chunk({"content": word}, None)
    yield chunk({"content": ""}, choice["finish_reason"], usage=completion["usage"])


def embeddings(request: dict[str, Any], model: Model | None) -> dict[str, Any]:
    inputs = request["input"] if isinstance(request["input"], list) else [request["input"]]
    size = request.get("output_dimension") or (model and model.dimensions) or FALLBACK_DIMENSIONS
    data = []
    for index, text in enumerate(inputs):
        seed = bytes.fromhex(digest("embedding", text) * (1 + size // 32))
        data.append({"object": "embedding",
                     "embedding": [round(b / 255 - 0.5, 4) for b in seed[:size]],
                     "index": index})
    return {"id": digest("embeddings", request)[:32], "object": "list", "data": data,
            "model": request["model"], "usage": _usage(inputs, "")}


def model_card(name: str, model: Model) -> dict[str, Any]:
    """One entry of GET /v1/models: every API name is its own card, naming the others in `aliases`."""
    return {
        "id": name,
        "object": "model",
        "created": CREATED,
        "owned_by": "mistralai",
        "capabilities": {flag: cap in model.capabilities for cap, flag in _CAPABILITY_FLAGS.items()},
        "name": model.id,
        "description": f"Official {model.id} Mistral AI model",
        "max_context_length": model.context_tokens or 32768,
        "aliases": [n for n in model.api_names if n != name],
        "deprecation": f"{model.retires_on.isoformat()}T00:00:00Z" if model.retires_on else None,
        "deprecation_replacement_model": model.replacement,
        "default_model_temperature": None,
        "type": "base",
    }


def model_list(catalog: Catalog) -> dict[str, Any]:
    cards = [model_card(name, model) for model in catalog.models.models if model.served for name in model.api_names]
    return {"object": "list", "data": cards}


OCR_MARKDOWN = "# Mock document\n\nThis is the mock Mistral API's OCR text."


def ocr(request: dict[str, Any], size: int | None) -> dict[str, Any]:
    """One page with fixed markdown, whatever the document (OCRResponse)."""
    page = {"index": 0, "markdown": OCR_MARKDOWN, "images": [], "dimensions": {"dpi": 200, "height": 2200, "width": 1700}}
    return {"pages": [page], "model": request["model"], "document_annotation": None,
            "usage_info": {"pages_processed": 1, "doc_size_bytes": size}}


CONVERSATION_REPLY = "Hello! This is the mock Mistral API's conversation."


def conversation_inputs(inputs: Any) -> list[dict[str, Any]]:
    """A conversation's inputs as a list of entries: a string is one user message."""
    return [{"type": "message.input", "role": "user", "content": inputs}] if isinstance(inputs, str) else list(inputs)


def conversation(request: dict[str, Any], conversation_id: str | None = None) -> dict[str, Any]:
    """One message.output entry with fixed text (ConversationResponse). A new conversation's id is
    derived from the request, so answers repeat byte for byte; an append keeps the id it was given."""
    conversation_id = conversation_id or "conv_" + digest("conversation", request)[:32]
    created = datetime.fromtimestamp(CREATED, timezone.utc).isoformat().replace("+00:00", "Z")
    entry = {
        "object": "entry", "type": "message.output", "created_at": created, "completed_at": created,
        "id": "msg_" + digest("entry", conversation_id, request)[:32],
        "agent_id": request.get("agent_id"), "model": request.get("model"),
        "role": "assistant", "content": CONVERSATION_REPLY,
    }
    inputs = conversation_inputs(request["inputs"])
    usage = _usage([e.get("content") or e.get("result") or "" for e in inputs], CONVERSATION_REPLY)
    return {"object": "conversation.response", "conversation_id": conversation_id, "outputs": [entry],
            "usage": {**usage, "connector_tokens": None, "connectors": None}}

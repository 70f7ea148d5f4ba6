"""Mistral models on Azure AI Foundry and Google Vertex AI (docs/topics/cloud-deployments.md).

The paths are the ones the Python clients call (mistralai 3.7.0):
- `mistralai.azure.client.MistralAzure`: POST {server_url}/models/chat/completions?api-version=...
  (azure/client/chat.py), the key as `Authorization: Bearer`.
- `mistralai.gcp.client.MistralGCP`: POST https://{region}-aiplatform.googleapis.com/v1/projects/
  {project}/locations/{region}/publishers/mistralai/models/{model}:rawPredict (or
  :streamRawPredict), built by gcp/client/_hooks/registration.py; chat and FIM share the URL.
- Google's OAuth token endpoint (oauth2.googleapis.com/token), which google-auth calls to refresh
  the Application Default Credentials before the first request (gcp/client/sdk.py).

The harness sends those hosts here (tests/harness/); the gateway takes off the scenario prefix and
checks the bearer key, except on /token (mockapi/gateway.py).
"""

# No `from __future__ import annotations`: FastAPI must see the request models as real classes.
import json
from typing import Annotated, Any

from fastapi import Body, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import ValidationError

from catalog import Catalog
from mockapi import replies
from mockapi.responses import completion_response, error_response, json_response
from mockapi.spec_models import SpecModels

# The Mistral models Google's partner-models page names for Vertex AI (source `vertex-models` of
# data/errors.yml). Any other name in the URL gets Vertex's 404 NOT_FOUND.
VERTEX_MODELS = frozenset({"mistral-medium-3", "mistral-small-2503", "codestral-2", "mistral-ocr-2505"})

# What google-auth gets back for a refresh: an access token and its lifetime.
ACCESS_TOKEN = "ya29.mock-access-token"


def add_cloud_routes(app: FastAPI, catalog: Catalog, spec: SpecModels) -> None:
    ChatRequest = spec.model("ChatCompletionRequest")
    FimRequest = spec.model("FIMCompletionRequest")

    @app.post("/models/chat/completions")
    def azure_chat(request: Request, body: Annotated[ChatRequest, Body()]) -> Response:
        # Azure AI Foundry's model inference endpoint: `model` names a deployment of your resource.
        payload = body.model_dump(mode="json", by_alias=True, exclude_unset=True)
        return completion_response(replies.chat_completion(payload), payload)

    @app.post("/v1/projects/{project}/locations/{region}/publishers/mistralai/models/{call}")
    async def vertex_predict(project: str, region: str, call: str, request: Request) -> Response:
        model, _, method = call.rpartition(":")
        if method not in ("rawPredict", "streamRawPredict") or not model:
            return error_response(catalog, "not-found-404", request_id=request.state.request_id)
        if model not in VERTEX_MODELS:
            entry = catalog.errors.get("vertex-model-not-found")
            publisher_model = f"Publisher Model `projects/{project}/locations/{region}/publishers/mistralai/models/{model}`"
            message = entry.message("not-found", publisher_model=publisher_model)
            return error_response(catalog, "vertex-model-not-found", message=message)
        payload = _json_body(await request.body())
        # One URL for chat and FIM: the body says which (messages or prompt).
        model_class = FimRequest if "prompt" in payload and "messages" not in payload else ChatRequest
        try:
            parsed = model_class.model_validate(payload)
        except ValidationError as problem:
            raise RequestValidationError(
                [{**e, "loc": ("body", *e["loc"])} for e in problem.errors(include_url=False)]) from None
        payload = parsed.model_dump(mode="json", by_alias=True, exclude_unset=True)
        if method == "streamRawPredict":
            payload["stream"] = True
        reply = replies.fim_completion(payload) if model_class is FimRequest else replies.chat_completion(payload)
        return completion_response(reply, payload)

    @app.post("/token")
    def google_token() -> Response:
        # A refresh of Application Default Credentials (authorized_user or service_account).
        return json_response({"access_token": ACCESS_TOKEN, "expires_in": 3599,
                      "scope": "https://www.googleapis.com/auth/cloud-platform", "token_type": "Bearer"})


def _json_body(raw: bytes) -> Any:
    try:
        payload = json.loads(raw or b"null")
    except ValueError:
        raise RequestValidationError([{"type": "json_invalid", "loc": ("body", 0), "msg": "JSON decode error",
                                       "input": {}, "ctx": {"error": "Expecting value"}}]) from None
    if not isinstance(payload, dict):
        raise RequestValidationError([{"type": "model_attributes_type", "loc": ("body",),
                                       "msg": "Input should be a valid dictionary or object to extract fields from",
                                       "input": payload}])
    return payload

"""The mock's API layer: FastAPI routes whose request models come from the official spec.

Validation errors (422) are FastAPI's own, as on the real API. Errors the API raises after
validation (invalid model, message order) use the bodies of data/errors.yml.
"""

# No `from __future__ import annotations`: FastAPI must see the request models built below as
# real classes to read them as bodies.
import copy
import logging
from typing import Annotated, Any

from fastapi import Body, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.encoders import jsonable_encoder
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from catalog import Catalog
from mockapi import replies
from mockapi.audio import add_audio_routes
from mockapi.cloud import add_cloud_routes
from mockapi.errors import render_generated
from mockapi.files import add_files_routes
from mockapi.responses import completion_response, error_response, json_response, stamp
from mockapi.rules import (PDF_DATA_URL, conversation_problem, embeddings_problem, message_problem, ocr_problem,
                           pdf_data, reasoning_problem, tool_schema_problem)
from mockapi.spec_models import SpecModels


def create_app(catalog: Catalog) -> FastAPI:
    spec = SpecModels(catalog.openapi)
    ChatRequest = spec.model("ChatCompletionRequest")
    FimRequest = spec.model("FIMCompletionRequest")
    EmbeddingRequest = spec.model("EmbeddingRequest")
    OcrRequest = spec.model("OCRRequest")
    # The spec leaves ConversationRequest open (no additionalProperties: false); the mock closes
    # it, as the spec closes AppendConversationRequest: an unknown key gets extra_forbidden.
    conversation_spec = copy.deepcopy(catalog.openapi)
    conversation_spec["components"]["schemas"]["ConversationRequestBase"]["additionalProperties"] = False
    ConversationStart = SpecModels(conversation_spec).model("ConversationRequest")
    ConversationAppend = spec.model("ConversationAppendRequest")

    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)

    # A bug in the mock still answers like the API (and is logged), never with a bare traceback.
    @app.exception_handler(Exception)
    def crash(request: Request, exc: Exception) -> Response:
        logging.getLogger("mockapi").exception("mock failure on %s %s", request.method, request.url.path)
        return error_response(catalog, "server-5xx", "internal", request_id=request.state.request_id)

    # Unknown paths and wrong methods answer with the catalog's bodies, not FastAPI's own copies.
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        # 400 is FastAPI's answer to a body it cannot parse (not UTF-8), kept in the catalog too.
        known = {404: ("not-found-404", None), 405: ("method-not-allowed", None), 400: ("bad-request-400", "parse-error")}
        if exc.status_code not in known:
            return await http_exception_handler(request, exc)
        error_id, body_name = known[exc.status_code]
        response = error_response(catalog, error_id, body_name, request_id=request.state.request_id)
        response.headers.update(exc.headers or {})
        return response

    # The Agents and Conversations API wraps its 422s in its own shape (api-facts 1.1, family H):
    # the same error list as `detail` and as `message`, code 3001. Other routes keep FastAPI's own.
    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        if not request.url.path.startswith("/v1/conversations"):
            return await request_validation_exception_handler(request, exc)
        errors = jsonable_encoder(exc.errors())
        status, headers, payload = render_generated(catalog, "conversations-validation", detail=errors, message=errors)
        return stamp(json_response(payload), status, headers)

    def problem_response(problem: tuple[str, str, dict[str, str]], request: Request) -> Response:
        error_id, name, params = problem
        message = catalog.errors.get(error_id).message(name, **params)
        return error_response(catalog, error_id, message=message, request_id=request.state.request_id)

    def validation_problem(problem: tuple[str, str, dict[str, str]], payload: dict[str, Any]) -> RequestValidationError:
        """A problem whose catalog body the validation layer generates: raised as FastAPI's own
        422, with the catalog's message and the request as its input."""
        error_id, name, params = problem
        message = catalog.errors.get(error_id).message(name, **params)
        return RequestValidationError([{"type": "value_error", "loc": ("body",), "msg": message, "input": payload}])

    def check_model(name: str, request: Request) -> Response | None:
        if catalog.models.is_served(name):
            return None
        return error_response(catalog, "invalid-model", model=name, request_id=request.state.request_id)

    @app.post("/v1/chat/completions")
    def chat_completions(request: Request, body: Annotated[ChatRequest, Body()]) -> Response:
        payload = body.model_dump(mode="json", by_alias=True, exclude_unset=True)
        if (failed := check_model(payload["model"], request)) is not None:
            return failed
        model = catalog.models.resolve(payload["model"])
        tokens = replies.prompt_tokens(payload["messages"])
        if model is not None and model.context_tokens is not None and tokens > model.context_tokens:
            message = catalog.errors.get("context-length").message(
                "too-long", tokens=str(tokens), limit=str(model.context_tokens))
            return error_response(catalog, "context-length", message=message, request_id=request.state.request_id)
        if (problem := message_problem(payload["messages"])) is not None:
            return problem_response(problem, request)
        if (problem := tool_schema_problem(payload.get("tools"))) is not None:
            return problem_response(problem, request)
        capabilities = model.capabilities if model is not None else ()
        if (problem := reasoning_problem(payload, capabilities)) is not None:
            return problem_response(problem, request)
        return completion_response(replies.chat_completion(payload), payload)

    @app.post("/v1/fim/completions")
    def fim_completions(request: Request, body: Annotated[FimRequest, Body()]) -> Response:
        payload = body.model_dump(mode="json", by_alias=True, exclude_unset=True)
        return check_model(payload["model"], request) or completion_response(replies.fim_completion(payload), payload)

    @app.post("/v1/embeddings")
    def create_embeddings(request: Request, body: Annotated[EmbeddingRequest, Body()]) -> Response:
        payload = body.model_dump(mode="json", by_alias=True, exclude_unset=True)
        if (failed := check_model(payload["model"], request)) is not None:
            return failed
        inputs = payload["input"] if isinstance(payload["input"], list) else [payload["input"]]
        if (problem := embeddings_problem(inputs, replies.prompt_tokens(inputs))) is not None:
            return problem_response(problem, request)
        return json_response(replies.embeddings(payload, catalog.models.resolve(payload["model"])))

    @app.post("/v1/ocr")
    def ocr(request: Request, body: Annotated[OcrRequest, Body()]) -> Response:
        payload = body.model_dump(mode="json", by_alias=True, exclude_unset=True)
        if payload["model"] is not None and (failed := check_model(payload["model"], request)) is not None:
            return failed
        document = payload["document"]
        if (problem := ocr_problem(document)) is not None:
            if catalog.errors.get(problem[0]).body().generated is not None:
                raise validation_problem(problem, payload)
            return problem_response(problem, request)
        size = None
        if document.get("type") == "document_url" and document["document_url"].startswith(PDF_DATA_URL):
            size = len(pdf_data(document["document_url"]))
        return json_response(replies.ocr(payload, size))

    @app.post("/v1/conversations")
    def start_conversation(request: Request, body: Annotated[ConversationStart, Body()]) -> Response:
        payload = body.model_dump(mode="json", by_alias=True, exclude_unset=True)
        if payload.get("model") is not None and (failed := check_model(payload["model"], request)) is not None:
            return failed
        # Only a new conversation is checked: an append answers calls stored by the API, which the
        # mock does not keep.
        if (problem := conversation_problem(payload["inputs"])) is not None:
            return problem_response(problem, request)
        return json_response(replies.conversation(payload))

    @app.post("/v1/conversations/{conversation_id}")
    def append_conversation(conversation_id: str, body: Annotated[ConversationAppend, Body()]) -> Response:
        payload = body.model_dump(mode="json", by_alias=True, exclude_unset=True)
        return json_response(replies.conversation(payload, conversation_id))

    @app.get("/v1/models")
    def list_models() -> Response:
        return json_response(replies.model_list(catalog))

    @app.get("/v1/models/{model_id}")
    def retrieve_model(model_id: str, request: Request) -> Response:
        model = catalog.models.resolve(model_id)
        if model is None or not model.served:
            return error_response(catalog, "invalid-model", "retrieve", model=model_id,
                                  request_id=request.state.request_id)
        return json_response(replies.model_card(model_id, model))

    add_files_routes(app, catalog, spec)
    add_audio_routes(app, catalog, spec)
    add_cloud_routes(app, catalog, spec)
    return app

"""Files, batch and fine-tuning routes of the mock: POST /v1/files, POST /v1/batch/jobs and
POST /v1/fine_tuning/jobs.

Stateless: an upload is answered and forgotten, so a batch job accepts any input file id (the
API's answer to a file id it never issued is not known: no source shows one).
"""

# No `from __future__ import annotations`: FastAPI must see the request model as a real class.
import copy
import mimetypes
import re
import uuid
from typing import Annotated, Any

from fastapi import Body, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import ValidationError

from catalog import Catalog
from mockapi import replies
from mockapi.responses import error_response, json_response
from mockapi.spec_models import SpecModels

# What an upload with purpose=ocr may be: the list in the API's own 422 message
# (mistralai/client-python#217), in its order.
OCR_MIMETYPES = (
    "application/pdf", "image/.*", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation", "application/epub+zip",
    "application/docbook+xml", "application/rtf", "application/vnd.oasis.opendocument.text",
    "application/x-biblatex", "application/x-bibtex", "application/x-endnote+xml", "application/x-fictionbook+xml",
    "application/x-ipynb+json", "application/x-jats+xml", "application/x-latex", "application/x-opml+xml",
    "text/troff", "text/x-dokuwiki",
)
# The sample_type the API reports per purpose: batch_request and instruct in the docs' examples,
# ocr_input in the docs' OCR upload output (not in the spec's SampleType enum).
SAMPLE_TYPES = {"batch": "batch_request", "fine-tune": "instruct", "ocr": "ocr_input"}


def ocr_mimetype_ok(mimetype: str) -> bool:
    return any(re.fullmatch(pattern, mimetype) for pattern in OCR_MIMETYPES)


def upload_mimetype(filename: str, declared: str | None) -> str:
    """The part's own Content-Type, or a guess from the file name when the client sent none or the
    generic application/octet-stream (how the API decides is not known: inferred)."""
    if declared and declared != "application/octet-stream":
        return declared
    if filename.endswith(".jsonl"):
        return "application/jsonl"  # as the spec's upload example reports it
    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


def _upload_model(spec: dict[str, Any]) -> Any:
    """The spec's multipart body of POST /v1/files (an inline schema) as a pydantic model."""
    schema = spec["paths"]["/v1/files"]["post"]["requestBody"]["content"]["multipart/form-data"]["schema"]
    schema = copy.deepcopy(schema)
    for name, prop in schema["properties"].items():
        # `visibility` is an allOf of one string enum, which SpecModels reads as an object: unwrap it.
        if len(prop.get("allOf", [])) == 1 and "$ref" not in prop["allOf"][0]:
            schema["properties"][name] = {**prop["allOf"][0], **{k: v for k, v in prop.items() if k != "allOf"}}
    named = copy.deepcopy(spec)
    named["components"]["schemas"]["MultiPartBodyParams"] = schema
    return SpecModels(named).model("MultiPartBodyParams")


def add_files_routes(app: FastAPI, catalog: Catalog, spec: SpecModels) -> None:
    UploadForm = _upload_model(catalog.openapi)
    BatchRequest = spec.model("CreateBatchJobRequest")

    @app.post("/v1/files")
    async def upload_file(request: Request) -> Response:
        form = await request.form()
        fields: dict[str, Any] = {k: v for k, v in form.items() if k != "file" and isinstance(v, str)}
        upload = form.get("file")
        if upload is not None and not isinstance(upload, str):
            fields["file"] = upload.filename or "upload"
        elif upload is not None:
            fields["file"] = upload  # a plain text field named file: FastAPI would refuse it too
        try:
            parsed = UploadForm.model_validate(fields)
        except ValidationError as problem:
            errors = [{**e, "loc": ("body", *e["loc"])} for e in problem.errors(include_url=False)]
            raise RequestValidationError(errors) from None
        if isinstance(upload, str):  # a text field named file, not a file: as FastAPI refuses it
            raise RequestValidationError([{"type": "value_error", "loc": ("body", "file"),
                                           "msg": "Value error, Expected UploadFile, received: <class 'str'>",
                                           "input": upload}])
        content = await upload.read()
        filename = upload.filename or "upload"
        purpose = parsed.purpose or "fine-tune"
        mimetype = upload_mimetype(filename, upload.content_type)
        if purpose == "ocr" and not ocr_mimetype_ok(mimetype):
            message = catalog.errors.get("files-invalid-format").message("ocr", mimetype=mimetype)
            return error_response(catalog, "files-invalid-format", message=message,
                                  request_id=request.state.request_id)
        lines = content.count(b"\n") + (0 if content.endswith(b"\n") or not content else 1)
        return json_response({
            "id": str(uuid.UUID(replies.digest("file", filename, purpose)[:32], version=4)),
            "object": "file",
            "bytes": len(content),
            "created_at": replies.CREATED,
            "filename": filename,
            "purpose": purpose,
            "sample_type": SAMPLE_TYPES[purpose],
            "num_lines": lines if purpose != "ocr" else 0,
            "mimetype": mimetype,
            "source": "upload",
            "signature": replies.digest("signature", content.hex())[:16],
        })

    @app.post("/v1/batch/jobs")
    def create_batch_job(body: Annotated[BatchRequest, Body()]) -> Response:
        payload = body.model_dump(mode="json", by_alias=True, exclude_unset=True)
        return json_response({
            "id": str(uuid.UUID(replies.digest("batch", payload)[:32], version=4)),
            "object": "batch",
            "input_files": payload.get("input_files") or [],
            "metadata": payload.get("metadata"),
            "endpoint": payload["endpoint"],
            "model": payload.get("model"),
            "agent_id": payload.get("agent_id"),
            "output_file": None,
            "error_file": None,
            "errors": [],
            "outputs": None,
            "status": "QUEUED",
            "created_at": replies.CREATED,
            "total_requests": len(payload.get("requests") or []),
            "completed_requests": 0,
            "succeeded_requests": 0,
            "failed_requests": 0,
            "started_at": None,
            "completed_at": None,
        })

    # The fine-tuning API is retired: every call answers 410 (mistralai/client-ts#255); the spec of
    # 2026-08 no longer has these paths, so there is no request model to validate against.
    @app.api_route("/v1/fine_tuning/jobs", methods=["GET", "POST"])
    @app.api_route("/v1/fine_tuning/jobs/{job_id:path}", methods=["GET", "POST"])
    def fine_tuning_jobs(request: Request) -> Response:
        return error_response(catalog, "fine-tuning-retired", request_id=request.state.request_id)

# Put on PYTHONPATH by the tests, never by a snippet. Every request an HTTP client in the snippet
# sends to api.mistral.ai (or its eu/us hosts) goes to the mock instead, whatever server the code
# names, so the snippet runs unchanged. Done at the transport, under the SDKs: mistralai 3.x uses
# httpx2, older code and other clients httpx.
import os

_BASE = os.environ.get("SNIPPET_BASE_URL")
_HOSTS = {"api.mistral.ai", "api.eu.mistral.ai", "api.us.mistral.ai"}


def _redirect(request):
    if request.url.host not in _HOSTS:
        return
    target = request.url.__class__(_BASE)
    path = target.raw_path.rstrip(b"/") + request.url.raw_path
    request.url = request.url.copy_with(scheme=target.scheme, host=target.host, port=target.port, raw_path=path)
    request.headers["Host"] = target.netloc.decode()


def _patch(module):
    sync_send = module.HTTPTransport.handle_request
    async_send = module.AsyncHTTPTransport.handle_async_request

    def handle_request(self, request):
        _redirect(request)
        return sync_send(self, request)

    async def handle_async_request(self, request):
        _redirect(request)
        return await async_send(self, request)

    module.HTTPTransport.handle_request = handle_request
    module.AsyncHTTPTransport.handle_async_request = handle_async_request


if _BASE:
    for _name in ("httpx2", "httpx"):
        try:
            _patch(__import__(_name))
        except ImportError:
            pass

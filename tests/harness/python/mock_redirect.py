"""Sends every request an HTTP client makes to api.mistral.ai (or its eu/us hosts) to the mock.

Done at the transport, under the SDKs: mistralai 3.x uses httpx2, older code and other clients
httpx. Used by sitecustomize.py (a plain `python snippet.py`) and by zygote.py (a forked run).
"""

_HOSTS = {"api.mistral.ai", "api.eu.mistral.ai", "api.us.mistral.ai"}
# Mistral models on Azure AI Foundry and Google Vertex AI, and Google's OAuth token endpoint that
# google-auth refreshes credentials at (docs/topics/cloud-deployments.md, mockapi/cloud.py).
_CLOUD_SUFFIXES = (".services.ai.azure.com", ".models.ai.azure.com", "aiplatform.googleapis.com")
_CLOUD_HOSTS = {"oauth2.googleapis.com"}


def _ours(host: str) -> bool:
    return host in _HOSTS or host in _CLOUD_HOSTS or host.endswith(_CLOUD_SUFFIXES)


def install(base_url: str) -> None:
    for name in ("httpx2", "httpx"):
        try:
            _patch(__import__(name), base_url)
        except ImportError:
            pass
    try:
        _patch_requests(__import__("requests.adapters").adapters, base_url)
    except ImportError:
        pass


def _patch_requests(adapters, base_url: str) -> None:
    """google-auth (MistralGCP's credentials) refreshes its token with `requests`."""
    from urllib.parse import urlsplit, urlunsplit

    send = adapters.HTTPAdapter.send
    target = urlsplit(base_url)

    def patched(self, request, *args, **kwargs):
        url = urlsplit(request.url)
        if _ours(url.hostname or ""):
            request.url = urlunsplit((target.scheme, target.netloc, target.path.rstrip("/") + url.path, url.query, ""))
        return send(self, request, *args, **kwargs)

    adapters.HTTPAdapter.send = patched


def _patch(module, base_url: str) -> None:
    sync_send = module.HTTPTransport.handle_request
    async_send = module.AsyncHTTPTransport.handle_async_request
    target = module.URL(base_url)

    def redirect(request):
        if _ours(request.url.host):
            path = target.raw_path.rstrip(b"/") + request.url.raw_path
            request.url = request.url.copy_with(scheme=target.scheme, host=target.host, port=target.port, raw_path=path)
            request.headers["Host"] = target.netloc.decode()

    def handle_request(self, request):
        redirect(request)
        return sync_send(self, request)

    async def handle_async_request(self, request):
        redirect(request)
        return await async_send(self, request)

    module.HTTPTransport.handle_request = handle_request
    module.AsyncHTTPTransport.handle_async_request = handle_async_request

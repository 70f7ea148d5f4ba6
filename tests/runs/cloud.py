"""docs/topics/cloud-deployments.md: Mistral models on Azure AI Foundry and Google Vertex AI.

The snippets name the real hosts; the harness sends *.services.ai.azure.com,
*-aiplatform.googleapis.com and oauth2.googleapis.com to the mock (tests/harness/). The runs give
the environment a reader has: an endpoint and key for Azure; a project, a region and Application
Default Credentials (a made-up authorized_user file, refreshed at the mock) for Vertex.
"""

import os

from snippet_runner import HARNESS, Run

AZURE = (
    ("AZURE_AI_ENDPOINT", "https://my-resource.services.ai.azure.com"),
    ("AZURE_AI_API_KEY", "azure-key-0123456789"),
    ("AZURE_AI_DEPLOYMENT", "mistral-small-2503"),
)
# A deployment name that the resource does not have (the model's name without its version).
AZURE_WRONG_DEPLOYMENT = (*AZURE[:2], ("AZURE_AI_DEPLOYMENT", "mistral-small"))
VERTEX = (
    ("GOOGLE_CLOUD_PROJECT", "my-project"),
    ("GOOGLE_CLOUD_REGION", "europe-west4"),
    ("GOOGLE_APPLICATION_CREDENTIALS", str(HARNESS / "gcloud" / "application_default_credentials.json")),
)
# The TypeScript version runs `gcloud auth print-access-token`: the harness's stand-in comes first.
VERTEX_GCLOUD = (*VERTEX, ("PATH", f"{HARNESS / 'bin'}:{os.environ['PATH']}"))

RUNS = [
    # Azure AI Foundry: MistralAzure and the REST call.
    Run("python/azure_chat.py", "azure_chat.txt", env=AZURE),
    Run("typescript/azure_chat.ts", "azure_chat.txt", env=AZURE),
    Run("curl/azure_chat.sh", "curl-azure_chat.txt", env=AZURE),
    # A key Azure refuses: Azure's 401 body, not Mistral's.
    Run("python/azure_chat.py", "python-azure_401.txt", scenario="azure-401", exit_code=1, compare="tail", env=AZURE),
    Run("curl/azure_chat.sh", "curl-azure_401.txt", scenario="azure-401", env=AZURE),
    # A model that names no deployment of the resource: 404 unknown_model.
    Run("python/azure_chat.py", "python-azure_unknown_model.txt", scenario="azure-unknown-model", exit_code=1,
        compare="tail", env=AZURE_WRONG_DEPLOYMENT),
    Run("typescript/azure_chat.ts", "typescript-azure_unknown_model.txt", scenario="azure-unknown-model",
        exit_code=1, env=AZURE_WRONG_DEPLOYMENT),
    # Vertex AI: MistralGCP (token refreshed through google-auth) and the REST call.
    Run("python/vertex_chat.py", "vertex_chat.txt", env=VERTEX),
    Run("typescript/vertex_chat.ts", "vertex_chat.txt", env=VERTEX_GCLOUD),
    Run("curl/vertex_chat.sh", "curl-vertex_chat.txt", env=VERTEX),
    # A model name Vertex does not serve: the mock answers Vertex's 404 NOT_FOUND.
    Run("python/vertex_wrong_model.py", "python-vertex_wrong_model.txt", exit_code=1, compare="tail", env=VERTEX),
    # 1.x code on mistralai 3.x: the modules and the arguments were renamed in 2.0.
    Run("python/azure_v1_import.py", "python-azure_v1_import.txt", exit_code=1, compare="tail", env=AZURE),
    Run("python/azure_v1_arguments.py", "python-azure_v1_arguments.txt", exit_code=1, compare="tail", env=AZURE),
    Run("python/vertex_v1_import.py", "python-vertex_v1_import.txt", exit_code=1, compare="tail", env=VERTEX),
]

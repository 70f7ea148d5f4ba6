import os

from mistralai.azure.client import MistralAzure

# The import is 2.x and later, the arguments are still those of 1.x.
client = MistralAzure(
    azure_api_key=os.environ["AZURE_AI_API_KEY"],
    azure_endpoint=os.environ["AZURE_AI_ENDPOINT"],
)

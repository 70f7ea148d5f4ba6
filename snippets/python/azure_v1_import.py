import os

# mistralai 1.x code: the Azure client was the separate module mistralai_azure.
from mistralai_azure import MistralAzure

client = MistralAzure(
    azure_api_key=os.environ["AZURE_AI_API_KEY"],
    azure_endpoint=os.environ["AZURE_AI_ENDPOINT"],
)

import os

from mistralai.client import Mistral

# Falls back to "" when the variable is unset: the SDK then fails before sending anything.
client = Mistral(api_key=os.getenv("MISTRAL_API_KEY", ""))
client.models.list()

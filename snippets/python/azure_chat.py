import os

from mistralai.azure.client import MistralAzure

# AZURE_AI_ENDPOINT is your Foundry resource: https://<resource>.services.ai.azure.com
# (without /models: the client adds /models/chat/completions itself).
client = MistralAzure(
    api_key=os.environ["AZURE_AI_API_KEY"],
    server_url=os.environ["AZURE_AI_ENDPOINT"],
)

response = client.chat.complete(
    model=os.environ["AZURE_AI_DEPLOYMENT"],  # your deployment's name, not "azureai"
    messages=[{"role": "user", "content": "Say hello in French."}],
)
print(response.choices[0].message.content)

import os
import sys

from mistralai.client import Mistral, errors

raw_key = os.environ.get("MISTRAL_API_KEY")
if raw_key is None:
    sys.exit("MISTRAL_API_KEY is not set in this process's environment.")
api_key = raw_key.strip().strip("\"'")
if not api_key:
    sys.exit("MISTRAL_API_KEY is set but empty.")
if api_key != raw_key:
    print("MISTRAL_API_KEY had spaces, a newline or quotes around it: using it without them.")

client = Mistral(api_key=api_key)
try:
    client.models.list()
except errors.SDKError as error:
    if error.status_code != 401:
        raise
    sys.exit(f"The API rejected the key ending in {api_key[-4:]} (401 Unauthorized).")
print("Key accepted.")

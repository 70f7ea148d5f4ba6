import os

from mistralai import Mistral  # mistralai 1.x only

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

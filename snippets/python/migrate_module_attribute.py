import os

import mistralai

client = mistralai.Mistral(api_key=os.environ["MISTRAL_API_KEY"])  # mistralai 1.x only

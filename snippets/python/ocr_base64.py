import base64
import os
import tempfile
from pathlib import Path

from mistralai.client import Mistral

# A one-page PDF, written to a file so that the code below reads a local file like yours.
path = Path(tempfile.mkdtemp()) / "sample.pdf"
path.write_bytes(b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                 b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                 b"3 0 obj<</Type/Page/MediaBox[0 0 200 200]/Parent 2 0 R>>endobj\n"
                 b"trailer<</Root 1 0 R>>\n%%EOF\n")

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
encoded = base64.b64encode(path.read_bytes()).decode()
response = client.ocr.process(
    model="mistral-ocr-latest",
    document={"type": "document_url", "document_url": f"data:application/pdf;base64,{encoded}"},
)
print(f"{response.usage_info.pages_processed} page(s), {response.usage_info.doc_size_bytes} bytes")
print(response.pages[0].markdown)

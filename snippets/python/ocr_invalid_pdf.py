import base64
import os

from mistralai.client import Mistral, errors

# Not a PDF: here, an HTML error page, as a failed download may save under a .pdf name.
data = b"<!DOCTYPE html><html><body>Access denied</body></html>"

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
encoded = base64.b64encode(data).decode()
try:
    response = client.ocr.process(
        model="mistral-ocr-latest",
        document={"type": "document_url", "document_url": f"data:application/pdf;base64,{encoded}"},
    )
except errors.SDKError as error:
    if error.status_code != 400 or '"code":"3740"' not in error.body:
        raise
    print(f"{error.status_code}: Document is not a valid PDF.")
    # A PDF starts with %PDF-: look at what you actually sent.
    print(f"the file starts with {data[:15]!r}, not b'%PDF-'")
else:
    print(response.pages[0].markdown)

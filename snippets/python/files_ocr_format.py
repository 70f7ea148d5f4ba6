import os
import tempfile
import zipfile
from pathlib import Path

from mistralai.client import Mistral, errors

# A .zip archive holding a one-page PDF: OCR takes the PDF, not the archive.
path = Path(tempfile.mkdtemp()) / "scans.zip"
with zipfile.ZipFile(path, "w") as archive:
    archive.writestr("page1.pdf", b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                                  b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                                  b"3 0 obj<</Type/Page/MediaBox[0 0 200 200]/Parent 2 0 R>>endobj\n"
                                  b"trailer<</Root 1 0 R>>\n%%EOF\n")

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
try:
    uploaded = client.files.upload(file={"file_name": path.name, "content": path.read_bytes()}, purpose="ocr")
    print(f"uploaded {uploaded.filename}: {uploaded.id}")
except errors.SDKError as error:
    if error.status_code != 422 or "Invalid file format." not in error.body:
        raise
    print(f"{error.status_code}: Invalid file format. for {path.name}")
    # Upload what is inside the archive instead, one file at a time.
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            uploaded = client.files.upload(file={"file_name": name, "content": archive.read(name)}, purpose="ocr")
            print(f"uploaded {uploaded.filename}: {uploaded.id}, {uploaded.mimetype}")

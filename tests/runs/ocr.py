"""docs/topics/ocr.md."""

from snippet_runner import Run

RUNS = [
    # OCR of a PDF by https URL, and of a local file sent as a base64 data URL.
    Run("python/ocr_url.py", "ocr_url.txt"),
    Run("typescript/ocr_url.ts", "ocr_url.txt"),
    Run("curl/ocr_url.sh", "curl-ocr_url.txt"),
    Run("python/ocr_base64.py", "ocr_base64.txt"),
    Run("typescript/ocr_base64.ts", "ocr_base64.txt"),
    Run("curl/ocr_base64.sh", "curl-ocr_base64.txt"),
    # A data:application/pdf URL whose bytes are not a PDF: 400, code 3740.
    Run("python/ocr_invalid_pdf.py", "ocr_invalid_pdf.txt"),
    Run("typescript/ocr_invalid_pdf.ts", "ocr_invalid_pdf.txt"),
    Run("curl/ocr_invalid_pdf.sh", "curl-ocr_invalid_pdf.txt"),
    # A data URL of a type the API does not take (xlsx): 422 value_error.
    Run("curl/ocr_xlsx.sh", "curl-ocr_xlsx.txt"),
    # /v1/ocr/process is no path: 404.
    Run("curl/ocr_wrong_path.sh", "curl-ocr_wrong_path.txt"),
]

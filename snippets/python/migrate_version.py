from importlib.metadata import version

installed = version("mistralai")
major = int(installed.split(".")[0])
if major >= 2:
    print(f"mistralai {installed}: from mistralai.client import Mistral, errors")
elif major == 1:
    print(f"mistralai {installed}: from mistralai import Mistral; from mistralai.models import SDKError")
else:
    print(f"mistralai {installed}: from mistralai.client import MistralClient (0.x)")

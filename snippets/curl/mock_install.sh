# In your clone of this site's repository (Python 3.11 or later):
python3 -m venv .venv-mock
source .venv-mock/bin/activate
pip install .
mistral-mock --help

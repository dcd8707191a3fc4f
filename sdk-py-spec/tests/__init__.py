"""Unit tests of the Python SDK spec reader.

Run from the reader folder (`python3 -m unittest`) the tests are the package `tests`; run with
`discover -s sdk-py-spec/tests` they are top-level modules. Putting this folder on sys.path lets every
test module `import support` either way.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

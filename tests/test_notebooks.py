"""Every notebook is a test: run each through nbdev's own notebook runner, reported through pytest."""
from pathlib import Path

import pytest
from nbdev.config import get_config
from nbdev import test as nbdev_test  # not `import test_nb`: pytest would collect it

ROOT = Path(__file__).resolve().parent.parent
NBS = sorted(p for p in (ROOT/'nbs').glob('*.ipynb') if not p.name.startswith('_'))

@pytest.mark.parametrize('nb', NBS, ids=lambda p: p.name)
def test_notebook(nb, request):
    flags = request.config.getoption('flags').split()
    skip = [f for f in get_config(ROOT).tst_flags.split() if f not in flags]
    ok, secs = nbdev_test.test_nb(nb, skip_flags=skip, force_flags=flags, basepath=ROOT)
    assert ok, f'{nb.name} failed (its traceback is printed above)'

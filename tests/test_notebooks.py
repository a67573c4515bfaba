"""Every notebook is a test: run each through nbdev's own notebook runner, reported through pytest."""
import json, re
from pathlib import Path

import pytest
from nbdev.config import get_config
from nbdev import test as nbdev_test  # not `import test_nb`: pytest would collect it

ROOT = Path(__file__).resolve().parent.parent
NBS = sorted(p for p in (ROOT/'nbs').glob('*.ipynb') if not p.name.startswith('_'))

def flagged(nb:Path, flags:list)->bool:
    "Whether a notebook holds a code cell flagged with one of `flags` (`#| slow` as its first line)."
    pat = re.compile(r'^#\|\s*(' + '|'.join(map(re.escape, flags)) + r')\s*$')
    return any(c['cell_type'] == 'code' and c['source'] and pat.match((c['source'] if isinstance(c['source'], str) else ''.join(c['source'])).splitlines()[0])
               for c in json.loads(nb.read_text())['cells'])

@pytest.mark.parametrize('nb', NBS, ids=lambda p: p.name)
def test_notebook(nb, request):
    flags = request.config.getoption('flags').split()
    if request.config.getoption('only_flagged') and not (flags and flagged(nb, flags)):
        pytest.skip(f'no cell flagged {" or ".join(flags) or "(no flags given)"}: the plain run covers it')
    skip = [f for f in get_config(ROOT).tst_flags.split() if f not in flags]
    ok, secs = nbdev_test.test_nb(nb, skip_flags=skip, force_flags=flags, basepath=ROOT)
    assert ok, f'{nb.name} failed (its traceback is printed above)'

def test_flagged():
    "`--only-flagged` picks exactly the notebooks with a flagged cell."
    slow = {nb.name for nb in NBS if flagged(nb, ['slow'])}
    assert '02_train.ipynb' in slow and '01_model.ipynb' not in slow, slow
    assert not any(flagged(nb, ['no-such-flag']) for nb in NBS)

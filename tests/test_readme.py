"""The README generator honours the cell directives: a hidden cell stays out, whatever directive comes before `#| hide`."""
import sys
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent.parent/'tools'))
import readme  # noqa: E402

def test_hidden_cells_stay_out(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell('# Title'),
                nbformat.v4.new_code_cell('#| export\n#| hide\nSECRET_EXPORTED = 1'),
                nbformat.v4.new_code_cell('#| hide\n#| export\nSECRET_TOO = 2'),
                nbformat.v4.new_code_cell('#| echo: false\nprint("shown output only")'),
                nbformat.v4.new_code_cell('VISIBLE = 3')]
    p = tmp_path/'nb.ipynb'; nbformat.write(nb, p)
    txt = readme.readme_text(p)
    assert 'SECRET' not in txt and 'VISIBLE = 3' in txt and 'print(' not in txt

def test_directives_one_line_each():
    assert readme._directives('#| export\n#| hide\nx = 1') == {'export': '', 'hide': ''}
    assert readme._directives('#| echo: false\n#|eval:false') == {'echo': 'false', 'eval': 'false'}

def test_readme_has_no_hidden_code():
    txt = (Path(__file__).resolve().parent.parent/'README.md').read_text()
    assert 'class TableRenderer' not in txt and '#|' not in txt

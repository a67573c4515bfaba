"""Write README.md from nbs/index.ipynb (Quarto's `nbdev-readme` is the usual route; this needs only nbconvert).

Hidden cells (`#| hide`) and cells that are not evaluated (`#| eval: false`) are dropped, `#| echo: false`
cells show only their output, and directive lines are removed. `--check` exits 1 when README.md differs.
"""
import copy, re, sys
from pathlib import Path

import nbformat
from nbconvert import MarkdownExporter

ROOT = Path(__file__).resolve().parent.parent

def _directives(src):
    "Each `#| name: value` line of a cell as {name: value}; one line each (`[ \\t]`, not `\\s`, which would run across lines)."
    return dict(re.findall(r'^#\|[ \t]*([\w-]+):?[ \t]*(.*)$', src, flags=re.M))

def readme_text(nb_path=ROOT/'nbs'/'index.ipynb'):
    nb = nbformat.read(nb_path, as_version=4)
    cells = []
    for c in nb.cells:
        d = _directives(c.source) if c.cell_type == 'code' else {}
        if 'hide' in d or d.get('eval', '').strip() == 'false' or 'default_exp' in d: continue
        c = copy.deepcopy(c)
        if c.cell_type == 'code':
            c.source = re.sub(r'^#\|.*\n?', '', c.source, flags=re.M).strip()
            if d.get('echo', '').strip() == 'false': c.source = ''
        cells.append(c)
    nb.cells = cells
    body, _ = MarkdownExporter(exclude_input_prompt=True, exclude_output_prompt=True).from_notebook_node(nb)
    body = re.sub(r'```\w*\n\s*```\n', '', body)  # inputs removed by echo: false
    body = re.sub(r'\]\((?!https?:|/)([^)\s]+\.png)\)', r'](nbs/\1)', body)  # pictures beside the notebook, seen from the repository's root
    return '<!-- Generated from nbs/index.ipynb by tools/readme.py: edit the notebook, not this file. -->\n\n' + re.sub(r'\n{3,}', '\n\n', body).strip() + '\n'

if __name__ == '__main__':
    txt, readme = readme_text(), ROOT/'README.md'
    if '--check' in sys.argv:
        if not readme.exists() or readme.read_text() != txt:
            sys.exit('README.md is out of date: run `python tools/readme.py` after executing nbs/index.ipynb.')
    else: readme.write_text(txt)

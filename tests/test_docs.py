"""The rendered-page check (slow group): every docs page renders in Chromium with its title, pictures and
show_doc tables, and without errors, tracebacks, raw progress bars or absolute paths."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent/'tools'))
import render_docs  # noqa: E402

@pytest.fixture(scope='module')
def pages(request, tmp_path_factory):
    if 'slow' not in request.config.getoption('flags').split():
        pytest.skip('rendered-page check runs with --flags slow')
    return render_docs.render(tmp_path_factory.mktemp('html'))

def test_every_page_renders(pages):
    assert {p.stem for p in pages} >= set(render_docs.EXPECT)
    problems = {p.stem: render_docs.check_page(p.stem, render_docs.browse(p)) for p in pages}
    for p in pages: assert p.with_suffix('.png').stat().st_size > 10_000, f'{p.stem}: empty screenshot'
    assert not any(problems.values()), problems

def test_check_page_catches_problems():
    assert render_docs.check_page('x', '<h1>t</h1>') == []
    assert 'no title (h1)' in render_docs.check_page('x', '<p>t</p>')
    assert 'shows a traceback' in render_docs.check_page('x', '<h1>t</h1><pre>Traceback (most recent call last)</pre>')
    assert 'shows an absolute path' in render_docs.check_page('x', '<h1>t</h1>/work/main/nbs')
    assert any('parameter tables' in p for p in render_docs.check_page('00_data', '<h1>t</h1>'))

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
    with render_docs.Browser() as browser:  # one Chromium for every page
        problems = {p.stem: render_docs.check_page(p.stem, browser.open(p)) for p in pages}
    for p in pages: assert p.with_suffix('.png').stat().st_size > 10_000, f'{p.stem}: empty screenshot'
    assert not any(problems.values()), problems

def test_check_page_catches_problems():
    assert render_docs.check_page('x', '<h1>t</h1>') == []
    assert 'no title (h1)' in render_docs.check_page('x', '<p>t</p>')
    assert 'shows a traceback' in render_docs.check_page('x', '<h1>t</h1><pre>Traceback (most recent call last)</pre>')
    assert 'shows an absolute path' in render_docs.check_page('x', '<h1>t</h1>/work/main/nbs')
    assert any('parameter tables' in p for p in render_docs.check_page('00_data', '<h1>t</h1>'))

def test_browser_reads_pages_in_turn(tmp_path, request):
    "One Chromium, several pages: each answer is its own page's DOM, each screenshot its own file; a missing page is an error, not a hang."
    try: render_docs.chromium()
    except FileNotFoundError:
        if 'slow' in request.config.getoption('flags').split(): raise  # the slow run needs the browser
        pytest.skip('Chromium is not installed')
    for i in (1, 2): (tmp_path/f'p{i}.html').write_text(f'<h1>page {i}</h1>')
    with render_docs.Browser(width=320, height=200) as browser:
        doms = [browser.open(tmp_path/f'p{i}.html') for i in (1, 2)]
        assert 'page 1' in doms[0] and 'page 2' in doms[1] and 'page 1' not in doms[1]
        assert (tmp_path/'p1.png').read_bytes()[:4] == b'\x89PNG' and (tmp_path/'p2.png').exists()
        with pytest.raises(RuntimeError, match='ERR_FILE_NOT_FOUND'): browser.open(tmp_path/'missing.html')
        assert 'page 2' in browser.open(tmp_path/'p2.html'), 'the browser is still usable after a failed page'
        browser.timeout = 0.3  # a page that never answers in time is an error, not a hang
        with pytest.raises(TimeoutError, match='did not answer within 0.3 s'):
            browser.call('Runtime.evaluate', session=True, expression='new Promise(r => setTimeout(r, 5000))', awaitPromise=True)
    assert browser.proc.poll() is not None, 'Chromium still running after the browser closed'

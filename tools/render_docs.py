"""Render the docs pages without Quarto and look at them in a real browser.

Runs `nbdev-proc-nbs` (nbdev's own docs preprocessing: show_doc cells, directives), converts each processed
notebook to HTML with nbconvert, then opens every page once in headless Chromium, which writes a screenshot and
the rendered DOM. `check_page` lists what is wrong with a page (an empty list means it passed).

Usage: python tools/render_docs.py [OUT]   (default OUT: tools/render; prints a report, exit 1 on problems)
"""
import html, json, re, shutil, subprocess, sys, tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
                '--disable-sync', '--no-first-run', '--disable-quic', '--hide-scrollbars']
# Pages with exported code must show show_doc parameter tables; pages with pictures must show them.
EXPECT = {'index': dict(tables=0, images=1), '00_data': dict(tables=5, images=0), '01_model': dict(tables=5, images=0),
          '02_train': dict(tables=5, images=0), '03_experiments': dict(tables=4, images=1), '05_bench': dict(tables=3, images=0),
          '03a_results': dict(tables=6, images=3), '06_predict': dict(tables=5, images=3), '08_docs': dict(tables=0, images=0),
          '04_search': dict(tables=5, images=0), '03b_commands': dict(tables=2, images=0), '00a_loaders': dict(tables=4, images=1),
          '07_demo': dict(tables=4, images=1), '01b_provenance': dict(tables=0, images=0), '01c_history': dict(tables=3, images=0),
          '01d_teach': dict(tables=2, images=0), '02a_records': dict(tables=7, images=0), '04e_profiling': dict(tables=4, images=0),
          '01a_summary': dict(tables=4, images=0), '04a_speed': dict(tables=0, images=0), '03c_plans': dict(tables=6, images=0), '03d_tables': dict(tables=3, images=0),
          '04b_small': dict(tables=0, images=1),
          '04c_accurate': dict(tables=0, images=0), '04d_yardsticks': dict(tables=3, images=0)}

def chromium():
    for name in ('chromium', 'chromium-browser', 'google-chrome'):
        if p := shutil.which(name): return p
    raise FileNotFoundError('Chromium is not installed: `apt-get install chromium` (CI does this in .ci/run).')

def render(out:Path)->list:
    "Process the notebooks, convert them to HTML in `out` (nbconvert's HTML exporter, in this process); return the HTML files."
    import nbformat
    from nbconvert import HTMLExporter
    from traitlets.config import Config
    subprocess.run(['nbdev-proc-nbs'], cwd=ROOT, check=True, capture_output=True)
    out.mkdir(parents=True, exist_ok=True)
    cfg = Config(); cfg.TagRemovePreprocessor.remove_input_tags = {'remove_input'}
    exporter, pages = HTMLExporter(config=cfg), []
    for nb in sorted((ROOT/'_proc').glob('*.ipynb')):
        node = nbformat.reads(json.dumps(_as_quarto_would(json.loads(nb.read_text()))), as_version=4)
        body, _ = exporter.from_notebook_node(node, resources={'metadata': {'name': nb.stem}})
        (out/f'{nb.stem}.html').write_text(body, encoding='utf-8'); pages.append(out/f'{nb.stem}.html')
    return pages

_KEYS = {'cell_type', 'id', 'metadata', 'source', 'outputs', 'execution_count', 'attachments'}
def _as_quarto_would(nb:dict)->dict:
    "Drop nbdev's working keys, hide the inputs of `echo: false` cells and remove directive lines, as Quarto does."
    for c in nb['cells']:
        src = ''.join(c['source']) if isinstance(c['source'], list) else c['source']
        if c['cell_type'] == 'raw' and src.startswith('---'):  # front matter: Quarto shows title and description
            import yaml
            fm = yaml.safe_load(src.strip().strip('-')) or {}
            c.update(cell_type='markdown', source=f"# {fm.get('title', '')}\n\n<p class='description'>{fm.get('description', '')}</p>")
        for k in set(c) - _KEYS: del c[k]
        c['metadata'] = {k: v for k, v in c.get('metadata', {}).items() if k not in ('execution',)}
        src = ''.join(c['source']) if isinstance(c['source'], list) else c['source']
        if c['cell_type'] == 'code':
            if re.search(r'^#\|\s*echo:\s*false', src, flags=re.M): c.setdefault('metadata', {}).setdefault('tags', []).append('remove_input')
            c['source'] = re.sub(r'^#\|.*\n?', '', src, flags=re.M)
            for o in c.get('outputs', []):  # Quarto's link attributes mean nothing to nbconvert
                md = o.get('data', {}).get('text/markdown')
                if md: o['data']['text/markdown'] = re.sub(r'\{target="_blank"[^}]*\}', '', ''.join(md))
    return nb

def browse(page:Path)->str:
    "Open `page` in headless Chromium (one launch): write `<page>.png` beside it and return the rendered DOM."
    with tempfile.TemporaryDirectory() as prof:
        flags = CHROME_FLAGS + [f'--user-data-dir={prof}']
        return subprocess.run([chromium(), *flags, f'--screenshot={page.with_suffix(".png")}', '--window-size=1280,2400', '--dump-dom',
                               page.as_uri()], check=True, capture_output=True, text=True, timeout=120).stdout

def check_page(name:str, dom:str)->list:
    "Problems found in a rendered page."
    probs, exp = [], EXPECT.get(name, dict(tables=0, images=0))
    text = html.unescape(re.sub(r'<[^>]+>', ' ', dom))
    if not re.search(r'<h1[^>]*>', dom): probs.append('no title (h1)')
    n_img = len(re.findall(r'<img\b', dom))
    if n_img < exp['images']: probs.append(f'{n_img} images, expected at least {exp["images"]}')
    n_tbl = dom.count('<strong>Details</strong>')
    if n_tbl < exp['tables']: probs.append(f'{n_tbl} show_doc parameter tables, expected at least {exp["tables"]}')
    for bad, why in (('Traceback (most recent call last)', 'a traceback'), ('data-mime-type="application/vnd.jupyter.stderr"', 'stderr output'),
                     ('\x1b[', 'terminal control characters'), ('/work/', 'an absolute path'), ('/tmp/tmp', 'an absolute temporary path'),
                     ('/root/', 'an absolute path')):
        if bad in dom or bad in text: probs.append(f'shows {why}')
    if re.search(r'\b\d+%\|[█▏▎▍▌▋▊▉ ]*\|', text): probs.append('shows a raw tqdm bar')
    return probs

if __name__ == '__main__':
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT/'tools'/'render'
    bad = 0
    for page in render(out):
        probs = check_page(page.stem, browse(page))
        bad += bool(probs)
        print(f"{page.stem:16s} {'ok' if not probs else '; '.join(probs)}   ({page.with_suffix('.png')})")
    sys.exit(1 if bad else 0)

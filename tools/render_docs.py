"""Render the docs pages without Quarto and look at them in a real browser.

Runs `nbdev-proc-nbs` (nbdev's own docs preprocessing: show_doc cells, directives), converts each processed
notebook to HTML with nbconvert, then opens every page in one headless Chromium (`Browser`, driven over its
DevTools pipe: one launch for all pages, not one per page), which writes a screenshot and returns the rendered DOM.
`check_page` lists what is wrong with a page (an empty list means it passed).

Usage: python tools/render_docs.py [OUT]   (default OUT: tools/render; prints a report, exit 1 on problems)
"""
import base64, fcntl, html, json, os, re, select, shutil, subprocess, sys, tempfile, time
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
    exporter.register_filter('clean_html', lambda s: s)  # our own notebooks, not sanitised, as Quarto shows them (a third of the time)
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

class Browser:
    "One headless Chromium for many pages, driven over its DevTools pipe (fds 3 and 4, NUL-ended JSON messages)."
    def __init__(self, width:int=1280, height:int=2400, timeout:float=120):
        self.width, self.height, self.timeout, self.n, self.buf = width, height, timeout, 0, b''
        self.prof = tempfile.TemporaryDirectory()
        to_child, from_child = os.pipe(), os.pipe()
        # the child reads commands on fd 3 and writes answers on fd 4; keep our ends clear of those numbers
        fds = [fcntl.fcntl(f, fcntl.F_DUPFD_CLOEXEC, 10) for f in (*to_child, *from_child)]
        for f in (*to_child, *from_child): os.close(f)
        def wire(): os.dup2(fds[0], 3); os.dup2(fds[3], 4)  # in the child; close_fds=False keeps them (ours are close-on-exec)
        flags = [*CHROME_FLAGS, '--remote-debugging-pipe', f'--user-data-dir={self.prof.name}']
        self.proc = subprocess.Popen([chromium(), *flags, 'about:blank'], preexec_fn=wire, close_fds=False,
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(fds[0]); os.close(fds[3])
        self.w, self.r = os.fdopen(fds[1], 'wb', buffering=0), os.fdopen(fds[2], 'rb', buffering=0)
        try:
            tid = self.call('Target.createTarget', url='about:blank')['targetId']
            self.sid = self.call('Target.attachToTarget', targetId=tid, flatten=True)['sessionId']
            self.call('Page.enable', session=True)
            self.call('Emulation.setDeviceMetricsOverride', session=True, width=width, height=height, deviceScaleFactor=1, mobile=False)
        except BaseException: self.close(); raise

    def _recv(self, deadline:float)->dict:
        while b'\0' not in self.buf:
            if not select.select([self.r], [], [], max(0, deadline - time.monotonic()))[0]:
                raise TimeoutError(f'Chromium did not answer within {self.timeout:g} s')
            chunk = self.r.read(1 << 16)
            if not chunk: raise RuntimeError(f'Chromium closed its DevTools pipe (exit code {self.proc.poll()})')
            self.buf += chunk
        msg, self.buf = self.buf.split(b'\0', 1)
        return json.loads(msg)

    def call(self, method:str, session:bool=False, until:str=None, **params)->dict:
        "Send one DevTools command; return its result (after the event `until`, when given)."
        self.n += 1; msg = dict(id=self.n, method=method, params=params)
        if session: msg['sessionId'] = self.sid
        self.w.write(json.dumps(msg).encode() + b'\0')
        res, seen, deadline = None, until is None, time.monotonic() + self.timeout
        while res is None or not seen:
            m = self._recv(deadline)
            if m.get('id') == self.n:
                if 'error' in m: raise RuntimeError(f"{method}: {m['error'].get('message')}")
                res = m['result']
                if res.get('errorText'):  # a page that failed to load: no event will follow
                    raise RuntimeError(f"{method} {params.get('url', '')}: {res['errorText']}")
            elif until and m.get('method') == until: seen = True
        return res

    def open(self, page:Path)->str:
        "Load `page`, write `<page>.png` beside it (its first `width` x `height` pixels) and return the rendered DOM."
        self.call('Page.navigate', session=True, until='Page.loadEventFired', url=page.as_uri())
        dom = self.call('Runtime.evaluate', session=True, expression='document.documentElement.outerHTML', returnByValue=True)
        dom = dom['result']['value']
        png = self.call('Page.captureScreenshot', session=True, format='png')['data']
        page.with_suffix('.png').write_bytes(base64.b64decode(png))
        return dom

    def close(self):
        try: self.call('Browser.close')
        except (RuntimeError, OSError): pass  # OSError covers TimeoutError and a broken pipe
        try: self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired: self.proc.kill(); self.proc.wait()
        self.w.close(); self.r.close(); self.prof.cleanup()
    def __enter__(self): return self
    def __exit__(self, *exc): self.close()

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
    with Browser() as browser:
        for page in render(out):
            probs = check_page(page.stem, browser.open(page))
            bad += bool(probs)
            print(f"{page.stem:16s} {'ok' if not probs else '; '.join(probs)}   ({page.with_suffix('.png')})")
    sys.exit(1 if bad else 0)

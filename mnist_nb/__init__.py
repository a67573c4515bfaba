"""A tiny CNN for MNIST under 10,000 parameters and 15 epochs, aiming at 99.4% test accuracy: data, models, training, experiments and benchmarks, written as notebooks.

```python
from fastcore.docments import DocmentTbl
from nbdev.showdoc import BasicMarkdownRenderer

class TableRenderer(BasicMarkdownRenderer):
    "`show_doc` as nbdev renders it, followed by the parameters' docments as a table (the docs site's renderer)."
    def _repr_markdown_(self):
        try: tbl = DocmentTbl(self.sym)._repr_markdown_()
        except Exception: tbl = ''
        return super()._repr_markdown_() + ('\n\n' + tbl if tbl else '')
```"""

__version__ = "0.1.0"

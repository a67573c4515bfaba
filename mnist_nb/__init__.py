"""A tiny CNN that reaches 99.4% MNIST test accuracy with under 10,000 parameters in 15 epochs: data, models, training, experiments and benchmarks, written as notebooks.

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

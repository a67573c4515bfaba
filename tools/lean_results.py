"""Thin the loss traces of saved histories to at most 50 points per epoch (`History.lean`), in place.

Every per-epoch value stays as it was (checked before writing); only `batch_loss` becomes means of
consecutive batches, with `loss_every` saying how many. Usage: python tools/lean_results.py nbs/results
"""
import sys
from pathlib import Path

from mnist_nb.history import History

def lean_file(p:Path, points:int=50)->bool:
    h = History.load(p)
    ln = h.lean(points)
    if ln == h: return False
    for k in ('train_loss', 'train_acc', 'test_loss', 'test_acc', 'lr', 'seconds', 'elapsed', 'params', 'seed', 'meta'):
        assert getattr(ln, k) == getattr(h, k), (p, k)
    ln.save(p)
    return True

if __name__ == '__main__':
    files = sorted(Path(sys.argv[1] if len(sys.argv) > 1 else 'nbs/results').rglob('seed*.json'))
    print(f'{sum(lean_file(p) for p in files)} of {len(files)} histories thinned')

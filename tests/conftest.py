import os

def pytest_addoption(parser):
    parser.addoption('--flags', default=None, help='space-separated nbdev test flags to run (e.g. "slow"; default: "slow" when '
                     '$MNIST_NB_DATA names a copy of MNIST, so one run covers every cell, else none)')
    parser.addoption('--only-flagged', action='store_true',
                     help='with --flags: run only the notebooks that hold a cell with one of those flags (after a plain run, '
                          'the others would only repeat it)')

def pytest_configure(config):
    "Without --flags, the `slow` cells run where real MNIST is at hand ($MNIST_NB_DATA): one run covers every cell, none twice."
    if config.option.flags is None: config.option.flags = 'slow' if os.environ.get('MNIST_NB_DATA') else ''
    _share_cores()

def _share_cores():
    "Under pytest-xdist every worker runs notebooks in its own process: share the cores between workers, or torch's threads fight."
    workers = int(os.environ.get('PYTEST_XDIST_WORKER_COUNT') or 0)
    if workers > 1:
        threads = str(max(1, (os.cpu_count() or 1) // workers))
        os.environ['OMP_NUM_THREADS'] = os.environ['MKL_NUM_THREADS'] = threads  # also for the commands the notebooks start
        import torch; torch.set_num_threads(int(threads))

# The slowest tests first (CI's --durations), so that two workers start on them together and none is left for the end.
LONG_FIRST = ('03b_commands', '04_search', '05_bench', '06_predict', '03_experiments', '02_train', 'test_every_page_renders',
              '03a_results', '04a_speed')

def pytest_collection_modifyitems(config, items):
    rank = lambda it: next((i for i, k in enumerate(LONG_FIRST) if k in it.nodeid), len(LONG_FIRST))
    items.sort(key=rank)

def pytest_addoption(parser):
    parser.addoption('--flags', default='', help='space-separated nbdev test flags to run (e.g. "slow")')
    parser.addoption('--only-flagged', action='store_true',
                     help='with --flags: run only the notebooks that hold a cell with one of those flags (after a plain run, '
                          'the others would only repeat it)')

def pytest_configure(config):
    "Under pytest-xdist every worker runs notebooks in its own process: share the cores between workers, or torch's threads fight."
    import os
    workers = int(os.environ.get('PYTEST_XDIST_WORKER_COUNT') or 0)
    if workers > 1:
        threads = str(max(1, (os.cpu_count() or 1) // workers))
        os.environ['OMP_NUM_THREADS'] = os.environ['MKL_NUM_THREADS'] = threads  # also for the commands the notebooks start
        import torch; torch.set_num_threads(int(threads))

# The slowest tests first (CI's --durations), so that two workers start on them together and none is left for the end.
LONG_FIRST = ('03b_commands', '05_bench', '03_experiments', 'test_every_page_renders', '06_predict', '02_train', '04_search', '04a_speed')

def pytest_collection_modifyitems(config, items):
    rank = lambda it: next((i for i, k in enumerate(LONG_FIRST) if k in it.nodeid), len(LONG_FIRST))
    items.sort(key=rank)

def pytest_addoption(parser):
    parser.addoption('--flags', default='', help='space-separated nbdev test flags to run (e.g. "slow")')
    parser.addoption('--only-flagged', action='store_true',
                     help='with --flags: run only the notebooks that hold a cell with one of those flags (after a plain run, '
                          'the others would only repeat it)')

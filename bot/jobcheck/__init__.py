"""Job-offer check: the guided checklist, the job-ad scanner and the licensed-agency registry.

Pure parts: ``scanner.scan``, ``checklist.score``, ``render`` (plain-language
text), ``registry.find``. Chat: ``actions`` (flow ``offer``). Command line: ``cli``.
Language knowledge is data in ``data/jobcheck/``.
"""

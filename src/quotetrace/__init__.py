"""quotetrace: did they really say that, and who wrote this sentence?

>>> report = quotetrace.check("page.html", "library/")      # doctest: +SKIP
>>> [(q.quotation.id, q.fidelity, q.attribution) for q in report.quotes]  # doctest: +SKIP
"""

from .audit import QuoteResult, Report, SourceMatch, check
from .errors import QuotetraceError

__version__ = "0.1.0"
__all__ = ["QuoteResult", "QuotetraceError", "Report", "SourceMatch", "check", "__version__"]

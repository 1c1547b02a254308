"""``python -m bangla_news_nlp annotate FILE|-``"""

import sys

from .cli.main import main

if __name__ == "__main__":
    sys.exit(main())

import sys

from figures.cli import main

sys.exit(main())

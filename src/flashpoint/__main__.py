import sys

from flashpoint.cli import main

sys.exit(main())

from wawp_emulator.cli import main

raise SystemExit(main())

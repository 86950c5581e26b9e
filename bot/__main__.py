from bot.entrypoints.cli import main

raise SystemExit(main())

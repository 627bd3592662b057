from delmaal_assistant.cli import main

raise SystemExit(main())

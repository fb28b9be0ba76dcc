from cross_desk.launcher import main

raise SystemExit(main())

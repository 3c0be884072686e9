from ustflow.cli import main

main()

from forum_eval.cli import main

main()

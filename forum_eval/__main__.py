from forum_eval._entry import main

main()

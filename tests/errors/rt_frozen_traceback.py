# A traceback through frozen code names "<frozen MODULE>" and shows no source line.
import __phello__.spam as spam
spam.print = None
spam.main()

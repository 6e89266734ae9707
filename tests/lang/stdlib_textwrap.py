import textwrap
from textwrap import TextWrapper, wrap, fill, shorten, dedent, indent


def show(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


text = ("The quick brown fox jumps over the lazy dog. It was a well-known fact that "
        "state-of-the-art algorithms -- even the long-term ones -- were co-operative.  Really? "
        "Yes!  Supercalifragilisticexpialidocious words need breaking sometimes.")
for width in (1, 5, 10, 12, 15, 20, 30, 45, 70, 200):
    print(width, wrap(text, width))
print(fill(text, 40))
print(fill(text, 40, break_on_hyphens=False))
print(fill(text, 25, break_long_words=False))
print(fill(text, 30, fix_sentence_endings=True))
print(fill(text, 30, drop_whitespace=False))
print(fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(wrap(text, 30, max_lines=3))
print(wrap(text, 30, max_lines=2, placeholder=" ..."))
print(wrap(text, 12, max_lines=1))
print(shorten("Hello  world!", width=12), "|", shorten("Hello  world!", width=11), "|", shorten("Hello world", 10, placeholder="..."))
print(shorten(text, 50), "|", shorten("   lots   of    space  ", 100))

tabbed = "a\tb\tc\td\n\te\tf"
print(wrap(tabbed, 20), wrap(tabbed, 20, tabsize=4), wrap(tabbed, 20, expand_tabs=False))
print(wrap(tabbed, 20, replace_whitespace=False), wrap(tabbed, 20, expand_tabs=False, replace_whitespace=False))
print(wrap("", 10), wrap("   ", 10), wrap("  leading and trailing  ", 10), wrap("a\n\nb", 10))
print(wrap("one-two three--four five---six -seven eight-", 6))
print(wrap("a-b-c-d-e-f-g-h-i-j", 4), wrap("some-hyphenated-words here", 9), wrap("--x-- -- y--z", 3))
print(wrap("Hello, world!--and then...", 8), wrap("ab-cd-ef", 5), wrap("x-yz abc-d", 4), wrap("12-34 ab-12 ab-cd", 3))
print(wrap("He said 'yes.' Then he left. ok? Maybe! \"Done.\" end", 20, fix_sentence_endings=True))
print(wrap("This is Mr. Smith. He is e.g. here.", 80, fix_sentence_endings=True))
print(wrap("aaaaaaaaaa-bbbbbbbbb-ccccc", 7), wrap("----------", 4), wrap("ab----cd", 3))
print(wrap("é-à ün-tés naïve-ly", 5), wrap("a_b-c_d x1-y2", 4))

w = TextWrapper(width=20, initial_indent=">> ", subsequent_indent=".. ", max_lines=2, placeholder="~")
print(w.wrap(text), w.fill("short"))
show(lambda: TextWrapper(width=0).wrap("x"))
show(lambda: TextWrapper(width=5, max_lines=1, placeholder="  [toolong]").wrap("hello there"))
show(lambda: wrap("abc def", -1))
print(wrap("   ", 5, drop_whitespace=False), wrap("a  b", 1, drop_whitespace=False))

print(repr(dedent("    hello\n      world\n    !")))
print(repr(dedent("  a\n\t b\n")), repr(dedent("\ta\n\tb")), repr(dedent("  x\n    \n  y\n")), repr(dedent("no indent\n  x")))
print(repr(dedent("   \n  a\n   b\n")), repr(dedent("")), repr(dedent("  \t a\n  \t b")), repr(dedent("  a\r\n  b")))
print(repr(indent("a\nb\n\nc", "> ")), repr(indent("a\n  \nb\n", "+", lambda l: True)), repr(indent("x\r\ny", "- ")))
print(repr(indent("one\ntwo", "  ", predicate=lambda line: line.startswith("t"))))
print(fill("word " * 20, 23))

# "\N{NAME}" escapes in string literals: stored names (any ASCII case), aliases, the computed
# CJK UNIFIED IDEOGRAPH / HANGUL SYLLABLE names, and the ranges named PREFIX-XXXX.
print("\N{BULLET}", "\N{bullet}", "\N{Bullet}")
print("caf\N{LATIN SMALL LETTER E WITH ACUTE}", "\N{latin capital letter a with ring above}")
print(ascii("\N{GREEK SMALL LETTER ALPHA}\N{GREEK CAPITAL LETTER OMEGA}\N{EM DASH}\N{EURO SIGN}"))
print(ascii("\N{SNOWMAN}\N{BLACK HEART SUIT}\N{GRINNING FACE}\N{PILE OF POO}"))
print(ascii("\N{DIGIT ZERO}\N{DIGIT NINE}\N{SPACE}\N{LOW LINE}\N{TILDE}"))
print(ascii("\N{NULL}\N{DELETE}\N{NO-BREAK SPACE}\N{SOFT HYPHEN}"))
# Aliases (NameAliases.txt): corrections, control names, abbreviations.
print(ascii("\N{LINE FEED}\N{line feed}\N{LF}\N{CARRIAGE RETURN}\N{CHARACTER TABULATION}\N{TAB}"))
print(ascii("\N{NBSP}\N{ZWJ}\N{ZWNJ}\N{BYTE ORDER MARK}\N{BOM}\N{ESCAPE}\N{ESC}\N{nel}"))
print(ascii("\N{LATIN CAPITAL LETTER GHA}\N{PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET}"))
# Computed names: upper case only, 4 or 5 hex digits.
print(ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-9FFF}\N{CJK UNIFIED IDEOGRAPH-04E2D}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-3400}\N{CJK UNIFIED IDEOGRAPH-20000}\N{CJK UNIFIED IDEOGRAPH-3134A}"))
print(ascii("\N{HANGUL SYLLABLE GA}\N{HANGUL SYLLABLE A}\N{HANGUL SYLLABLE HIH}\N{HANGUL SYLLABLE GGWAELH}"))
print("\N{HANGUL SYLLABLE HAN}\N{HANGUL SYLLABLE GEUL}")
# Names that end in their code point are stored as ranges; they match in any case.
print(ascii("\N{CJK COMPATIBILITY IDEOGRAPH-F900}\N{cjk compatibility ideograph-fa6d}"))
print(ascii("\N{CJK COMPATIBILITY IDEOGRAPH-2F800}\N{NUSHU CHARACTER-1B170}\N{KHITAN SMALL SCRIPT CHARACTER-18CD5}"))
# Mixed with other escapes and text; several in a row; in triple quotes and implicit concatenation.
s = "a\N{RIGHTWARDS ARROW}b\tc\x41\u00e9\N{DEGREE SIGN}"
print(ascii(s), len(s))
print(ascii("""\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}x\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"""))
print(ascii("\N{BOX DRAWINGS LIGHT DIAGONAL UPPER CENTRE TO MIDDLE RIGHT AND MIDDLE LEFT TO LOWER CENTRE}"))
print(ascii('\N{MATHEMATICAL BOLD CAPITAL A}' '\N{MUSICAL SYMBOL G CLEF}'))
# Not an escape in raw strings or in bytes.
print(r"\N{BULLET}", len(r"\N{BULLET}"))
print(b"\N{BULLET}", len(b"\N{BULLET}"))
print(rb"\N{BULLET}")
print("\\N{BULLET}")
# Every CJK unified ideograph range boundary and a walk through the Hangul block.
for s in ["\N{CJK UNIFIED IDEOGRAPH-4DBF}", "\N{CJK UNIFIED IDEOGRAPH-2A6DF}", "\N{CJK UNIFIED IDEOGRAPH-2B738}",
          "\N{CJK UNIFIED IDEOGRAPH-2B81D}", "\N{CJK UNIFIED IDEOGRAPH-2CEA1}", "\N{CJK UNIFIED IDEOGRAPH-2EBE0}"]:
    print(hex(ord(s)))
print([hex(ord(c)) for c in "\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE SSYAESS}\N{HANGUL SYLLABLE JJYEONH}"])
# Errors are raised when the literal is compiled.
for src in ['"\\N{NO SUCH NAME}"', '"ab\\N{BULLETX}"', '"\\N{BULLET"', '"\\N"', '"\\N{}"', '"\\NX"',
            '"\\N{cjk unified ideograph-4e00}"', '"\\N{CJK UNIFIED IDEOGRAPH-4e00}"', '"\\N{HANGUL SYLLABLE ga}"',
            '"\\N{CJK UNIFIED IDEOGRAPH-A000}"', '"\\N{HANGUL SYLLABLE GAX}"', '"\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"',
            '"\\N{ BULLET}"', '"\\N{BULLET }"', '"\u00e9\\N{X}"', '"\u00e9\u4e00\\N{X"']:
    try:
        eval(src)
    except SyntaxError as e:
        print(e.msg)
# In f-strings the braces of \N{...} are part of the escape, not a replacement field.
x = 5
print(f"\N{BULLET} {x} \N{bullet}", ascii(f"{x}\N{EM DASH}{x!r}"), rf"\N{x}")
print(f"\N{LATIN SMALL LETTER A}{{x}}")

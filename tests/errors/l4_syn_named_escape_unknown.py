print("before")
s = "caf\N{LATIN SMALL LETTER E WITH ACCUTE}"

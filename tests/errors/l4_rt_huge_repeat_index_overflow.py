# A repeat count beyond the index range.
x = [None] * (2**63)

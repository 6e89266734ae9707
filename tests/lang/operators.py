# Operator precedence and associativity, comparisons, boolean operators.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 + 4, 2 - 3 - 4, 2 - (3 - 4), 100 / 10 / 5, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, -2 ** -2, 2 ** -2, -(2 ** 2), +-2 ** 2, 2 ** -1 ** 2, - - 2)
print(not 1 + 1, not 0 * 5, -3 % 5, -(3 % 5), 2 * -3, 2 ** -3 * 8)
print(1 + 2 << 3, 1 + (2 << 3), 1 << 2 + 3, 256 >> 2 * 2, 6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3 & 4, (1 | 2) ^ 3)
print(5 & 3 == 1, (5 & 3) == 1, 1 < 2 == 2, 3 > 2 > 1, 3 > 2 > 2, 1 == 1.0 == True)
print(10 - 2 * 3 ** 2 // 4 % 3, ~5 + 1, ~(5 + 1), -~5, ~-5, 7 // 2 * 2, 7 * 2 // 2, 2 * 3 % 4, 2 * (3 % 4))
print(not True == False, (not True) == False, not (True == False))
print(1 if True else 2 + 10, (1 if False else 2) + 10, 1 + (2 if False else 3))
# chained comparisons evaluate middle operand once
log = []
def val(x):
    log.append(x)
    return x
print(val(1) < val(2) < val(3), log)
log.clear()
print(val(3) < val(2) < val(1), log)
log.clear()
print(val(1) < val(5) > val(2) != val(7) == val(7), log)
print(1 < 2 < 3 < 4 < 5, 1 < 2 > 3 < 4, 5 >= 5 <= 5 == 5 != 6)
x = 5
print(0 < x < 10, 0 < x < 5, 0 <= x <= 5, x == 5 == x, 1 < x != 6)
# identity
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, a is not b, None is None, not None is None)
print(type(None) is type(None), type(1) is int, True is True, True is not False)
# membership
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2], not 3 in [1, 2], 'a' in 'cat', 'at' in 'cat', 'ta' in 'cat', '' in 'x')
print(2 in (1, 2), 'k' in {'k': 1}, 1 in {'k': 1}, 1 in {1, 2}, 5 in range(10), 10 in range(10), 5 in range(0, 10, 2))
print([1] in [[1], [2]], (1,) in [(1,)], 'ab' not in ['a', 'b'], None in [0, False, ''])
# and/or return operands
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or 'default', [] or [0], None and 1, 'a' and 'b' and 'c', 0 or '' or None)
print(1 and 0 or 3, (1 and 0) or 3, 1 and (0 or 3), not 1 or 2, not (1 or 2), 0 or not 0)
print([] and 1/0, 1 or 1/0, False or [] or {} or 'found')
# short-circuit side effects
log.clear()
r = val(0) and val(1)
r2 = val(2) or val(3)
r3 = val(None) or val(0) or val('') or val('end')
print(r, r2, r3, log)
# precedence of not, and, or
print(True or False and False, (True or False) and False, not False and False, not (False and False))
print(False or not False, 1 and not 0, not 0 and not 1)
# comparisons of different types
print(1 == 1.0, 1 == '1', [] == (), () == (), [1, 2] == [1, 2], (1, 2) == (1, 2.0), 'a' == 'a', None == 0, None == None)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (2,) > (1, 9), 'abc' < 'abd', 'Z' < 'a', 'a' < 'aa', '' < 'a', [] < [0])
print(1 != 1.0, 2 != '2', [1] != [1], 1.5 <= 1.5, -1 >= -1.0001)
# unary operators chains
print(-(-5), +(+5), -+-+5, not not 5, not not 0, ~~7, -(~0))
# operators on strings and lists
print('ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -1, [0] * 4, 2 * [1, 2], [1] * 0, (1,) * 3, 'x' + 'y' * 2)
print('a' + 'b' == 'ab', 'abc' > 'ab', [1, 2] + [3], (1,) + (2, 3))
# walrus-free parenthesized expressions and grouping
print(((((1 + 2)))) * ((3)), (((-1))) ** 2)
# integer/float comparisons with big values
print(2 ** 64 > 1.8e19, 2 ** 64 < 1.9e19, -(2 ** 64) < -1.8e19, 10 ** 20 == 1e20)
# comparison returns bool
print(type(1 < 2).__name__, (1 < 2) + (2 < 3), (1 < 2) * 10)
# mixed-type ordering between int/float/bool
print(sorted([3, 1.5, True, 0, -2.5, False, 2]))

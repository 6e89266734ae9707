# gc: the collector interface (Sparrow runs Boehm's collector; see docs/stdlib.md).
import gc

print(type(gc.collect()).__name__, type(gc.collect(0)).__name__, type(gc.collect(generation=2)).__name__)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
data = [[i] * 10 for i in range(1000)]
print(type(gc.collect()).__name__, len(data))
gc.enable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

count = gc.get_count()
print(type(count).__name__, len(count), all(type(c) is int for c in count))
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(800, 20, 30)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_STATS)
print(gc.get_debug(), gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(0)

class C:
    pass
print([gc.is_tracked(x) for x in (0, 10**30, 1.5, 'abc', b'x', None, True, 2j)])
print([gc.is_tracked(x) for x in ([], {}, C(), C, gc.collect)])
print(gc.garbage, gc.callbacks, gc.get_freeze_count())
gc.freeze(); gc.unfreeze()

def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
    else:
        print(expr, '->', repr(r))
for expr in ["gc.collect(3)", "gc.collect(-1)", "gc.collect('x')", "gc.collect(1, 2)", "gc.enable(1)",
             "gc.isenabled(1)", "gc.set_threshold()", "gc.set_threshold(1, 2, 3, 4)", "gc.set_threshold(1.5)",
             "gc.is_tracked()", "gc.set_debug('x')"]:
    show(expr)

# Memory made unreachable is reclaimed: a loop allocating far more than a small heap survives.
for i in range(200):
    junk = [str(j) for j in range(1000)]
gc.collect()
print('done')
print(gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}), gc.is_tracked({1: 'x', 2: 2.5}))

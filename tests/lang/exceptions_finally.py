# finally interacting with return/break/continue/exceptions.
def f1():
    try:
        return "try"
    finally:
        print("  f1 finally")
print(f1())

def f2():
    try:
        return "try"
    finally:
        return "finally wins"
print(f2())

def f3():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallows"
print(f3())

def f4():
    x = 1
    try:
        return x
    finally:
        x = 2          # doesn't change the already-evaluated return value
        print("  f4 x set to", x)
print(f4())

def f5():
    log = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(i)
        finally:
            log.append("f" + str(i))
    return log
print(f5())

def f6():
    i = 0
    while True:
        try:
            i += 1
            if i < 3:
                continue
            return i
        finally:
            print("  f6 finally", i)
print(f6())

def f7():
    try:
        try:
            raise KeyError("k")
        finally:
            print("  inner finally")
    except KeyError as e:
        print("  caught", e)
    finally:
        print("  outer finally")
    return "done"
print(f7())

def f8():
    # return in try, exception in finally
    try:
        return 1
    finally:
        raise RuntimeError("from finally")
try:
    f8()
except RuntimeError as e:
    print("caught", e)

def f9():
    # break inside finally cancels a pending exception
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "exception discarded by break"
print(f9())

def f10(n):
    try:
        if n == 0:
            raise ValueError("zero")
        if n == 1:
            return "one"
    except ValueError:
        print("  except")
        return "handled"
    else:
        print("  else")
        return "else"
    finally:
        print("  finally", n)
print(f10(0)); print(f10(1)); print(f10(2))

# nested finally order
def nested():
    try:
        try:
            try:
                return "deep"
            finally:
                print("  finally 1")
        finally:
            print("  finally 2")
    finally:
        print("  finally 3")
print(nested())

# finally runs on exception propagating out of function
def propagate():
    try:
        1 / 0
    finally:
        print("  cleanup before propagation")
try:
    propagate()
except ZeroDivisionError as e:
    print("caught", e)

# finally inside loops with return
def find(xs, target):
    for i, x in enumerate(xs):
        try:
            if x == target:
                return i
        finally:
            if x == target:
                print("  found at", i)
    return -1
print(find([5, 6, 7], 6), find([1], 2))

# try/finally without except inside except handler
def handler_finally():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            return "from handler"
        finally:
            print("  finally in handler")
print(handler_finally())

# exception raised in except, finally still runs
def except_raises():
    try:
        try:
            raise ValueError("one")
        except ValueError:
            raise TypeError("two")
        finally:
            print("  finally after except raised")
    except TypeError as e:
        return "outer: " + str(e)
print(except_raises())

# continue inside finally (allowed since 3.8)
out = []
for i in range(4):
    try:
        out.append(i)
    finally:
        if i % 2 == 0:
            continue
    out.append(-i)
print(out)

# state after finally
count = 0
def bump():
    global count
    try:
        count += 1
        return count
    finally:
        count += 10
print(bump(), count)
print(bump(), count)

# loop with try/except/else/finally all together
for v in [1, 0, 'x']:
    try:
        r = 10 / v
    except ZeroDivisionError:
        print("zero")
    except TypeError:
        print("type")
    else:
        print("result", r)
    finally:
        print("end of", repr(v))

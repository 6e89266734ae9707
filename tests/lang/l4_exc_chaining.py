# Exceptions: raise from, implicit chaining (__context__), __cause__/__suppress_context__, except-as clearing, bare raise.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError('cannot parse ' + repr(s)) from e
try:
    parse('x')
except TypeError as e:
    print(e, '| cause:', repr(e.__cause__), '| context is cause:', e.__context__ is e.__cause__, e.__suppress_context__)

try:
    try:
        {}['missing']
    except KeyError:
        raise ValueError('while handling')
except ValueError as e:
    print(e, '| context:', repr(e.__context__), '| cause:', e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('hidden') from None
except RuntimeError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)

# from with a class instantiates it
try:
    raise ValueError('v') from KeyError
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise ValueError('v') from 5
except TypeError as e:
    print('TypeError:', e)

# context is set even when raising in finally or in nested handlers
def nested():
    try:
        raise KeyError('first')
    except KeyError:
        try:
            raise IndexError('second')
        except IndexError:
            raise ValueError('third')
try:
    nested()
except ValueError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(chain)

# re-raising the same exception does not create a self-context cycle
try:
    try:
        raise ValueError('same')
    except ValueError as e:
        raise e
except ValueError as e:
    print(e, e.__context__)

# bare raise re-raises the current exception
def reraiser():
    try:
        raise KeyError('orig')
    except KeyError:
        print('logging and re-raising')
        raise
try:
    reraiser()
except KeyError as e:
    print('got back', e)

# the except-as name is deleted after the block
try:
    raise ValueError('temp')
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print('NameError:', e)
def in_function():
    try:
        raise KeyError
    except KeyError as exc:
        pass
    try:
        return exc
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(in_function())
err2 = 'before'
try:
    raise ValueError
except ValueError as err2:
    pass
print('err2' in globals())

# sys.exc_info inside and after handler
import sys
try:
    raise IndexError('ei')
except IndexError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())

# exception raised in else and finally
def else_raise():
    try:
        pass
    except Exception:
        print('no')
    else:
        raise OSError('from else')
try:
    else_raise()
except OSError as e:
    print('OSError:', e)

# context on exception raised in finally after an exception
try:
    try:
        raise ValueError('in try')
    finally:
        raise TypeError('in finally')
except TypeError as e:
    print(e, '| context:', repr(e.__context__))

# explicit __cause__ assignment
e1 = ValueError('a')
e2 = KeyError('b')
e1.__cause__ = e2
print(e1.__cause__ is e2, e1.__suppress_context__)
try:
    e1.__cause__ = 'x'
except TypeError as e:
    print('TypeError:', e)

# exception in a generator carries context into the caller
def gen():
    try:
        yield 1
        raise KeyError('gen')
    except KeyError:
        raise ValueError('gen wrapped')
try:
    list(gen())
except ValueError as e:
    print(e, repr(e.__context__))

# raise inside except of a loop with continue/break
out = []
for i in range(4):
    try:
        if i % 2:
            raise ValueError(i)
        out.append(i)
    except ValueError as e:
        out.append('e%s' % e)
        continue
    finally:
        out.append('f')
print(out)

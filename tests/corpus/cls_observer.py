# An event system: observers with weak-ish registration by name, priorities, event objects, cancellation and error isolation.
class Event:
    def __init__(self, name, **data):
        self.name, self.data = name, data
        self.cancelled = False
        self.handled_by = []
    def cancel(self):
        self.cancelled = True
    def __getattr__(self, key):
        try:
            return self.data[key]
        except KeyError:
            raise AttributeError(f'event {self.name!r} has no field {key!r}') from None

class EventBus:
    def __init__(self):
        self.handlers = {}
        self.errors = []
    def on(self, name, priority=0):
        def register(fn):
            self.handlers.setdefault(name, []).append((-priority, len(self.handlers.get(name, [])), fn))
            self.handlers[name].sort(key=lambda t: (t[0], t[1]))
            return fn
        return register
    def off(self, name, fn):
        before = len(self.handlers.get(name, []))
        self.handlers[name] = [h for h in self.handlers.get(name, []) if h[2] is not fn]
        return before - len(self.handlers[name])
    def emit(self, name, **data):
        ev = Event(name, **data)
        for _, _, fn in self.handlers.get(name, []) + self.handlers.get('*', []):
            if ev.cancelled:
                break
            try:
                fn(ev)
                ev.handled_by.append(fn.__name__)
            except Exception as e:
                self.errors.append(f'{fn.__name__} failed on {name}: {type(e).__name__}: {e}')
        return ev

bus = EventBus()
audit = []

@bus.on('order.created', priority=10)
def validate(ev):
    if ev.qty <= 0:
        ev.cancel()
        audit.append(f'rejected order {ev.id}')

@bus.on('order.created')
def reserve_stock(ev):
    stock[ev.item] -= ev.qty
    if stock[ev.item] < 0:
        stock[ev.item] += ev.qty
        raise RuntimeError(f'not enough {ev.item}')
    audit.append(f'reserved {ev.qty} {ev.item}')

@bus.on('order.created', priority=-5)
def notify(ev):
    audit.append(f'mail to {ev.customer}')

@bus.on('*')
def logger(ev):
    audit.append(f'log {ev.name} {sorted(ev.data)}')

class Stats:
    def __init__(self, bus):
        self.count = {}
        bus.on('order.created', priority=1)(self.count_order)
    def count_order(self, ev):
        self.count[ev.customer] = self.count.get(ev.customer, 0) + 1

stock = {'apple': 10, 'pear': 2}
stats = Stats(bus)
orders = [dict(id=1, item='apple', qty=3, customer='ann'), dict(id=2, item='pear', qty=5, customer='bob'),
          dict(id=3, item='apple', qty=0, customer='cy'), dict(id=4, item='kiwi', qty=1, customer='ann')]
for o in orders:
    ev = bus.emit('order.created', **o)
    print(o['id'], 'cancelled' if ev.cancelled else 'ok', ev.handled_by)
print('\n'.join(audit))
print('\n'.join(bus.errors))
print(stock, stats.count)
print(bus.off('order.created', notify), bus.off('order.created', notify))
ev = bus.emit('order.created', id=5, item='apple', qty=1, customer='dee')
print(ev.handled_by, stock['apple'])
try:
    ev.missing
except AttributeError as e:
    print('AttributeError:', e)
print(bus.emit('unknown.event').handled_by)

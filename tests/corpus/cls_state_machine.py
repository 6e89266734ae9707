# State machines: a vending machine with state classes and transitions table, plus a traffic light driven by a generator.
class InvalidTransition(Exception):
    pass

class State:
    name = 'state'
    def on(self, machine, event, arg):
        raise InvalidTransition(f'{event!r} not allowed in {self.name}')
    def __repr__(self):
        return self.name

class Idle(State):
    name = 'idle'
    def on(self, m, event, arg):
        if event == 'coin':
            m.credit += arg
            return Collecting()
        if event == 'service':
            return Maintenance()
        return super().on(m, event, arg)

class Collecting(State):
    name = 'collecting'
    def on(self, m, event, arg):
        if event == 'coin':
            m.credit += arg
            return self
        if event == 'select':
            price = m.prices.get(arg)
            if price is None:
                m.say(f'no such product {arg}')
                return self
            if m.stock.get(arg, 0) == 0:
                m.say(f'{arg} sold out')
                return self
            if m.credit < price:
                m.say(f'{arg} costs {price}, credit {m.credit}')
                return self
            m.credit -= price
            m.stock[arg] -= 1
            m.sales.append(arg)
            m.say(f'vend {arg}')
            return Dispensing()
        if event == 'refund':
            m.say(f'refund {m.credit}')
            m.credit = 0
            return Idle()
        return super().on(m, event, arg)

class Dispensing(State):
    name = 'dispensing'
    def on(self, m, event, arg):
        if event == 'take':
            if m.credit:
                m.say(f'change {m.credit}')
                m.credit = 0
            return Idle()
        return super().on(m, event, arg)

class Maintenance(State):
    name = 'maintenance'
    def on(self, m, event, arg):
        if event == 'restock':
            product, n = arg
            m.stock[product] = m.stock.get(product, 0) + n
            return self
        if event == 'done':
            return Idle()
        return super().on(m, event, arg)

class VendingMachine:
    def __init__(self, prices, stock):
        self.prices, self.stock = prices, dict(stock)
        self.state = Idle()
        self.credit = 0
        self.sales = []
        self.log = []
    def say(self, msg):
        self.log.append(msg)
    def send(self, event, arg=None):
        before = self.state
        try:
            self.state = self.state.on(self, event, arg)
        except InvalidTransition as e:
            self.say(f'error: {e}')
        if before.name != self.state.name:
            self.say(f'{before} -> {self.state}')

vm = VendingMachine({'cola': 150, 'chips': 100, 'gum': 50}, {'cola': 1, 'chips': 5})
script = [('select', 'cola'), ('coin', 100), ('select', 'cola'), ('coin', 100), ('select', 'cola'), ('take',),
          ('coin', 200), ('select', 'cola'), ('select', 'gum'), ('select', 'tea'), ('select', 'chips'), ('coin', 5), ('take',),
          ('service',), ('restock', ('gum', 3)), ('coin', 10), ('done',), ('coin', 25), ('refund',)]
for step in script:
    vm.send(*step)
print('\n'.join(vm.log))
print('sales', vm.sales, 'stock', vm.stock, 'state', vm.state, 'credit', vm.credit)

def traffic_light():
    durations = {'green': 3, 'yellow': 1, 'red': 2}
    order = ['green', 'yellow', 'red']
    i = 0
    while True:
        colour = order[i % 3]
        for remaining in range(durations[colour], 0, -1):
            cmd = yield colour, remaining
            if cmd == 'emergency':
                i = 2
                break
        else:
            i += 1
            continue

light = traffic_light()
print(next(light))
timeline = []
for t in range(12):
    state = light.send('emergency' if t == 4 else None)
    timeline.append(f'{state[0][0].upper()}{state[1]}')
print(' '.join(timeline))
light.close()

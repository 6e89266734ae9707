# Bank account simulation: class hierarchy, custom exceptions, transaction log, report formatting.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f'{account.owner}: cannot withdraw {amount:.2f}, balance {account.balance:.2f}')
        self.amount = amount

class Account:
    _next_id = 1000
    interest_rate = 0.0

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('deposit', amount))
        return self

    def withdraw(self, amount):
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(('withdraw', amount))
        return self

    def available(self):
        return self.balance

    def month_end(self):
        interest = round(self.balance * self.interest_rate / 12, 2)
        if interest:
            self.balance += interest
            self.history.append(('interest', interest))

    def __repr__(self):
        return f'{type(self).__name__}(#{self.id}, {self.owner!r}, {self.balance:.2f})'

class Savings(Account):
    interest_rate = 0.05

class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self.balance + self.overdraft

    def month_end(self):
        super().month_end()
        if self.balance < 0:
            fee = 15.0
            self.balance -= fee
            self.history.append(('fee', fee))

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, kind, owner, *args, **kwargs):
        acct = kind(owner, *args, **kwargs)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError:
            print(f'  no such account {src}')
            return False
        except InsufficientFunds as e:
            print(f'  transfer failed: {e}')
            return False
        self.accounts[dst].deposit(amount)
        return True

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def report(self):
        print(f'=== {self.name} ===')
        print(f'{"id":>6} {"owner":<8} {"type":<9} {"balance":>10}')
        for acct in sorted(self.accounts.values(), key=lambda a: (-a.balance, a.owner)):
            print(f'{acct.id:>6} {acct.owner:<8} {type(acct).__name__:<9} {acct.balance:>10,.2f}')
        print(f'{"total":>25} {self.total():>10,.2f}')

bank = Bank('First Sparrow')
a = bank.open(Savings, 'alice', 1200.0)
b = bank.open(Checking, 'bob', 50.0, overdraft=200.0)
c = bank.open(Checking, 'carol')
print(a, b, c)
print(bank.transfer(a.id, b.id, 300), bank.transfer(b.id, c.id, 500), bank.transfer(b.id, c.id, 1000))
print(bank.transfer(9999, a.id, 1))
try:
    c.deposit(-5)
except ValueError as e:
    print('ValueError:', e)
for month in range(1, 4):
    for acct in bank.accounts.values():
        acct.month_end()
    print(f'after month {month}: total {bank.total():.2f}')
bank.report()
for acct in bank.accounts.values():
    kinds = {}
    for kind, amount in acct.history:
        kinds[kind] = kinds.get(kind, 0) + amount
    print(acct.owner, ', '.join(f'{k}={v:.2f}' for k, v in sorted(kinds.items())))

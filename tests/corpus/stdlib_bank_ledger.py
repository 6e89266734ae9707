# Bank ledger: integer cents, abc + contextlib + copy.deepcopy + functools.
from abc import ABC, abstractmethod
from contextlib import contextmanager, ExitStack, closing, nullcontext
import copy
import functools


class InsufficientFunds(Exception):
    def __init__(self, account, need):
        super().__init__(f"{account} needs {need} more cents")
        self.account = account
        self.need = need


class Account(ABC):
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    @abstractmethod
    def fee(self, amount):
        ...

    @property
    @abstractmethod
    def kind(self):
        ...

    def withdraw(self, amount):
        total = amount + self.fee(amount)
        if total > self.balance:
            raise InsufficientFunds(self.owner, total - self.balance)
        self.balance -= total
        self.history.append(("W", amount))

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("D", amount))

    def __repr__(self):
        return f"{self.kind}({self.owner}, {fmt(self.balance)})"


class Checking(Account):
    kind = "Checking"

    def fee(self, amount):
        return 25 if amount < 10000 else 0


class Savings(Account):
    @property
    def kind(self):
        return "Savings"

    def fee(self, amount):
        return amount // 100


def fmt(cents):
    sign = "-" if cents < 0 else ""
    return f"{sign}${abs(cents) // 100}.{abs(cents) % 100:02d}"


try:
    Account("nobody")
except TypeError as e:
    print("TypeError", e)


class Half(Account):
    def fee(self, amount):
        return 0


try:
    Half("x")
except TypeError as e:
    print("TypeError", e)
print(issubclass(Checking, Account), isinstance(Savings("s"), ABC))


class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []

    def open(self, acct):
        self.accounts[acct.owner] = acct
        return acct

    @contextmanager
    def transaction(self, label):
        snapshot = copy.deepcopy(self.accounts)
        self.log.append(f"begin {label}")
        try:
            yield self
        except InsufficientFunds as e:
            self.accounts = snapshot
            self.log.append(f"rollback {label}: {e}")
        else:
            self.log.append(f"commit {label}")

    def transfer(self, src, dst, amount):
        self.accounts[src].withdraw(amount)
        self.accounts[dst].deposit(amount)


bank = Bank()
bank.open(Checking("alice", 50000))
bank.open(Savings("bob", 120000))
bank.open(Checking("carol", 1000))

with bank.transaction("t1") as b:
    b.transfer("alice", "bob", 20000)
    b.transfer("bob", "carol", 5000)
with bank.transaction("t2") as b:
    b.transfer("carol", "alice", 3000)
    b.transfer("carol", "alice", 90000)
print(sorted(bank.accounts.values(), key=lambda a: a.owner))
print("\n".join(bank.log))
print(bank.accounts["carol"].history)

orig = bank.accounts["alice"]
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig.history.append(("X", 1))
print(len(shallow.history), len(deep.history), shallow.history is orig.history)


class Audit:
    def __init__(self, name, events):
        self.name = name
        self.events = events

    def __enter__(self):
        self.events.append(f"open {self.name}")
        return self

    def __exit__(self, *exc):
        self.events.append(f"close {self.name}{' (error)' if exc[0] else ''}")
        return False

    def close(self):
        self.events.append(f"closed {self.name}")


events = []
with ExitStack() as stack:
    audits = [stack.enter_context(Audit(n, events)) for n in ("a", "b", "c")]
    stack.callback(events.append, "callback ran")
    events.append("work")
print(events)
events.clear()
try:
    with ExitStack() as stack:
        stack.enter_context(Audit("x", events))
        raise ValueError("inner")
except ValueError as e:
    events.append(f"caught {e}")
print(events)
events.clear()
with closing(Audit("res", events)):
    events.append("using")
with nullcontext(42) as v:
    events.append(v)
print(events)

total = functools.reduce(lambda acc, a: acc + a.balance, bank.accounts.values(), 0)
print("bank total", fmt(total), fmt(-1234))


@functools.singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"cents {fmt(x)}"


@describe.register(list)
def _(x):
    return "list of " + ", ".join(describe(i) for i in x)


print(describe(1999), describe("hi"), describe([1, 250]))
cmp = functools.cmp_to_key(lambda a, b: (b.balance > a.balance) - (b.balance < a.balance))
print([a.owner for a in sorted(bank.accounts.values(), key=cmp)])

# Bank-account simulation with dicts, closures and exceptions (no classes).
accounts = {}
ledger = []
next_id = [1000]

def open_account(owner, initial=0):
    if initial < 0:
        raise ValueError("initial deposit must be non-negative")
    acct_id = next_id[0]
    next_id[0] += 1
    accounts[acct_id] = {'owner': owner, 'balance': initial, 'history': [('open', initial)], 'frozen': False}
    ledger.append((acct_id, 'open', initial))
    return acct_id

def get(acct_id):
    try:
        return accounts[acct_id]
    except KeyError:
        raise KeyError("no such account: %d" % acct_id) from None

def deposit(acct_id, amount):
    acct = get(acct_id)
    if amount <= 0:
        raise ValueError("deposit must be positive, got %r" % amount)
    if acct['frozen']:
        raise RuntimeError("account %d is frozen" % acct_id)
    acct['balance'] += amount
    acct['history'].append(('deposit', amount))
    ledger.append((acct_id, 'deposit', amount))
    return acct['balance']

def withdraw(acct_id, amount):
    acct = get(acct_id)
    if acct['frozen']:
        raise RuntimeError("account %d is frozen" % acct_id)
    if amount > acct['balance']:
        raise ValueError("insufficient funds: balance %d, requested %d" % (acct['balance'], amount))
    acct['balance'] -= amount
    acct['history'].append(('withdraw', amount))
    ledger.append((acct_id, 'withdraw', amount))
    return acct['balance']

def transfer(src, dst, amount):
    # all-or-nothing: roll back the withdrawal if the deposit fails
    withdraw(src, amount)
    try:
        deposit(dst, amount)
    except Exception:
        accounts[src]['balance'] += amount
        accounts[src]['history'].append(('rollback', amount))
        raise
    return True

def apply_interest(rate_percent):
    for acct_id in sorted(accounts):
        acct = accounts[acct_id]
        if acct['balance'] > 0 and not acct['frozen']:
            interest = acct['balance'] * rate_percent // 100
            if interest:
                deposit(acct_id, interest)

alice = open_account("alice", 500)
bob = open_account("bob")
carol = open_account("carol", 10 ** 6)
print(alice, bob, carol)
print(deposit(bob, 250), withdraw(alice, 120), deposit(alice, 5))

operations = [
    ("withdraw", bob, 1000),
    ("deposit", bob, -5),
    ("deposit", 4242, 10),
    ("transfer", alice, bob, 100),
    ("transfer", carol, alice, 999999),
    ("transfer", bob, alice, 10 ** 9),
    ("freeze", bob),
    ("transfer", alice, bob, 50),
    ("deposit", bob, 1),
    ("open", "dave", -1),
    ("open", "erin", 42),
]
def pad(s, width=8):
    return s + " " * (width - len(s))

for op in operations:
    kind = op[0]
    try:
        if kind == "withdraw":
            r = withdraw(op[1], op[2])
        elif kind == "deposit":
            r = deposit(op[1], op[2])
        elif kind == "transfer":
            r = transfer(op[1], op[2], op[3])
        elif kind == "freeze":
            get(op[1])['frozen'] = True
            r = 'frozen'
        elif kind == "open":
            r = open_account(op[1], op[2])
    except (ValueError, RuntimeError) as e:
        print(pad(kind), "failed: %s: %s" % (type(e).__name__, e))
    except KeyError as e:
        print(pad(kind), "failed: KeyError: %s" % (e,))
    else:
        print(pad(kind), "ok -> %r" % (r,))

apply_interest(3)
print()
for acct_id, acct in accounts.items():
    print(acct_id, acct['owner'], acct['balance'], 'FROZEN' if acct['frozen'] else 'active')
    for entry in acct['history']:
        print("    ", entry)
print("ledger entries:", len(ledger))
by_kind = {}
for acct_id, kind, amount in ledger:
    by_kind[kind] = by_kind.get(kind, 0) + amount
print(by_kind)
total = sum([a['balance'] for a in accounts.values()])
print("total holdings:", total)
richest = max(accounts, key=lambda k: accounts[k]['balance'])
print("richest:", accounts[richest]['owner'])
print(sorted([(a['owner'], a['balance']) for a in accounts.values()], key=lambda t: -t[1]))

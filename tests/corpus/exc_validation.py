# Form validation: a validator class hierarchy, error accumulation into an ExceptionGroup-like container, reporting.
class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field, self.message = field, message
    def __str__(self):
        return f'{self.field}: {self.message}'

class ManyErrors(Exception):
    def __init__(self, errors):
        super().__init__(f'{len(errors)} validation error(s)')
        self.errors = errors

class Field:
    def __init__(self, required=True, default=None):
        self.required, self.default = required, default
    def __set_name__(self, owner, name):
        self.name = name
    def clean(self, value):
        return value
    def validate(self, raw):
        if raw is None or raw == '':
            if self.required:
                raise ValidationError(self.name, 'is required')
            return self.default
        return self.clean(raw)

class IntField(Field):
    def __init__(self, lo=None, hi=None, **kw):
        super().__init__(**kw)
        self.lo, self.hi = lo, hi
    def clean(self, raw):
        try:
            v = int(raw)
        except (TypeError, ValueError):
            raise ValidationError(self.name, f'{raw!r} is not an integer') from None
        if self.lo is not None and v < self.lo:
            raise ValidationError(self.name, f'must be >= {self.lo}')
        if self.hi is not None and v > self.hi:
            raise ValidationError(self.name, f'must be <= {self.hi}')
        return v

class StrField(Field):
    def __init__(self, max_len=50, choices=None, **kw):
        super().__init__(**kw)
        self.max_len, self.choices = max_len, choices
    def clean(self, raw):
        v = str(raw).strip()
        if len(v) > self.max_len:
            raise ValidationError(self.name, f'longer than {self.max_len} characters')
        if self.choices and v not in self.choices:
            raise ValidationError(self.name, f'must be one of {", ".join(self.choices)}')
        return v

class EmailField(StrField):
    def clean(self, raw):
        v = super().clean(raw)
        local, at, domain = v.partition('@')
        if not local or not at or '.' not in domain:
            raise ValidationError(self.name, f'{v!r} is not an email address')
        return v.lower()

class Form:
    def __init_subclass__(cls):
        cls.fields = [v for v in vars(cls).values() if isinstance(v, Field)]
    def __init__(self, data):
        self.data = data
        self.cleaned = {}
    def full_clean(self):
        errors = []
        for f in self.fields:
            try:
                self.cleaned[f.name] = f.validate(self.data.get(f.name))
            except ValidationError as e:
                errors.append(e)
        try:
            self.check()
        except ValidationError as e:
            errors.append(e)
        if errors:
            raise ManyErrors(errors)
        return self.cleaned
    def check(self):
        pass

class SignupForm(Form):
    username = StrField(max_len=12)
    email = EmailField()
    age = IntField(lo=13, hi=120)
    plan = StrField(choices=('free', 'pro'), required=False, default='free')
    referrals = IntField(lo=0, required=False, default=0)
    def check(self):
        if self.cleaned.get('plan') == 'pro' and (self.cleaned.get('age') or 0) < 18:
            raise ValidationError('plan', 'pro plan requires age 18+')

submissions = [
    {'username': 'ann', 'email': 'Ann@Example.com', 'age': '34'},
    {'username': '', 'email': 'nope', 'age': 'old', 'plan': 'gold'},
    {'username': 'averyveryverylongname', 'email': 'x@y.z', 'age': '12', 'referrals': '-1'},
    {'username': 'kid', 'email': 'kid@school.edu', 'age': 15, 'plan': 'pro'},
    {'username': ' bob ', 'email': 'bob@b.io', 'age': 99, 'plan': 'pro', 'referrals': '7'},
]
for i, data in enumerate(submissions):
    try:
        print(i, 'OK', SignupForm(data).full_clean())
    except ManyErrors as group:
        print(i, 'FAILED', group)
        for e in group.errors:
            print('   -', e, '| args', e.args)
print([f.name for f in SignupForm.fields], [type(f).__name__ for f in SignupForm.fields])

# dataclasses with typing annotations: ClassVar fields are not fields (checked against CPython 3.11)
import typing
from typing import ClassVar, List, Optional
from dataclasses import dataclass, field, fields


@dataclass
class Config:
    name: str
    retries: int = 3
    registry: ClassVar[dict] = {}
    count: ClassVar[int] = 0
    bare: ClassVar = 'x'
    tags: List[str] = field(default_factory=list)
    parent: Optional['Config'] = None
    qualified: typing.ClassVar[int] = 5


c = Config('a')
print(c, [f.name for f in fields(Config)], Config.count, Config.registry, Config.bare, Config.qualified)
print(Config.__match_args__, Config('b', 1, ['t']) == Config('b', 1, ['t']))
try:
    @dataclass
    class Bad:
        x: ClassVar[int] = field(default_factory=int)
except TypeError as e:
    print(type(e).__name__, e)

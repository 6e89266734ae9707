print("init deep", __name__, __package__)
from ..geom import Square, area
from .. import util as u
from .. import VERSION as V
def make(n):
    return area(Square(u.double(n)))

# NotImplementedError raised by a base-class method.
class Shape:
    def area(self):
        raise NotImplementedError('subclasses must implement area')
class Sq(Shape):
    pass
Sq().area()

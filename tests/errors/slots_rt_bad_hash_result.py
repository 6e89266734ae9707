# __hash__ must return an int.
class H:
    def __hash__(self):
        return 1.5
{H(): 1}

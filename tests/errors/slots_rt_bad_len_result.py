# __len__ must return an int >= 0.
class L:
    def __len__(self):
        return -5
print(len(L()))

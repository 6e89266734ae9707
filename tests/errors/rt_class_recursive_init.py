class Node:
    def __init__(self):
        self.child = Node()
Node()

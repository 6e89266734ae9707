# Helper module for app_modules.py (skipped by the runner): shapes and a module-level registry.
"""Geometry helpers."""
__all__ = ['Point', 'distance', 'perimeter']
LOADED = []
PRECISION = 3

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'

def distance(a, b):
    return round(((a.x - b.x) ** 2 + (a.y - b.y) ** 2) ** 0.5, PRECISION)

def perimeter(points):
    return round(sum(distance(points[i], points[(i + 1) % len(points)]) for i in range(len(points))), PRECISION)

def _internal():
    return 'hidden'

LOADED.append(__name__)

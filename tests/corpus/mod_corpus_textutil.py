# Helper module for app_modules.py: imports another helper and keeps state across imports.
import mod_corpus_geometry as geo
calls = 0

def slug(text):
    global calls
    calls += 1
    return '-'.join(''.join(ch for ch in w if ch.isalnum()) for w in text.lower().split())

def describe(points):
    return f'{len(points)} points, perimeter {geo.perimeter(points)}'

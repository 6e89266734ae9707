# an exception raised while handling another: 'During handling' separator.
def load(d):
    try:
        return d['key']
    except KeyError:
        return undefined_fallback

load({})

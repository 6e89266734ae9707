# Part of __phello__, a tiny frozen package for testing the frozen importer (as CPython 3.11's).
initialized = True
def main():
    print("Hello world!")


if __name__ == '__main__':
    main()
